import type { CollectionConfig } from 'payload'

import { keepApiKeysToWebsitePreview } from '../../../src/access/websitePreview.ts'
import { hideWhetherAccountsExist } from './hideWhetherAccountsExist.ts'
import { keepEditorsToCoordinatorGroups } from './keepEditorsToCoordinatorGroups.ts'
import { limitSignInAttempts } from './limitSignInAttempts.ts'
import { makeFirstUserAdmin } from './makeFirstUserAdmin.ts'
import { preventOwnRoleChange } from './preventOwnRoleChange.ts'
import { refuseGroupChangeByNonEditors } from './refuseGroupChangeByNonEditors.ts'
import { refuseRoleChangeByNonAdmins } from './refuseRoleChangeByNonAdmins.ts'

/**
 * The rules on accounts, kept by hooks: the first account is admin, only
 * admins change roles (never their own), only editors and admins change a
 * coordinator's groups; every login and password reset counts against the
 * limits, and no login tells whether an account exists. On the plugin's accounts collection, or added to the host's own
 * (fresh lists each time, so no config shares them).
 */
export const accountGuards = () =>
  ({
    beforeOperation: [
      // Counted first: an attempt over the limit costs nothing more.
      limitSignInAttempts,
      hideWhetherAccountsExist,
      refuseRoleChangeByNonAdmins,
      refuseGroupChangeByNonEditors,
    ],
    beforeChange: [
      makeFirstUserAdmin,
      preventOwnRoleChange,
      keepEditorsToCoordinatorGroups,
      keepApiKeysToWebsitePreview,
    ],
  }) satisfies CollectionConfig['hooks']
