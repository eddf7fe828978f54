import type { DatabaseAdapter } from 'payload'

/**
 * The `versionData` that sets one field of a stored version and leaves the
 * rest: MongoDB replaces a whole nested object given as one, so it gets a
 * dotted path; the SQL adapters map the nested object to one column.
 */
export const versionFieldPatch = (
  db: DatabaseAdapter,
  field: string,
  value: unknown,
): Record<string, unknown> =>
  db.name === 'mongoose' ? { [`version.${field}`]: value } : { version: { [field]: value } }
