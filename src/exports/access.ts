/** Access rules for reuse in the host's own collections (`payload-plugin-charity/access`). */
export { anyone } from '../access/anyone.ts'
export { authenticated } from '../access/authenticated.ts'
export { isAdmin, isAdminFieldLevel } from '../access/isAdmin.ts'
export { isAdminOrSelf } from '../access/isAdminOrSelf.ts'
export { isEditorOrAdmin, isEditorOrAdminFieldLevel } from '../access/isEditorOrAdmin.ts'
export { isStaff } from '../access/isStaff.ts'
export { nobody } from '../access/nobody.ts'
export { ownDraftsOrEditor } from '../access/ownDraftsOrEditor.ts'
export { PUBLISHED, ownedBy, publishedOrPermitted } from '../access/publishedOrPermitted.ts'
export { AUTHORS_CANNOT_PUBLISH, canPublish, isPublishing } from '../access/publishing.ts'
export { DEFAULT_ROLE, ROLES, hasRole, roleOf } from '../access/roles.ts'
export { staffDraftsOrEditor } from '../access/staffDraftsOrEditor.ts'
export type { CharityRole } from '../access/roles.ts'
export { editorialAccess } from '../access/editorialAccess.ts'
export {
  coordinatedGroupIds,
  inCoordinatedGroups,
  isCoordinatedGroup,
} from '../access/coordinatedGroups.ts'
export { coordinatorsApart } from '../access/coordinatorsApart.ts'
export {
  changeOwnGroup,
  createForOwnGroup,
  publishedOrOwnGroup,
} from '../access/groupContentForCoordinators.ts'
