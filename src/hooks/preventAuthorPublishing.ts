import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { accessHook } from '../access/accessHook.ts'
import { AUTHORS_CANNOT_PUBLISH, canPublish, isPublishing } from '../access/publishing.ts'
import { hasRole } from '../access/roles.ts'

/**
 * Authors write drafts; only editors and admins publish. Runs for REST,
 * GraphQL and the admin UI alike, so the refusal reads the same everywhere.
 */
export const preventAuthorPublishing: CollectionBeforeChangeHook = accessHook(({ data, req }) => {
  // Coordinators publish within their own groups: their access rules keep them there.
  if (
    req.user &&
    !canPublish(req.user) &&
    !hasRole(req.user, 'coordinator') &&
    isPublishing(data)
  ) {
    throw new APIError(AUTHORS_CANNOT_PUBLISH, 403, null, true)
  }
  return data
})
