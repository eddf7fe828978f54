import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles.ts'

/** Editors and admins: the people who may publish. */
export const isEditorOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'editor', 'admin')

export const isEditorOrAdminFieldLevel: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'editor', 'admin')
