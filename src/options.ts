import type { CharityContext, CharityGlobalSlugs, CharitySlugs } from './context.ts'
import type { CharityCollectionKey } from './registry.ts'
import type { CharityPluginOptions } from './types.ts'

import {
  DEFAULT_FEED_TITLES,
  DEFAULT_GIFT_AID_WORDINGS,
  DEFAULT_GRAPHQL_MAX_ALIASES,
  DEFAULT_GRAPHQL_MAX_DEPTH,
  DEFAULT_PUBLIC_READ_LIMITS,
  DEFAULT_TRAINING_REQUEST_CONSENT,
  DEFAULT_TRAINING_REQUEST_RETENTION_DAYS,
  DEFAULT_WEBSITE_SECTIONS,
  FEED_FILTERS,
} from './defaults.ts'
import { resolveLimits } from './limits/rules.ts'
import {
  COLLECTIONS,
  entriesOf,
  GLOBALS,
  PUBLIC_PAGE_COLLECTIONS,
  SEARCHABLE_COLLECTIONS,
} from './registry.ts'

/** A base address as the plugin uses it: trimmed, without trailing slashes; empty means none. */
export const normaliseBaseUrl = (value: null | string | undefined): null | string => {
  const trimmed = value?.trim().replace(/\/+$/, '')
  return trimmed ? trimmed : null
}

/** Options → context, with every default applied once. Throws for combinations that cannot work. */
export const resolveOptions = (options: CharityPluginOptions = {}): CharityContext => {
  const slugs = {} as CharitySlugs
  for (const [key, entry] of entriesOf(COLLECTIONS)) {
    const option = options.collections?.[key]
    slugs[key] = option === false ? null : (option?.slug ?? entry.slug)
  }
  // The accounts are named by `usersCollection`: the host's own auth collection, or ours.
  const usersSlug = options.usersCollection ?? COLLECTIONS.users.slug
  slugs.users = usersSlug
  for (const [key, entry] of entriesOf(COLLECTIONS)) {
    if ('follows' in entry && options.collections?.[key] === undefined && !slugs[entry.follows]) {
      slugs[key] = null
    }
  }
  for (const [key, entry] of entriesOf(COLLECTIONS)) {
    if (!slugs[key] || !('requires' in entry)) continue
    for (const needed of entry.requires) {
      if (slugs[needed]) continue
      throw new Error(
        `charityPlugin: the "${key}" collection needs "${needed}". Leave "${needed}" in, or set collections.${key} to false as well.`,
      )
    }
  }

  const globalSlugs = {} as CharityGlobalSlugs
  for (const [key, entry] of entriesOf(GLOBALS)) {
    const option = options.globals?.[key]
    globalSlugs[key] = option === false ? null : (option?.slug ?? entry.slug)
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

  const publicPages = PUBLIC_PAGE_COLLECTIONS.flatMap(({ key, linkable }) => {
    const slug = slugs[key]
    return slug ? [{ key, slug, linkable }] : []
  })

  const sections: Partial<Record<CharityCollectionKey, string>> = DEFAULT_WEBSITE_SECTIONS
  const search = SEARCHABLE_COLLECTIONS.flatMap(({ key, fields }) => {
    const slug = slugs[key]
    if (!slug || options.search === false || options.search?.collections?.[key] === false) return []
    return [{ key, slug, fields, section: sections[key] ?? slug }]
  })

  return {
    slugs: { ...slugs, users: usersSlug },
    globalSlugs,
    linkable: publicPages.filter(({ linkable }) => linkable).map(({ slug }) => slug),
    websiteUrl: normaliseBaseUrl(options.websiteUrl),
    feeds: {
      postsTitle: options.feeds?.postsTitle || DEFAULT_FEED_TITLES.posts,
      calendarName: options.feeds?.calendarName || DEFAULT_FEED_TITLES.calendar,
    },
    mediaDir: options.mediaDir,
    donationsWebhookSecret: options.donationsWebhookSecret,
    publicReads: { ...DEFAULT_PUBLIC_READ_LIMITS, ...options.publicReads },
    graphQLMaxDepth: options.graphQLMaxDepth ?? DEFAULT_GRAPHQL_MAX_DEPTH,
    graphQLMaxAliases: options.graphQLMaxAliases ?? DEFAULT_GRAPHQL_MAX_ALIASES,
    limits: resolveLimits(options.rateLimits, options.bodyLimits, options.clientAddress),
    publicPages: publicPages.map(({ key, slug }) => ({ key, slug })),
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
    search,
    disabled: Boolean(options.disabled),
  }
}
