import type { FieldHook, PayloadRequest, Where } from 'payload'

import { publishedAnd } from '../access/published.ts'
import { INTERNAL_READ } from '../hooks/boundPublicReads.ts'
import { idOf } from '../utilities/idOf.ts'

/**
 * The live lists of page blocks (upcoming events, latest posts, groups) are
 * virtual relationships: worked out on every read, here, as ids, which
 * Payload then populates like any relationship (its `defaultPopulate`, the
 * reader's access) when the page is read at `depth=1`. So one request gives a
 * website the whole page, and the lists are never stale.
 */

/** A block's own filter: `{ field: { equals: id } }` for each relationship chosen on it. */
export const chosen = (row: Record<string, unknown>, pairs: [string, string][]): Where[] =>
  pairs.flatMap(([blockField, docField]) => {
    const id = idOf(row[blockField])
    return id === null ? [] : [{ [docField]: { equals: id } }]
  })

/** How many the block asks for, within what a block may show. */
export const countOf = (row: Record<string, unknown>, fallback: number, max: number): number => {
  const value = Number(row.limit)
  return Number.isInteger(value) && value >= 1 ? Math.min(value, max) : fallback
}

/**
 * The published documents of `collection` that match, as ids, in the order
 * given. Read with the reader's own access (`req`, `overrideAccess: false`)
 * and published only, even for staff reading a draft page: the block shows
 * what the public sees.
 */
export const liveIds = async (
  req: PayloadRequest,
  collection: string,
  where: Where[],
  sort: string,
  limit: number,
): Promise<(number | string)[]> => {
  const { docs } = await req.payload.find({
    collection,
    where: publishedAnd(...where),
    sort,
    limit,
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: false,
    req,
    // The block chooses its own size; anonymous REST limits are for open-ended lists.
    context: { [INTERNAL_READ]: true },
  })
  return docs.map((doc) => doc.id)
}

/** A virtual list's `afterRead`: its ids from `find`, given the block's row. */
export const liveList =
  (
    find: (req: PayloadRequest, row: Record<string, unknown>) => Promise<(number | string)[]>,
  ): FieldHook =>
  async ({ req, siblingData }) =>
    find(req, (siblingData ?? {}) as Record<string, unknown>)
