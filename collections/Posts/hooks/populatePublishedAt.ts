import type { CollectionBeforeChangeHook } from 'payload'

/** `publishedAt` is stamped at the first publish and kept after (an editor may still set it). */
export const populatePublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status !== 'published') return data
  const publishedAt = data.publishedAt ?? originalDoc?.publishedAt
  return { ...data, publishedAt: publishedAt ?? new Date().toISOString() }
}
