import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../src/utilities/idOf.ts'

/**
 * Copy each author's `{id, name}` onto the post, so public readers see bylines
 * without any right to read accounts. The lookup is a system read (the writer
 * may not be allowed to read co-authors' accounts) and takes names only.
 */
export const populateAuthors =
  (usersSlug: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const authors = (data.authors ?? originalDoc?.authors ?? []) as unknown[]
    const ids = authors.map(idOf).filter((id): id is number | string => id !== null)
    if (ids.length === 0) return { ...data, populatedAuthors: [] }
    const { docs } = await req.payload.find({
      collection: usersSlug,
      where: { id: { in: ids } },
      select: { name: true },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const names = new Map(
      docs.map((user) => [String(user.id), (user as { name?: string }).name ?? '']),
    )
    return {
      ...data,
      populatedAuthors: ids
        .filter((id) => names.has(String(id)))
        .map((id) => ({ id: String(id), name: names.get(String(id)) })),
    }
  }
