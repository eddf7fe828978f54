import type { Access, Where } from 'payload'

import { ownedBy } from './publishedOrPermitted.ts'
import { canPublish, isPublishing } from './publishing.ts'
import { hasRole } from './roles.ts'

/**
 * Update or delete: editors and admins may change anything; an author only
 * their own documents while they are still drafts, and never so as to publish
 * them. Payload asks this rule with `_status: 'published'` to decide whether
 * the admin shows Publish and Schedule, and again for restores and scheduled
 * publish jobs, so the answer for authors there is a plain no.
 */
export const ownDraftsOrEditor =
  (ownerFields: string[]): Access =>
  ({ data, req: { user } }) => {
    if (canPublish(user)) return true
    if (!user || !hasRole(user, 'author')) return false
    if (isPublishing(data)) return false
    const ownDraft: Where = {
      and: [{ _status: { equals: 'draft' } }, { or: ownedBy(ownerFields, user.id) }],
    }
    return ownDraft
  }
