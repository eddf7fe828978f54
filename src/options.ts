import type { CharityContext, CharityGlobalSlugs, CharitySlugs } from './context.ts'
import type { CharityPluginOptions } from './types.ts'

import {
  DEFAULT_FEED_TITLES,
  DEFAULT_GIFT_AID_WORDINGS,
  DEFAULT_GRAPHQL_MAX_ALIASES,
  DEFAULT_GRAPHQL_MAX_DEPTH,
  DEFAULT_PREVIEW_ROUTE,
  DEFAULT_PUBLIC_READ_LIMITS,
  DEFAULT_TRAINING_REQUEST_CONSENT,
  DEFAULT_TRAINING_REQUEST_RETENTION_DAYS,
  DEFAULT_WEBSITE_SECTIONS,
  FEED_FILTERS,
  SITEMAP_MAX_URLS,
} from './defaults.ts'
import { resolveLimits } from './limits/rules.ts'
import {
  COLLECTIONS,
  entriesOf,
  GLOBALS,
  PUBLIC_PAGE_COLLECTIONS,
  SEARCHABLE_COLLECTIONS,
} from './registry.ts'
import { defaultPageUrl } from './utilities/pageUrl.ts'

/** A base address as the plugin uses it: trimmed, without trailing slashes; empty means none. */
export const normaliseBaseUrl = (value: null | string | undefined): null | string => {
  const trimmed = value?.trim().replace(/\/+$/, '')
  return trimmed ? trimmed : null
}

/** What the plugin reads from the host's config: its languages. */
export type HostFacts = { defaultLocale?: null | string; locales?: string[] }

/** Options → context, with every default applied once. Throws for combinations that cannot work. */
export const resolveOptions = (
  options: CharityPluginOptions = {},
  host: HostFacts = {},
): CharityContext => {
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

  const maxUrls = options.sitemap?.maxUrls ?? SITEMAP_MAX_URLS
  if (!Number.isInteger(maxUrls) || maxUrls < 1 || maxUrls > SITEMAP_MAX_URLS) {
    throw new Error(
      `charityPlugin: sitemap.maxUrls is a whole number from 1 to ${SITEMAP_MAX_URLS}, not ${String(maxUrls)}.`,
    )
  }
  const websiteUrl = normaliseBaseUrl(options.websiteUrl)
  const websiteSections = Object.fromEntries(
    publicPages.map(({ key, slug }) => [slug, DEFAULT_WEBSITE_SECTIONS[key]]),
  )
  const defaultLocale = host.defaultLocale ?? null
  const previewRoute = options.preview?.route?.trim() || DEFAULT_PREVIEW_ROUTE
  if (!previewRoute.startsWith('/')) {
    throw new Error(
      `charityPlugin: preview.route is a path on the website starting with "/", not "${previewRoute}".`,
    )
  }
  const search = SEARCHABLE_COLLECTIONS.flatMap(({ key, fields }) => {
    const slug = slugs[key]
    if (!slug || options.search === false || options.search?.collections?.[key] === false) return []
    return [{ key, slug, fields }]
  })

  return {
    slugs: { ...slugs, users: usersSlug },
    globalSlugs,
    linkable: publicPages.filter(({ linkable }) => linkable).map(({ slug }) => slug),
    websiteUrl,
    pageUrl:
      options.pageUrl ?? defaultPageUrl({ websiteUrl, sections: websiteSections, defaultLocale }),
    hasOwnPageUrl: Boolean(options.pageUrl),
    websiteSections,
    defaultLocale,
    locales: host.locales ?? [],
    preview: { secret: options.preview?.secret?.trim() || null, route: previewRoute },
    sitemap: { maxUrls },
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
    webhooks: {
      allowPrivateAddresses: Boolean(options.webhooks?.allowPrivateAddresses),
      ...(options.webhooks?.resolveHost ? { resolveHost: options.webhooks.resolveHost } : {}),
    },
    trainingRequests: {
      retentionDays,
      consent: { version: consent.version.trim(), wording: consent.wording.trim() },
    },
    giftAid: { wordings: { ...wordings } },
    search,
    disabled: Boolean(options.disabled),
  }
}
