import type { Where } from 'payload'

import { idOf } from '../utilities/idOf.ts'
import { hasRole } from './roles.ts'

type MaybeUser = object | null | undefined

/**
 * The ids of the groups a coordinator looks after (their account's `groups`,
 * populated or not). Empty for anyone who is not a coordinator: the role is
 * what grants the rights, the list only says where.
 */
export const coordinatedGroupIds = (user: MaybeUser): (number | string)[] => {
  if (!hasRole(user, 'coordinator')) return []
  const groups = (user as { groups?: unknown }).groups
  if (!Array.isArray(groups)) return []
  return groups.map(idOf).filter((id): id is number | string => id !== null)
}

/** Whether a relationship value (an id or a populated document) names one of the coordinator's groups. */
export const isCoordinatedGroup = (user: MaybeUser, value: unknown): boolean => {
  const id = idOf(value)
  return id !== null && coordinatedGroupIds(user).some((own) => String(own) === String(id))
}

/**
 * `field in <the coordinator's groups>`. A coordinator with no groups yet
 * matches nothing (an empty `in` would be refused by some adapters).
 */
export const inCoordinatedGroups = (user: MaybeUser, field: string): Where | false => {
  const ids = coordinatedGroupIds(user)
  return ids.length ? { [field]: { in: ids } } : false
}
