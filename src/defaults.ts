/**
 * Every default of the plugin in one place: slugs (part of the public API
 * contract), limits and labels. `resolveOptions` starts from these.
 */

/** The default collection slugs. */
export const DEFAULT_SLUGS = {
  users: 'users',
  media: 'media',
  categories: 'categories',
  posts: 'posts',
  events: 'events',
  campaigns: 'campaigns',
  donationAppeals: 'donation-appeals',
  donations: 'donations',
} as const

/** The default global slugs. */
export const DEFAULT_GLOBAL_SLUGS = {
  siteSettings: 'site-settings',
  navigation: 'navigation',
} as const

/** Keep a sensible history without letting autosave grow the versions table forever. */
export const MAX_VERSIONS_PER_DOC = 50

/** Titles of the public feeds when the host names none. */
export const DEFAULT_FEED_TITLES = {
  posts: 'News',
  calendar: 'Events',
} as const

/** The section of the website each public collection's pages live under (`/posts/<slug>`). */
export const DEFAULT_WEBSITE_SECTIONS = {
  posts: 'posts',
  events: 'events',
  campaigns: 'campaigns',
  donationAppeals: 'donation-appeals',
} as const

/** Collections that cannot work without another one. */
export const REQUIRED_COLLECTIONS = {
  donations: 'donationAppeals',
} as const

/**
 * What an anonymous read may cost: a larger `limit` (or `limit=0`, "all") is
 * served as `maxLimit`, a deeper `depth` as `maxDepth`. Staff are not limited.
 */
export const DEFAULT_PUBLIC_READ_LIMITS = { maxLimit: 100, maxDepth: 3 } as const

/** How deeply a GraphQL query may nest selections (Payload already caps its complexity at 1000). */
export const DEFAULT_GRAPHQL_MAX_DEPTH = 12
