import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '../access/roles.ts'

/**
 * Authors write drafts; only editors and admins publish. Runs for REST,
 * GraphQL and the admin UI alike, so the refusal reads the same everywhere.
 */
export const preventAuthorPublishing: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && !hasRole(req.user, 'editor', 'admin') && data._status === 'published') {
    throw new APIError(
      'Authors cannot publish. Save it as a draft and ask an editor or admin to publish it.',
      403,
      null,
      true,
    )
  }
  return data
}
