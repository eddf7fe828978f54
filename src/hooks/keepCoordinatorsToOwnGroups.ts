import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { accessHook } from '../access/accessHook.ts'
import { isCoordinatedGroup } from '../access/coordinatedGroups.ts'
import { hasRole } from '../access/roles.ts'
import { GROUP_FIELD } from '../defaults.ts'

/** What a coordinator is told when a write would leave their groups: it says what they can do. */
export const COORDINATORS_OWN_GROUPS =
  "Coordinators write for their own groups only: set group to one of the groups you look after. The charity's national content and other groups' pages are edited by editors."

const refuse = () => new APIError(COORDINATORS_OWN_GROUPS, 403, null, true)

/**
 * The access rules already refuse a coordinator's write that names a group
 * outside theirs (or none: `group: null` is national content); this runs
 * first and says why, for REST, GraphQL and the admin alike, instead of a bare
 * "not allowed". A create that leaves `group` out starts in their first group
 * (the field's default), which the check below confirms.
 */
export const keepCoordinatorsToOwnGroups: CollectionBeforeOperationHook = accessHook(
  ({ args, operation, overrideAccess, req }) => {
    if (overrideAccess || !hasRole(req.user, 'coordinator')) return args
    if (operation !== 'create' && operation !== 'update') return args
    const data = (args as { data?: Record<string, unknown> }).data
    if (data && GROUP_FIELD in data && !isCoordinatedGroup(req.user, data[GROUP_FIELD])) {
      throw refuse()
    }
    return args
  },
)

/**
 * The same rule on the document as it will be saved (defaults filled in): a
 * coordinator's save never leaves a document outside their groups, whatever
 * path the data took to get here.
 */
export const confirmCoordinatorsOwnGroup: CollectionBeforeChangeHook = accessHook(
  ({ data, req }) => {
    if (!hasRole(req.user, 'coordinator')) return data
    if (!isCoordinatedGroup(req.user, data[GROUP_FIELD])) throw refuse()
    return data
  },
)
