import { hasRole } from './roles.ts'

/** What an author is told when a write would publish: it names who can. */
export const AUTHORS_CANNOT_PUBLISH =
  'Authors cannot publish. Save it as a draft and ask an editor or admin to publish it.'

/** Editors and admins publish and unpublish; authors never do. */
export const canPublish = (user: object | null | undefined): boolean =>
  hasRole(user, 'editor', 'admin')

/** Whether a write (its data) would make the document public. */
export const isPublishing = (data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  (data as { _status?: unknown })._status === 'published'
