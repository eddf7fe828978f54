import type { CollectionBeforeOperationHook } from 'payload'

/**
 * `req.context` flag for the plugin's own reads made on a reader's behalf
 * (feeds, calendars): they choose their limits themselves.
 */
export const INTERNAL_READ = 'charityInternalRead'

export type PublicReadLimits = { maxLimit: number; maxDepth: number }

type ReadArgs = { depth?: number; limit?: number }

/**
 * Anonymous reads cost at most `maxLimit` documents and `maxDepth` levels of
 * related documents: a larger `limit`, `limit=0` ("all") or a deeper `depth`
 * is served at the bound (the reply's `limit` says so). Staff are not bound,
 * so the admin's pickers and exports work as before.
 */
export const boundPublicReads =
  ({ maxLimit, maxDepth }: PublicReadLimits): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'read' || req.user || req.context?.[INTERNAL_READ]) return args
    const { depth, limit } = args as ReadArgs
    const boundedLimit =
      typeof limit === 'number' && Number.isFinite(limit) && limit > 0
        ? Math.min(limit, maxLimit)
        : undefined
    const next = { ...args } as ReadArgs & typeof args
    // An absent limit keeps Payload's default (10); 0 or nonsense means "all", which is not on offer.
    if (limit !== undefined) next.limit = boundedLimit ?? maxLimit
    if (typeof depth === 'number' && depth > maxDepth) next.depth = maxDepth
    return next
  }
