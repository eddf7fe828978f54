import type { Access, CollectionConfig } from 'payload'

import { inCoordinatedGroups } from './coordinatedGroups.ts'
import { isEditorOrAdmin } from './isEditorOrAdmin.ts'
import { PUBLISHED } from './published.ts'
import { hasRole } from './roles.ts'

/** Read a group page: editors and admins all; a coordinator also their own groups' drafts; others published ones. */
export const publishedOrCoordinatedGroup: Access = ({ req: { user } }) => {
  // The website's preview key reads drafts as editors do.
  if (hasRole(user, 'editor', 'admin', 'website-preview')) return true
  const own = inCoordinatedGroups(user, 'id')
  return own ? { or: [PUBLISHED, own] } : PUBLISHED
}

/** Change a group page (publishing included): editors and admins any; a coordinator their own groups'. */
export const editorOrGroupCoordinator: Access = ({ req: { user } }) => {
  if (hasRole(user, 'editor', 'admin')) return true
  return inCoordinatedGroups(user, 'id')
}

/**
 * Local groups' pages: the public reads what is published; editors and admins
 * start, publish and remove groups; a group's coordinators keep its page up to
 * date (who coordinates it is set on their accounts, by editors and admins).
 */
export const groupPagesAccess = (): NonNullable<CollectionConfig['access']> => ({
  read: publishedOrCoordinatedGroup,
  readVersions: isEditorOrAdmin,
  create: isEditorOrAdmin,
  update: editorOrGroupCoordinator,
  delete: isEditorOrAdmin,
})
