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
  webhookEndpoints: 'webhook-endpoints',
  webhookDeliveries: 'webhook-deliveries',
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
  webhookEndpoints: 'webhookDeliveries',
  webhookDeliveries: 'webhookEndpoints',
} as const

/**
 * Editorial collections with public pages: their publish, unpublish, update
 * and delete are announced to webhooks and they get JSON-LD. A new one (e.g.
 * groups) is one line here.
 */
export const PUBLIC_PAGE_COLLECTIONS = ['posts', 'events', 'campaigns', 'donationAppeals'] as const

/**
 * Query parameters the feeds and the calendar filter by: each names a
 * relationship field and the collection it points at. A filter applies to a
 * collection that has the field (groups: one more line).
 */
export const FEED_FILTERS = [
  { param: 'category', field: 'categories', collection: 'categories' },
  { param: 'campaign', field: 'campaign', collection: 'campaigns' },
] as const

/** How outbound webhooks behave; fixed by the Standard Webhooks practice and the issue, not per host. */
export const WEBHOOK_DEFAULTS = {
  /** The Payload jobs queue deliveries run on. */
  queue: 'charity-webhooks',
  /** How often a process that runs jobs looks for due retries (croner, with seconds). */
  autoRunCron: '*/10 * * * * *',
  /** A receiver that has not answered by then has failed this attempt. */
  timeoutMs: 10_000,
  /** Waits before each retry: the first comes quickly, then exponentially longer, capped; about a day in all. */
  retryBaseMs: 5_000,
  retryFactor: 4,
  retryCapMs: 8 * 60 * 60 * 1000,
  maxAttempts: 10,
  /** An endpoint failing for this long is switched off. */
  deactivateAfterMs: 24 * 60 * 60 * 1000,
  /** After a rotation the old secret still signs for this long. */
  secretOverlapMs: 24 * 60 * 60 * 1000,
  /** An appeal's totals are announced at most once in this window. */
  totalsWindowMs: 60_000,
  /** The delivery log keeps this much history. */
  retentionMs: 30 * 24 * 60 * 60 * 1000,
  /** An attempt older than this that never recorded its end died with its process. */
  staleAttemptMs: 2 * 60 * 1000,
  /** When the log is pruned (daily). */
  pruneCron: '17 3 * * *',
  /** When stuck deliveries are looked for. */
  sweepCron: '* * * * *',
} as const

/**
 * What an anonymous read may cost: a larger `limit` (or `limit=0`, "all") is
 * served as `maxLimit`, a deeper `depth` as `maxDepth`. Staff are not limited.
 */
export const DEFAULT_PUBLIC_READ_LIMITS = { maxLimit: 100, maxDepth: 3 } as const

/** How deeply a GraphQL query may nest selections (Payload already caps its complexity at 1000). */
export const DEFAULT_GRAPHQL_MAX_DEPTH = 12
