import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { accessHook } from '../../../src/access/accessHook.ts'
import { hasRole } from '../../../src/access/roles.ts'
import { idOf } from '../../../src/utilities/idOf.ts'

/** Fields an editor may change on a coordinator's account. */
const EDITABLE_BY_EDITORS = new Set(['groups'])

/** Payload's own bookkeeping, which changes on every save. */
const BOOKKEEPING = new Set(['createdAt', 'updatedAt'])

/** A value as stored: relationships as ids, dates as ISO strings. */
const normalise = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalise)
  if (value instanceof Date) return value.toISOString()
  if (value && typeof value === 'object' && 'id' in value) return idOf(value)
  return value ?? null
}

/**
 * Editors may open coordinators' accounts to set their groups, and do nothing
 * else there: a name, email, password or any other detail stays the owner's
 * and the admins' business. (Role changes are refused by their own hook.)
 */
export const keepEditorsToCoordinatorGroups: CollectionBeforeChangeHook = accessHook(
  ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !req.user || !originalDoc) return data
    if (!hasRole(req.user, 'editor') || String(req.user.id) === String(originalDoc.id)) return data
    const changed = collection.fields
      // Hidden fields (password hashes, sessions, lockout counters) are Payload's, not a person's details.
      .flatMap((field) =>
        'name' in field && field.name && !('hidden' in field && field.hidden) ? [field.name] : [],
      )
      .filter((name) => !EDITABLE_BY_EDITORS.has(name) && !BOOKKEEPING.has(name))
      .filter((name) => name in data)
      .filter(
        (name) =>
          JSON.stringify(normalise(data[name])) !== JSON.stringify(normalise(originalDoc[name])),
      )
    if (data.password) changed.push('password')
    if (changed.length) {
      throw new APIError(
        `Editors may only change which groups a coordinator looks after, not ${changed.join(', ')}. Ask an admin.`,
        403,
        null,
        true,
      )
    }
    return data
  },
)
