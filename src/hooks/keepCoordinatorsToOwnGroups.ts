import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { isCoordinatedGroup } from '../access/coordinatedGroups.ts'
import { hasRole } from '../access/roles.ts'
import { GROUP_FIELD } from '../defaults.ts'

/** What a coordinator is told when a write would leave their groups: it says what they can do. */
export const COORDINATORS_OWN_GROUPS =
  "Coordinators write for their own groups only: set group to one of the groups you look after. The charity's national content and other groups' pages are edited by editors."

/**
 * The access rules already refuse a coordinator's write outside their groups;
 * this runs first and says why, for REST, GraphQL and the admin alike, instead
 * of a bare "not allowed".
 */
export const keepCoordinatorsToOwnGroups: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess || !hasRole(req.user, 'coordinator')) return args
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  const naming = data && GROUP_FIELD in data
  if ((operation === 'create' || naming) && !isCoordinatedGroup(req.user, data?.[GROUP_FIELD])) {
    throw new APIError(COORDINATORS_OWN_GROUPS, 403, null, true)
  }
  return args
}
