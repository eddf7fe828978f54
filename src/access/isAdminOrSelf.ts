import type { Access } from 'payload'

import { hasRole } from './roles.ts'

/** Admins see every account; everyone else only their own (as a query, so lists work too). */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
