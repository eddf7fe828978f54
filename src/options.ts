import type { CharityCollectionKey, CharityGlobalKey, CharityPluginOptions } from './types.ts'

import {
  DEFAULT_FEED_TITLES,
  DEFAULT_GIFT_AID_WORDINGS,
  DEFAULT_GLOBAL_SLUGS,
  DEFAULT_GRAPHQL_MAX_DEPTH,
  DEFAULT_PUBLIC_READ_LIMITS,
  DEFAULT_SLUGS,
  FEED_FILTERS,
  PUBLIC_PAGE_COLLECTIONS,
  DEFAULT_TRAINING_REQUEST_CONSENT,
  DEFAULT_TRAINING_REQUEST_RETENTION_DAYS,
  FOLLOWING_COLLECTIONS,
  REQUIRED_COLLECTIONS,
} from './defaults.ts'

/** The slug each of the plugin's collections has in this config, or null when it was left out. */
export type CharitySlugs = { [K in CharityCollectionKey]: null | string }

export type CharityGlobalSlugs = { [K in CharityGlobalKey]: null | string }

/** A collection with public pages, under its final slug. */
export type PublicPageCollection = { key: CharityCollectionKey; slug: string }

/** A feed filter whose target collection is in this config. */
export type FeedFilter = { param: string; field: string; relationTo: string }

/**
 * The plugin's options after defaults: what every collection, global, hook
 * and endpoint is built from. Recorded in `config.custom.charity`, so code
 * that only has `payload` (CLIs, admin components) reads the same values.
 */
export type CharityContext = {
  slugs: CharitySlugs & { users: string }
  globalSlugs: CharityGlobalSlugs
  /** Content that websites link to and rich text may reference, under their final slugs. */
  linkable: string[]
  /** The website's base address without a trailing slash, or null. */
  websiteUrl: null | string
  feeds: { postsTitle: string; calendarName: string }
  mediaDir?: string
  donationsWebhookSecret?: string
  publicReads: { maxLimit: number; maxDepth: number }
  graphQLMaxDepth: number
  /** Editorial collections with public pages (webhook sources, JSON-LD), in this config. */
  publicPages: PublicPageCollection[]
  /** `?category=`, `?campaign=`… on the feeds and calendar. */
  feedFilters: FeedFilter[]
  webhooks: { allowPrivateAddresses: boolean }
  trainingRequests: {
    retentionDays: number
    consent: { version: string; wording: string }
  }
  giftAid: { wordings: Record<string, string> }
  disabled: boolean
}

const COLLECTION_KEYS = Object.keys(DEFAULT_SLUGS) as CharityCollectionKey[]
const GLOBAL_KEYS = Object.keys(DEFAULT_GLOBAL_SLUGS) as CharityGlobalKey[]

/** A base address as the plugin uses it: trimmed, without trailing slashes; empty means none. */
export const normaliseBaseUrl = (value: null | string | undefined): null | string => {
  const trimmed = value?.trim().replace(/\/+$/, '')
  return trimmed ? trimmed : null
}

/** Options → context, with every default applied once. Throws for combinations that cannot work. */
export const resolveOptions = (options: CharityPluginOptions = {}): CharityContext => {
  const usersSlug = options.usersCollection ?? DEFAULT_SLUGS.users
  const slugs = { users: usersSlug } as CharityContext['slugs']
  for (const key of COLLECTION_KEYS) {
    if (key === 'users') continue
    const option = options.collections?.[key]
    slugs[key] = option === false ? null : (option?.slug ?? DEFAULT_SLUGS[key])
  }
  for (const [key, served] of Object.entries(FOLLOWING_COLLECTIONS) as [
    keyof typeof FOLLOWING_COLLECTIONS,
    CharityCollectionKey,
  ][]) {
    if (options.collections?.[key] === undefined && !slugs[served]) slugs[key] = null
  }
  for (const [key, needed] of Object.entries(REQUIRED_COLLECTIONS) as [
    CharityCollectionKey,
    CharityCollectionKey,
  ][]) {
    if (slugs[key] && !slugs[needed]) {
      throw new Error(
        `charityPlugin: the "${key}" collection needs "${needed}". Leave "${needed}" in, or set collections.${key} to false as well.`,
      )
    }
  }

  const globalSlugs = {} as CharityGlobalSlugs
  for (const key of GLOBAL_KEYS) {
    const option = options.globals?.[key]
    globalSlugs[key] = option === false ? null : (option?.slug ?? DEFAULT_GLOBAL_SLUGS[key])
  }

  const retentionDays =
    options.trainingRequestRetentionDays ?? DEFAULT_TRAINING_REQUEST_RETENTION_DAYS
  if (!Number.isInteger(retentionDays) || retentionDays < 0) {
    throw new Error(
      `charityPlugin: trainingRequestRetentionDays must be a whole number of days (0 or more), not ${String(retentionDays)}.`,
    )
  }
  const consent = options.trainingRequestConsent ?? DEFAULT_TRAINING_REQUEST_CONSENT
  if (!consent.version?.trim() || !consent.wording?.trim()) {
    throw new Error(
      'charityPlugin: trainingRequestConsent needs both a version and the wording the requester agrees to.',
    )
  }

  const wordings = options.giftAid?.wordings ?? DEFAULT_GIFT_AID_WORDINGS
  if (
    !Object.keys(wordings).length ||
    Object.entries(wordings).some(([version, wording]) => !version.trim() || !wording?.trim())
  ) {
    throw new Error(
      'charityPlugin: giftAid.wordings needs at least one version, each with the wording donors saw.',
    )
  }

  const linkable = [
    slugs.posts,
    slugs.events,
    slugs.campaigns,
    slugs.donationAppeals,
    slugs.groups,
  ].filter((slug): slug is string => Boolean(slug))

  return {
    slugs,
    globalSlugs,
    linkable,
    websiteUrl: normaliseBaseUrl(options.websiteUrl),
    feeds: {
      postsTitle: options.feeds?.postsTitle || DEFAULT_FEED_TITLES.posts,
      calendarName: options.feeds?.calendarName || DEFAULT_FEED_TITLES.calendar,
    },
    mediaDir: options.mediaDir,
    donationsWebhookSecret: options.donationsWebhookSecret,
    publicReads: { ...DEFAULT_PUBLIC_READ_LIMITS, ...options.publicReads },
    graphQLMaxDepth: options.graphQLMaxDepth ?? DEFAULT_GRAPHQL_MAX_DEPTH,
    publicPages: PUBLIC_PAGE_COLLECTIONS.flatMap((key) =>
      slugs[key] ? [{ key, slug: slugs[key] }] : [],
    ),
    feedFilters: FEED_FILTERS.flatMap(({ param, field, collection }) => {
      const relationTo = slugs[collection]
      return relationTo ? [{ param, field, relationTo }] : []
    }),
    webhooks: { allowPrivateAddresses: Boolean(options.webhooks?.allowPrivateAddresses) },
    trainingRequests: {
      retentionDays,
      consent: { version: consent.version.trim(), wording: consent.wording.trim() },
    },
    giftAid: { wordings: { ...wordings } },
    disabled: Boolean(options.disabled),
  }
}
