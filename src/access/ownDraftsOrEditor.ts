import type { Access, Where } from 'payload'

import { ownedBy } from './publishedOrPermitted.ts'
import { hasRole } from './roles.ts'

/**
 * Update or delete: editors and admins may change anything; an author only
 * their own documents while they are still drafts (never published ones).
 */
export const ownDraftsOrEditor =
  (ownerFields: string[]): Access =>
  ({ req: { user } }) => {
    if (hasRole(user, 'editor', 'admin')) return true
    if (!user || !hasRole(user, 'author')) return false
    const ownDraft: Where = {
      and: [{ _status: { equals: 'draft' } }, { or: ownedBy(ownerFields, user.id) }],
    }
    return ownDraft
  }
