import type { CollectionConfig, Where } from 'payload'

import { coordinatorsApart } from './coordinatorsApart.ts'
import {
  changeOwnGroup,
  createForOwnGroup,
  publishedOrOwnGroup,
} from './groupContentForCoordinators.ts'
import { isEditorOrAdmin } from './isEditorOrAdmin.ts'
import { ownDraftsOrEditor } from './ownDraftsOrEditor.ts'
import { publishedOrPermitted } from './publishedOrPermitted.ts'
import { staffDraftsOrEditor } from './staffDraftsOrEditor.ts'

/**
 * The access rules every editorial collection shares: the public reads what is
 * published, authors write their own drafts, editors and admins do everything
 * (see docs/editors.md, "Roles"). Where documents belong to local groups
 * (`groupField`), a coordinator writes and publishes for their own groups;
 * elsewhere a coordinator reads what is published, like the public.
 */
export const editorialAccess = (options: {
  ownerFields: string[]
  publicConstraint?: () => Where
  groupField?: string
}): NonNullable<CollectionConfig['access']> => {
  const base = {
    read: publishedOrPermitted(options),
    readVersions: isEditorOrAdmin,
    create: staffDraftsOrEditor,
    update: ownDraftsOrEditor(options.ownerFields),
    delete: ownDraftsOrEditor(options.ownerFields),
  }
  const { groupField } = options
  if (!groupField) return base
  return {
    ...base,
    read: coordinatorsApart(publishedOrOwnGroup(groupField, options.publicConstraint), base.read),
    create: coordinatorsApart(createForOwnGroup(groupField), base.create),
    update: coordinatorsApart(changeOwnGroup(groupField), base.update),
    // Coordinators do not delete: they unpublish, and an editor removes what should go.
  }
}
