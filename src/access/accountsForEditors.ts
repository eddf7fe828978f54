import type { Access } from 'payload'

import { hasRole } from './roles.ts'

/**
 * Accounts: admins see and change every account; editors their own and
 * coordinators' (to set which groups a coordinator looks after, and nothing
 * else: see keepEditorsToCoordinatorGroups); everyone else only their own.
 */
export const adminSelfOrCoordinatorsForEditors: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const self = { id: { equals: user.id } }
  if (hasRole(user, 'editor')) return { or: [self, { role: { equals: 'coordinator' } }] }
  return self
}
