import type { Access, Where } from 'payload'

import {
  coordinatedGroupIds,
  inCoordinatedGroups,
  isCoordinatedGroup,
} from './coordinatedGroups.ts'
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

/**
 * Create: only for one of their own groups (they may publish it straight away).
 * Asked without a group (the admin deciding whether to offer "Create New" and
 * the empty form), the answer is whether they look after any group at all: such
 * a document starts in their first group (the field's default), and an API
 * create that leaves the group out is refused by keepCoordinatorsToOwnGroups.
 */
export const createForOwnGroup =
  (field: string): Access =>
  ({ data, req: { user } }) => {
    const given = data && typeof data === 'object' && field in data
    return given
      ? isCoordinatedGroup(user, (data as Record<string, unknown>)[field])
      : coordinatedGroupIds(user).length > 0
  }

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
