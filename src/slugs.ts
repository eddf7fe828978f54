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

export type CharityCollectionSlugs = { [K in keyof typeof SLUGS]: null | string }

type WithCustomConfig = { config: { custom?: Record<string, unknown> } }

/**
 * The slug a plugin collection has in the running config (renamed, or null
 * when left out). The plugin records them in `config.custom.charity.slugs`.
 */
export const charitySlug = (payload: WithCustomConfig, key: keyof typeof SLUGS): null | string => {
  const charity = payload.config.custom?.charity as { slugs?: CharityCollectionSlugs } | undefined
  return charity?.slugs ? charity.slugs[key] : SLUGS[key]
}
