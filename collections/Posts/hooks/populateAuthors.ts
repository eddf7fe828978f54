import type { CollectionBeforeChangeHook, FieldHook } from 'payload'

import { idOf } from '../../../src/utilities/idOf.ts'

/**
 * Copy each author's `{id, name}` onto the post, so public readers see bylines
 * without any right to read accounts. The lookup is a system read (the writer
 * may not be allowed to read co-authors' accounts) and takes names only.
 */
export const populateAuthors =
  (usersSlug: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const given: unknown = data.authors ?? originalDoc?.authors ?? []
    // Collection hooks run before field validation: a wrong type is the validator's to name.
    const authors = Array.isArray(given) ? given : []
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
    const byId = new Map(
      docs.map((user) => [String(user.id), user as { id: number | string; name?: string }]),
    )
    return {
      ...data,
      // The account's own id, as the database gives it: a number where every other id is one.
      populatedAuthors: ids.flatMap((id) => {
        const user = byId.get(String(id))
        return user ? [{ id: user.id, name: user.name ?? '' }] : []
      }),
    }
  }

/**
 * Bylines stored before ids kept their type hold them as strings of digits:
 * read them as numbers where the database's ids are numbers.
 */
export const authorIdsAsStored: FieldHook = ({ req, value }) => {
  if (!Array.isArray(value) || req.payload.db.defaultIDType !== 'number') return value
  return value.map((author: unknown) => {
    const id = (author as { id?: unknown } | null)?.id
    return typeof id === 'string' && /^\d{1,15}$/.test(id)
      ? { ...(author as object), id: Number(id) }
      : author
  })
}
