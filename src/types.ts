import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import type { BodyLimitName, ClientAddress, RateLimitOptions } from './limits/rules.ts'
import type { CharityCollectionKey, CharityGlobalKey, SearchableKey } from './registry.ts'
import type { PageUrl } from './utilities/pageUrl.ts'
import type { ResolveHost } from './webhooks/addresses.ts'

export type { ResolvedAddress, ResolveHost } from './webhooks/addresses.ts'

export type { CharityRole } from './access/roles.ts'
export type { CharityContext } from './context.ts'
export type {
  BodyLimitName,
  ClientAddress,
  RateLimitName,
  RateLimitOptions,
  RateLimitSetting,
} from './limits/rules.ts'
export type { RateLimitStore } from './limits/store.ts'
export type { PageUrl, PageUrlArgs } from './utilities/pageUrl.ts'
/** The keys of `collections` and `globals`: one per entry of the registry (src/registry.ts). */
export type { CharityCollectionKey, CharityGlobalKey } from './registry.ts'

/**
 * Change a generated collection: any partial config, plus a field-list
 * function. Hooks and endpoints are added to the plugin's (they run after
 * them); `access` keys replace the plugin's rule for that operation only.
 */
export type CollectionOverride = Partial<Omit<CollectionConfig, 'fields'>> & {
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

/** The same for a global. */
export type GlobalOverride = Partial<Omit<GlobalConfig, 'fields'>> & {
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

/** `false` leaves it out; an object overrides it; omitted keeps the default. */
export type CollectionOption = CollectionOverride | false
export type GlobalOption = GlobalOverride | false

export type CharityPluginOptions = {
  collections?: Partial<Record<CharityCollectionKey, CollectionOption>>
  globals?: Partial<Record<CharityGlobalKey, GlobalOption>>
  /** The auth collection that gains `role`. Added to the host's collection when it exists. */
  usersCollection?: string
  /** Secret for signing donation webhooks; without one the webhook answers 503. */
  donationsWebhookSecret?: string
  /**
   * The website's base address (e.g. `https://example.org`): turns on preview
   * and live preview in the admin, and gives feeds and calendars their links.
   */
  websiteUrl?: string
  /**
   * Where a document's page is on the website: the one place page addresses
   * are made (preview, live preview, feeds, calendars, JSON-LD, the sitemap,
   * webhooks' `url`, redirects). Default: `<websiteUrl>/<section>/<slug>`
   * (pages at their nested path, `/about/team`), with `/<locale>` before the
   * path for every language but the default (`/cy/posts/…`); null without
   * `websiteUrl`. Return null for a document that has no page.
   */
  pageUrl?: PageUrl
  /**
   * Draft mode on the website (see docs/website-developers.md, "Previews"):
   * with a `secret`, the admin's Preview and Live Preview open
   * `<websiteUrl><route>?secret=…&path=<the page's path>` (route default
   * `/api/preview`), which the website checks before it turns draft mode on.
   */
  preview?: { secret?: string; route?: string }
  /**
   * `GET /api/sitemap.xml`: past `maxUrls` URLs (default and most 50,000,
   * the sitemaps.org limit) it becomes a sitemap index of smaller files.
   */
  sitemap?: { maxUrls?: number }
  /** Titles of the public feeds. */
  feeds?: { postsTitle?: string; calendarName?: string }
  /** Where uploaded files are stored (`upload.staticDir` of the media collection); Payload's default when unset. */
  mediaDir?: string
  /**
   * What an anonymous read may cost on the plugin's collections: a larger
   * `limit` (or `limit=0`) is served as `maxLimit`, a deeper `depth` as
   * `maxDepth`. Defaults: 100 and 3. Staff are not limited.
   */
  publicReads?: { maxLimit?: number; maxDepth?: number }
  /** How deeply a GraphQL query may nest (default 12); Payload's own complexity limit also applies. */
  graphQLMaxDepth?: number
  /** How many aliased fields one GraphQL operation may hold (default 15). */
  graphQLMaxAliases?: number
  /**
   * Rate limits of the plugin's public endpoints and of logins and password
   * resets (every rule, its default and its key: docs/plugin.md, "Limits and
   * guards"); `false` turns them all off (load tests only).
   */
  rateLimits?: false | RateLimitOptions
  /** The largest body, in bytes, each endpoint that takes one reads (default 64 kB each). */
  bodyLimits?: Partial<Record<BodyLimitName, number>>
  /**
   * The client's address, for the per-address rate limits. By default none is
   * known (no header a client could forge is trusted) and every client shares
   * one count: behind a proxy, pass e.g. `forwardedFor(1)`.
   */
  clientAddress?: ClientAddress
  /** Outbound webhooks (the `webhook-endpoints` and `webhook-deliveries` collections). */
  webhooks?: {
    /**
     * Deliver to loopback, private, link-local and cloud metadata addresses.
     * Off by default: a webhook URL must not reach into the server's own
     * network. Turn on for local development and tests only.
     */
    allowPrivateAddresses?: boolean
    /**
     * How a webhook's host name becomes addresses (default: the system's
     * resolver). Each answer is checked as above and the connection goes to the
     * checked address, never to a second lookup (DNS rebinding). For a
     * resolver of your own (e.g. DNS over HTTPS) and for tests.
     */
    resolveHost?: ResolveHost
  }
  /**
   * Days a closed training request (completed or declined) keeps the
   * requester's personal details before a daily job erases them; the anonymous
   * facts (region, town, numbers, status, dates) stay for reporting. Default 365.
   */
  trainingRequestRetentionDays?: number
  /**
   * The consent a requester agrees to. Its `version` is stored with each
   * request: give a new version whenever the wording changes.
   */
  trainingRequestConsent?: { version: string; wording: string }
  /**
   * Gift Aid: the declaration wordings donors may have seen, by version (each
   * declaration stores the version and its exact wording).
   */
  giftAid?: { wordings?: Record<string, string> }
  /**
   * Site search (`GET /api/search`, docs/website-developers.md): `false` turns
   * it off; `collections: { <key>: false }` leaves one collection out of it.
   */
  search?: false | { collections?: Partial<Record<SearchableKey, false>> }
  /** Keep the schema (stable migrations) but turn the plugin's hooks and endpoints off. */
  disabled?: boolean
}
