import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles.ts'

/** Only admins. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Only admins may set or change this field. */
export const isAdminFieldLevel: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
