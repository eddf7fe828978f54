import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { accessHook } from '../../../src/access/accessHook.ts'
import { hasRole } from '../../../src/access/roles.ts'
import { idOf } from '../../../src/utilities/idOf.ts'

const idSet = (value: unknown): string =>
  (Array.isArray(value) ? value : [])
    .map((item) => String(idOf(item)))
    .sort()
    .join(',')

/**
 * Only editors and admins say which groups a coordinator looks after. Field
 * access alone would drop a coordinator's change to their own `groups` silently
 * and answer 200; this refuses it out loud, so nobody widens their own reach.
 */
export const refuseGroupChangeByNonEditors: CollectionBeforeOperationHook = accessHook(
  ({ args, operation, overrideAccess, req }) => {
    if (
      operation !== 'update' ||
      overrideAccess ||
      !req.user ||
      hasRole(req.user, 'editor', 'admin')
    )
      return args
    const groups = (args as { data?: { groups?: unknown } }).data?.groups
    // Sending one's current groups back (as the admin's account form does) changes nothing, so it passes.
    if (
      groups !== undefined &&
      idSet(groups) !== idSet((req.user as { groups?: unknown }).groups)
    ) {
      throw new APIError(
        'Only an editor or admin can change which groups a coordinator looks after. Ask one of them.',
        403,
        null,
        true,
      )
    }
    return args
  },
)
