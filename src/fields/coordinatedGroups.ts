import type { Field } from 'payload'

import { isEditorOrAdminFieldLevel } from '../access/isEditorOrAdmin.ts'

/**
 * `groups` on accounts: the local groups a coordinator looks after. It is what
 * a coordinator's rights follow, so only editors and admins set it (a
 * coordinator cannot add themselves to another group).
 */
export const coordinatedGroupsField = (groupsSlug: string): Field => ({
  name: 'groups',
  type: 'relationship',
  relationTo: groupsSlug,
  hasMany: true,
  index: true,
  access: {
    create: isEditorOrAdminFieldLevel,
    update: isEditorOrAdminFieldLevel,
  },
  admin: {
    position: 'sidebar',
    condition: (data) => data?.role === 'coordinator',
    description: 'The local groups this coordinator looks after. Set by an editor or admin.',
  },
})
