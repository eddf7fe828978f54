/**
 * Every default of the plugin in one place, but the slugs: limits, labels,
 * wordings. The collections' and globals' default slugs (part of the public
 * API contract) are in their registry entries (src/registry.ts).
 * `resolveOptions` starts from these.
 */

import type { CharityCollectionKey, PublicPageKey } from './registry.ts'

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
  groups: 'groups',
  // Pages live at their own (nested) path: /about, /get-involved/training.
  pages: '',
} as const satisfies Record<PublicPageKey, string>

/** The sitemaps.org limit on one sitemap file's URLs. */
export const SITEMAP_MAX_URLS = 50_000

/** The website's route that turns on draft mode (Next.js), given the preview secret and a page's path. */
export const DEFAULT_PREVIEW_ROUTE = '/api/preview'

/** The field that ties a post or event to a local group (its coordinators then write it). */
export const GROUP_FIELD = 'group'

/**
 * Query parameters the feeds and the calendar filter by: each names a
 * relationship field and the collection it points at. A filter applies to a
 * collection that has the field.
 */
export const FEED_FILTERS = [
  { param: 'category', field: 'categories', collection: 'categories' },
  { param: 'campaign', field: 'campaign', collection: 'campaigns' },
  { param: 'group', field: 'group', collection: 'groups' },
] as const satisfies readonly { param: string; field: string; collection: CharityCollectionKey }[]

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

/**
 * Where a local group meets or a training day is asked for: the nine English
 * regions, the three other nations, and online. The values are the API contract.
 */
export const REGIONS = [
  { label: 'North East', value: 'north-east' },
  { label: 'North West', value: 'north-west' },
  { label: 'Yorkshire and the Humber', value: 'yorkshire-and-the-humber' },
  { label: 'East Midlands', value: 'east-midlands' },
  { label: 'West Midlands', value: 'west-midlands' },
  { label: 'East of England', value: 'east-of-england' },
  { label: 'London', value: 'london' },
  { label: 'South East', value: 'south-east' },
  { label: 'South West', value: 'south-west' },
  { label: 'Wales', value: 'wales' },
  { label: 'Scotland', value: 'scotland' },
  { label: 'Northern Ireland', value: 'northern-ireland' },
  { label: 'Online', value: 'online' },
] as const

export type Region = (typeof REGIONS)[number]['value']

/** "Find a group near me": the radius when none is asked for, and the largest one served. */
export const GROUPS_NEAR = { defaultRadiusKm: 25, maxRadiusKm: 500, maxResults: 50 } as const

/** How long a closed training request keeps the requester's personal details. */
export const DEFAULT_TRAINING_REQUEST_RETENTION_DAYS = 365

/**
 * The consent a requester gives with a training request. The version is stored
 * with every request, so change it whenever the wording changes.
 */
export const DEFAULT_TRAINING_REQUEST_CONSENT = {
  version: '2026-12-01',
  wording:
    'I agree that the charity may store these details and use them to contact me about a training day. They are deleted within a year of the request being closed.',
} as const

/** Limits on a public training request, beyond what its fields say. */
export const TRAINING_REQUEST_LIMITS = {
  minAttendees: 5,
  maxAttendees: 500,
  messageMaxLength: 2000,
  /** Names, towns, dates, organisations: one line each. */
  shortTextMaxLength: 200,
  emailMaxLength: 254,
  phoneMaxLength: 40,
} as const

/** The field a person never sees (it is hidden) and a form-filling bot fills in. */
export const TRAINING_REQUEST_HONEYPOT = 'website'

/**
 * The Gift Aid declaration wordings a donor may have been shown, by version.
 * The version is sent with each declaration and the wording stored with it;
 * add a new version whenever the wording on the donate form changes.
 */
export const DEFAULT_GIFT_AID_WORDINGS: Record<string, string> = {
  '2026-12-01':
    'I am a UK taxpayer and want the charity to treat the donations I make (covered by this declaration) as Gift Aid donations. I understand that if I pay less Income Tax and/or Capital Gains Tax in a tax year than the Gift Aid claimed on all my donations in that tax year, it is my responsibility to pay any difference. I will tell the charity if I change my name or address, stop paying enough tax, or want to cancel this declaration.',
}

/** HMRC may ask for the records behind a Gift Aid claim for six years after it. */
export const GIFT_AID_RETENTION_YEARS = 6

/** What erased personal fields read afterwards. */
export const ERASED_MARKER = '[erased]'

const MINUTE = 60_000

/**
 * Requests one client address (or, for the `…PerAccount` rules, one account)
 * may make in a window, per rule; over it, 429 with `Retry-After`. Reads are
 * generous (a website's server renders many pages from one address); forms,
 * logins and password resets are not.
 */
export const DEFAULT_RATE_LIMITS = {
  trainingRequests: { limit: 5, windowMs: 60 * MINUTE },
  loginPerAddress: { limit: 20, windowMs: 15 * MINUTE },
  loginPerAccount: { limit: 10, windowMs: 15 * MINUTE },
  passwordResetPerAddress: { limit: 5, windowMs: 60 * MINUTE },
  passwordResetPerAccount: { limit: 3, windowMs: 60 * MINUTE },
  donationsWebhook: { limit: 600, windowMs: MINUTE },
  groupsNear: { limit: 120, windowMs: MINUTE },
  // A search box may ask as the visitor types: a few a second for a minute.
  search: { limit: 300, windowMs: MINUTE },
  feeds: { limit: 120, windowMs: MINUTE },
  jsonLd: { limit: 600, windowMs: MINUTE },
  privacy: { limit: 30, windowMs: 60 * MINUTE },
} as const

/**
 * The largest body, in bytes, each of the plugin's endpoints that take one
 * reads; past it, 413 before the rest is read. Each carries a few short fields.
 */
export const DEFAULT_BODY_LIMITS = {
  trainingRequests: 64 * 1024,
  donationsWebhook: 64 * 1024,
  privacy: 64 * 1024,
} as const

/** Aliased fields one GraphQL operation may hold (each alias of `loginUser` is another login). */
export const DEFAULT_GRAPHQL_MAX_ALIASES = 15
