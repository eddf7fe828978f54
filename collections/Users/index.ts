import type { CollectionConfig } from 'payload'

import { adminSelfOrCoordinatorsForEditors } from '../../src/access/accountsForEditors.ts'
import { isAdmin } from '../../src/access/isAdmin.ts'
import { isAdminOrSelf } from '../../src/access/isAdminOrSelf.ts'
import { keepEditorsToCoordinatorGroups } from './hooks/keepEditorsToCoordinatorGroups.ts'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin.ts'
import { preventOwnRoleChange } from './hooks/preventOwnRoleChange.ts'
import { refuseGroupChangeByNonEditors } from './hooks/refuseGroupChangeByNonEditors.ts'
import { refuseRoleChangeByNonAdmins } from './hooks/refuseRoleChangeByNonAdmins.ts'

/**
 * Staff accounts. The plugin adds `role` (see src/fields/role.ts) to this
 * collection, or to the host's own auth collection when it has one.
 */
export const usersCollection = (
  slug: string,
  options: { coordinators?: boolean } = {},
): CollectionConfig<'users'> => ({
  slug,
  auth: {
    // Lock an account for 10 minutes after 5 failed logins in a row.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
  },
  admin: {
    group: 'Settings',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
  },
  // Related documents show who, not the whole account.
  defaultPopulate: { name: true },
  access: {
    create: isAdmin,
    // With local groups, editors also open coordinators' accounts, to set their groups.
    read: options.coordinators ? adminSelfOrCoordinatorsForEditors : isAdminOrSelf,
    update: options.coordinators ? adminSelfOrCoordinatorsForEditors : isAdminOrSelf,
    delete: isAdmin,
    // Payload lets any logged-in user unlock accounts by default.
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [refuseRoleChangeByNonAdmins, refuseGroupChangeByNonEditors],
    beforeChange: [makeFirstUserAdmin, preventOwnRoleChange, keepEditorsToCoordinatorGroups],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
    },
  ],
})
