import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { accessHook } from '../../../src/access/accessHook.ts'
import { hasRole, roleOf } from '../../../src/access/roles.ts'

/**
 * Only admins change roles. Field access alone would drop a non-admin's
 * `role` silently and answer 200; this runs before it, so an attempt to raise
 * one's own rights is refused out loud and changes nothing.
 */
export const refuseRoleChangeByNonAdmins: CollectionBeforeOperationHook = accessHook(
  ({ args, operation, overrideAccess, req }) => {
    if (operation !== 'update' || overrideAccess || !req.user || hasRole(req.user, 'admin'))
      return args
    const role = (args as { data?: { role?: unknown } }).data?.role
    // Sending one's current role back (as the admin's account form does) changes nothing, so it passes.
    if (role !== undefined && role !== roleOf(req.user)) {
      throw new APIError(
        'Only an admin can change a role, and nobody can change their own. Ask an admin.',
        403,
        null,
        true,
      )
    }
    return args
  },
)
