import type { Access } from 'payload'

import { hasRole } from './roles.ts'

/** Any staff role (admin, editor or author): who may start a new draft. */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'author')
