import type { Access, Where } from 'payload'

import { publishedAnd } from './published.ts'
import { hasRole } from './roles.ts'

export { PUBLISHED } from './published.ts'

/**
 * Who may read a content document (posts, events, campaigns, appeals):
 * editors, admins and the website's preview key see everything; an author sees everything published plus
 * their own drafts; anonymous readers see published documents only.
 */
export const publishedOrPermitted =
  (options: { ownerFields: string[]; publicConstraint?: () => Where }): Access =>
  ({ req: { user } }) => {
    // The website's preview key reads what editors read: drafts included.
    if (hasRole(user, 'editor', 'admin', 'website-preview')) return true
    const published = options.publicConstraint
      ? publishedAnd(options.publicConstraint())
      : publishedAnd()
    if (user && hasRole(user, 'author')) {
      return { or: [published, ...ownedBy(options.ownerFields, user.id)] }
    }
    return published
  }

/** `createdBy equals me`, `authors contains me`: one clause per ownership field. */
export const ownedBy = (ownerFields: string[], userId: number | string): Where[] =>
  ownerFields.map((field) => ({ [field]: { equals: userId } }))
