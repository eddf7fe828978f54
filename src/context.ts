import type { ResolvedLimits } from './limits/rules.ts'
import type {
  CharityCollectionKey,
  CharityGlobalKey,
  PublicPageKey,
  SearchableKey,
  SearchFields,
} from './registry.ts'
import type { PageUrl } from './utilities/pageUrl.ts'
import type { ResolveHost } from './webhooks/addresses.ts'

import { resolveOptions } from './options.ts'

/** The slug each of the plugin's collections has in this config, or null when it was left out. */
export type CharitySlugs = { [K in CharityCollectionKey]: null | string }

export type CharityGlobalSlugs = { [K in CharityGlobalKey]: null | string }

/** A collection with public pages, under its final slug. */
export type PublicPageCollection = { key: PublicPageKey; slug: string }

/** A collection site search finds: under its slug, with the fields it reads (its pages' addresses come from `pageUrl`). */
export type SearchCollection = {
  key: SearchableKey
  slug: string
  fields: SearchFields
}

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
  /** A document's page address (the host's `pageUrl`, or the default scheme). */
  pageUrl: PageUrl
  /** The host gave its own `pageUrl` (so pages have addresses even without `websiteUrl`). */
  hasOwnPageUrl: boolean
  /** The section of the website each public collection's pages live under, by slug ('' for pages: their own path). */
  websiteSections: Record<string, string>
  /** The config's default language and all its languages (none without localization). */
  defaultLocale: null | string
  locales: string[]
  /** `GET /api/sitemap.xml`: how many URLs one file lists before it becomes an index. */
  sitemap: { maxUrls: number }
  /** Draft mode on the website: the secret the preview route checks, and that route. */
  preview: { secret: null | string; route: string }
  feeds: { postsTitle: string; calendarName: string }
  mediaDir?: string
  donationsWebhookSecret?: string
  publicReads: { maxLimit: number; maxDepth: number }
  graphQLMaxDepth: number
  graphQLMaxAliases: number
  /** Rate limits, body limits and the client's address (src/limits). */
  limits: ResolvedLimits
  /** Editorial collections with public pages (webhook sources, JSON-LD), in this config. */
  publicPages: PublicPageCollection[]
  /** `?category=`, `?campaign=`… on the feeds and calendar. */
  feedFilters: FeedFilter[]
  webhooks: { allowPrivateAddresses: boolean; resolveHost?: ResolveHost }
  trainingRequests: {
    retentionDays: number
    consent: { version: string; wording: string }
  }
  giftAid: { wordings: Record<string, string> }
  /** Site search's collections; empty when search is off. */
  search: SearchCollection[]
  disabled: boolean
}

type WithCustomConfig = { config: { custom?: Record<string, unknown> } }

/**
 * The resolved options of the running config (the plugin records them in
 * `config.custom.charity`), for code that only has `payload`: CLIs, shared
 * donation code, admin components. Defaults when the plugin is absent.
 */
export const charityContext = (payload: WithCustomConfig): CharityContext =>
  (payload.config.custom?.charity as CharityContext | undefined) ?? resolveOptions()

/** The slug a plugin collection has in the running config (renamed, or null when left out). */
export const charitySlug = (payload: WithCustomConfig, key: CharityCollectionKey): null | string =>
  charityContext(payload).slugs[key]

/**
 * The slug of a collection the caller knows is in this config (a registry
 * entry `requires` it, or documents were just found in it), without a cast:
 * should that ever stop being true, the error names the collection.
 */
export const slugInConfig = (
  ctx: Pick<CharityContext, 'slugs'>,
  key: CharityCollectionKey,
): string => {
  const slug = ctx.slugs[key]
  if (!slug) throw new Error(`charityPlugin: the "${key}" collection is needed here but left out.`)
  return slug
}
