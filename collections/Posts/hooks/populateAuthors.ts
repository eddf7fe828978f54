import type { CollectionBeforeChangeHook } from 'payload'

import { charitySlug } from '../../../src/slugs.ts'

const idOf = (value: unknown): number | string | null => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return null
}

/**
 * Copy each author's `{id, name}` onto the post, so public readers see bylines
 * without any right to read accounts. The lookup is a system read (the writer
 * may not be allowed to read co-authors' accounts) and takes names only.
 */
export const populateAuthors: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const authors = (data.authors ?? originalDoc?.authors ?? []) as unknown[]
  const ids = authors.map(idOf).filter((id): id is number | string => id !== null)
  if (ids.length === 0) return { ...data, populatedAuthors: [] }
  const { docs } = await req.payload.find({
    collection: charitySlug(req.payload, 'users') ?? 'users',
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const names = new Map(docs.map((user) => [String(user.id), (user as { name?: string }).name ?? '']))
  return {
    ...data,
    populatedAuthors: ids
      .filter((id) => names.has(String(id)))
      .map((id) => ({ id: String(id), name: names.get(String(id)) })),
  }
}
