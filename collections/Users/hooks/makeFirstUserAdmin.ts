import type { CollectionBeforeChangeHook } from 'payload'

import { accessHook } from '../../../src/access/accessHook.ts'

/**
 * The very first account is the admin: without it nobody could create the
 * others. Counting users is a system check, not a read on the visitor's behalf.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = accessHook(
  async ({ collection, data, operation, req }) => {
    if (operation !== 'create') return data
    const { totalDocs } = await req.payload.count({
      collection: collection.slug,
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return { ...data, role: 'admin' }
    return data
  },
)
