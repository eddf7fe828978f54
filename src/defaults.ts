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
  groups: 'groups',
  trainingRequests: 'training-requests',
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
  groups: 'groups',
} as const

/** The field that ties a post or event to a local group (its coordinators then write it). */
export const GROUP_FIELD = 'group'

/** Collections that cannot work without another one. */
export const REQUIRED_COLLECTIONS = {
  donations: 'donationAppeals',
} as const

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
