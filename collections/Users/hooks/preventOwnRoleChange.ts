import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { accessHook } from '../../../src/access/accessHook.ts'

/**
 * Nobody changes their own role, admins included: an admin cannot lock the
 * charity out by demoting the last admin, and nobody raises their own rights.
 */
export const preventOwnRoleChange: CollectionBeforeChangeHook = accessHook(
  ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !req.user || !originalDoc) return data
    const isSelf = String(req.user.id) === String(originalDoc.id)
    if (isSelf && data.role !== undefined && data.role !== originalDoc.role) {
      throw new APIError(
        'You cannot change your own role. Ask another admin to change it.',
        403,
        null,
        true,
      )
    }
    return data
  },
)
