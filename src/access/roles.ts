/**
 * `coordinator`: a regional coordinator, who writes and publishes for their own local groups only.
 * `website-preview`: not a person but the website's server, signed in with an API key: it reads
 * content, drafts included, and nothing else (see src/access/websitePreview.ts).
 */
export const ROLES = ['admin', 'editor', 'author', 'coordinator', 'website-preview'] as const

export type CharityRole = (typeof ROLES)[number]

/** The least-privileged role: what a new account gets unless an admin says otherwise. */
export const DEFAULT_ROLE: CharityRole = 'author'

/** Any user object (the host's user type is unknown to the plugin), or none. */
type MaybeUser = object | null | undefined

/** The role of a logged-in user, or null for anonymous readers and unknown values. */
export const roleOf = (user: MaybeUser): CharityRole | null => {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return typeof role === 'string' && (ROLES as readonly string[]).includes(role)
    ? (role as CharityRole)
    : null
}

export const hasRole = (user: MaybeUser, ...roles: CharityRole[]): boolean => {
  const role = roleOf(user)
  return role !== null && roles.includes(role)
}
