import type { CollectionBeforeChangeHook } from 'payload'

import { accessHook } from '../access/accessHook.ts'

/** Record who started a document: authors may later edit only their own drafts. */
export const setCreatedBy: CollectionBeforeChangeHook = accessHook(
  ({ data, operation, originalDoc, req }) => {
    if (operation === 'create') {
      return { ...data, createdBy: req.user?.id ?? data.createdBy ?? null }
    }
    // Nobody re-assigns ownership through an update.
    const createdBy = originalDoc?.createdBy
    return {
      ...data,
      createdBy: typeof createdBy === 'object' && createdBy ? createdBy.id : createdBy,
    }
  },
)
