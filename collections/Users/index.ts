import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../../src/context.ts'

import { adminSelfOrCoordinatorsForEditors } from '../../src/access/accountsForEditors.ts'
import { isAdmin } from '../../src/access/isAdmin.ts'
import { isAdminOrSelf } from '../../src/access/isAdminOrSelf.ts'
import { peopleOnly } from '../../src/access/websitePreview.ts'
import { accountGuards } from './hooks/accountGuards.ts'

/**
 * Staff accounts. The plugin adds `role` (see src/fields/role.ts) to this
 * collection, or to the host's own auth collection when it has one.
 */
export const usersCollection = (ctx: CharityContext, slug: string): CollectionConfig<'users'> => {
  // With local groups, editors also open coordinators' accounts, to set their groups.
  const accounts = ctx.slugs.groups ? adminSelfOrCoordinatorsForEditors : isAdminOrSelf
  return {
    slug,
    auth: {
      // Lock an account for 10 minutes after 5 failed logins in a row.
      maxLoginAttempts: 5,
      lockTime: 10 * 60 * 1000,
      // For the website's preview account only (keepApiKeysToWebsitePreview): it reads drafts without a person's password.
      useAPIKey: true,
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
      read: accounts,
      // The preview account changes nothing, not even itself (the plugin refuses its writes everywhere).
      update: accounts,
      admin: peopleOnly,
      delete: isAdmin,
      // Payload lets any logged-in user unlock accounts by default.
      unlock: isAdmin,
    },
    hooks: accountGuards(),
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
      },
    ],
  }
}
