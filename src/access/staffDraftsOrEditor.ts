import type { Access } from 'payload'

import { canPublish, isPublishing } from './publishing.ts'
import { hasRole } from './roles.ts'

/** Create: any staff member may start a draft; only editors and admins may create it published. */
export const staffDraftsOrEditor: Access = ({ data, req: { user } }) => {
  if (canPublish(user)) return true
  return hasRole(user, 'author') && !isPublishing(data)
}
