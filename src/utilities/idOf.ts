/** The id inside a relationship value, populated (`{ id, … }`) or not; null when there is none. */
export const idOf = (value: unknown): null | number | string => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value)
    return idOf((value as { id: unknown }).id)
  return null
}
