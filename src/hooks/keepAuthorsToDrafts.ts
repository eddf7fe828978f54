import type { CollectionBeforeOperationHook, Where } from 'payload'

import { APIError } from 'payload'

import { accessHook } from '../access/accessHook.ts'
import { PUBLISHED } from '../access/published.ts'
import { AUTHORS_CANNOT_PUBLISH, canPublish, isPublishing } from '../access/publishing.ts'
import { hasRole } from '../access/roles.ts'

const refuse = (message: string) => new APIError(message, 403, null, true)

type WriteArgs = { data?: unknown; draft?: boolean; id?: number | string; where?: Where }

/**
 * Authors write drafts and nothing else. Access rules already deny them any
 * write that publishes; this runs first, for REST, GraphQL, the admin UI and
 * scheduled jobs alike, so the refusal says who can do it instead. It also
 * closes the one path the access rules cannot see: a save without
 * `draft=true` writes the live document itself, so an author's edit to a
 * published document (once an editor has left a draft on it) would replace,
 * and so unpublish, the live one.
 */
export const keepAuthorsToDrafts: CollectionBeforeOperationHook = accessHook(
  async ({ args, collection, operation, overrideAccess, req }) => {
    // Server code that bypasses access on purpose, and editors and admins, are not held to drafts;
    // nor are coordinators, whose access rules let them publish within their own groups only.
    if (!req.user || overrideAccess || canPublish(req.user) || hasRole(req.user, 'coordinator'))
      return args
    const { data, draft, id, where } = args as WriteArgs

    if ((operation === 'create' || operation === 'update') && isPublishing(data)) {
      throw refuse(AUTHORS_CANNOT_PUBLISH)
    }

    if (operation === 'restoreVersion' && !draft) {
      throw refuse(
        'Authors restore an earlier version only as a draft (draft=true): restoring it live would publish it. Ask an editor or admin to publish it.',
      )
    }

    if (operation === 'update' && !draft) {
      const target: Where = id !== undefined ? { id: { equals: id } } : (where ?? {})
      // The author may read every published document, so their own access answers this.
      const { totalDocs } = await req.payload.count({
        collection: collection.slug,
        where: { and: [target, PUBLISHED] },
        overrideAccess: false,
        req,
      })
      if (totalDocs > 0) {
        throw refuse(
          'This document is published, and saving it without draft=true would replace the live version. Authors save their changes as a draft (draft=true) and ask an editor or admin to publish them.',
        )
      }
    }
    return args
  },
)
