import type { Access, Where } from 'payload'

import { inCoordinatedGroups, isCoordinatedGroup } from './coordinatedGroups.ts'
import { publishedAnd } from './published.ts'

/**
 * A coordinator's reach in a collection that belongs to groups (posts and
 * events have a `group`): they read everything published plus anything of
 * their own groups; they create, change, publish and unpublish only what
 * stays in their groups; national content (no group) and other groups'
 * content are out of reach. Each rule is a query constraint, so lists,
 * counts and the admin's buttons follow it without loading documents.
 */

/** Read: published, or in one of the coordinator's groups (drafts included). */
export const publishedOrOwnGroup =
  (field: string, publicConstraint?: () => Where): Access =>
  ({ req: { user } }) => {
    const published = publicConstraint ? publishedAnd(publicConstraint()) : publishedAnd()
    const own = inCoordinatedGroups(user, field)
    return own ? { or: [published, own] } : published
  }

/** Create: only for one of their own groups (they may publish it straight away). */
export const createForOwnGroup =
  (field: string): Access =>
  ({ data, req: { user } }) =>
    isCoordinatedGroup(user, (data as Record<string, unknown> | undefined)?.[field])

/**
 * Update (publish and unpublish included): documents of their groups, and a
 * change may not move one out of them (to national content or another group).
 */
export const changeOwnGroup =
  (field: string): Access =>
  ({ data, req: { user } }) => {
    if (data && typeof data === 'object' && field in data) {
      if (!isCoordinatedGroup(user, (data as Record<string, unknown>)[field])) return false
    }
    return inCoordinatedGroups(user, field)
  }
