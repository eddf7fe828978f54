/**
 * The documents an operation returned (a list's page, or the one document),
 * for `afterOperation` hooks that fill in several documents with one query.
 */
export const documentsOf = (result: unknown): Record<string, unknown>[] => {
  if (!result || typeof result !== 'object') return []
  const docs = (result as { docs?: unknown }).docs
  return (Array.isArray(docs) ? docs : [result]).filter(
    (doc): doc is Record<string, unknown> => typeof doc === 'object' && doc !== null,
  )
}
