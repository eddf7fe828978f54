import type { Access, Where } from 'payload'

import { hasRole } from './roles.ts'

/** The constraint that keeps a reader to published documents. */
export const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * Who may read a content document (posts, events, campaigns, appeals):
 * editors and admins see everything; an author sees everything published plus
 * their own drafts; anonymous readers see published documents only.
 */
export const publishedOrPermitted =
  (options: { ownerFields: string[]; publicConstraint?: () => Where }): Access =>
  ({ req: { user } }) => {
    if (hasRole(user, 'editor', 'admin')) return true
    const published: Where = options.publicConstraint
      ? { and: [PUBLISHED, options.publicConstraint()] }
      : PUBLISHED
    if (user && hasRole(user, 'author')) {
      return { or: [published, ...ownedBy(options.ownerFields, user.id)] }
    }
    return published
  }

/** `createdBy equals me`, `authors contains me`: one clause per ownership field. */
export const ownedBy = (ownerFields: string[], userId: number | string): Where[] =>
  ownerFields.map((field) => ({ [field]: { equals: userId } }))
