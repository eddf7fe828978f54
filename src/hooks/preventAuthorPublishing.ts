import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { AUTHORS_CANNOT_PUBLISH, canPublish, isPublishing } from '../access/publishing.ts'

/**
 * Authors write drafts; only editors and admins publish. Runs for REST,
 * GraphQL and the admin UI alike, so the refusal reads the same everywhere.
 */
export const preventAuthorPublishing: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && !canPublish(req.user) && isPublishing(data)) {
    throw new APIError(AUTHORS_CANNOT_PUBLISH, 403, null, true)
  }
  return data
}
