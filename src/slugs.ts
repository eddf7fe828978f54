/** The default collection and global slugs: part of the public API contract. */
export const SLUGS = {
  users: 'users',
  media: 'media',
  categories: 'categories',
  posts: 'posts',
  events: 'events',
  campaigns: 'campaigns',
  donationAppeals: 'donation-appeals',
  donations: 'donations',
} as const

export const GLOBAL_SLUGS = {
  siteSettings: 'site-settings',
  navigation: 'navigation',
} as const

/** Content that websites link to and that rich text may reference. */
export const LINKABLE = [SLUGS.posts, SLUGS.events, SLUGS.campaigns, SLUGS.donationAppeals]

/** Keep a sensible history without letting autosave grow the versions table forever. */
export const MAX_VERSIONS_PER_DOC = 50
