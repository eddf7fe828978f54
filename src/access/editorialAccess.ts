import type { CollectionConfig, Where } from 'payload'

import { isEditorOrAdmin } from './isEditorOrAdmin.ts'
import { ownDraftsOrEditor } from './ownDraftsOrEditor.ts'
import { publishedOrPermitted } from './publishedOrPermitted.ts'
import { staffDraftsOrEditor } from './staffDraftsOrEditor.ts'

/**
 * The access rules every editorial collection shares: the public reads what is
 * published, authors write their own drafts, editors and admins do everything
 * (see docs/editors.md, "Roles").
 */
export const editorialAccess = (options: {
  ownerFields: string[]
  publicConstraint?: () => Where
}): NonNullable<CollectionConfig['access']> => ({
  read: publishedOrPermitted(options),
  readVersions: isEditorOrAdmin,
  create: staffDraftsOrEditor,
  update: ownDraftsOrEditor(options.ownerFields),
  delete: ownDraftsOrEditor(options.ownerFields),
})
