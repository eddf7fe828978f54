import type { CollectionConfig, GlobalConfig } from 'payload'

import type { CharityContext } from './context.ts'

import { campaignsCollection } from '../collections/Campaigns/index.ts'
import { categoriesCollection } from '../collections/Categories.ts'
import { donationAppealsCollection } from '../collections/DonationAppeals/index.ts'
import { donationsCollection } from '../collections/Donations/index.ts'
import { eventOccurrencesCollection } from '../collections/EventOccurrences.ts'
import { eventsCollection } from '../collections/Events/index.ts'
import { giftAidDeclarationsCollection } from '../collections/GiftAidDeclarations/index.ts'
import { groupsCollection } from '../collections/Groups/index.ts'
import { mediaCollection } from '../collections/Media/index.ts'
import { pagesCollection } from '../collections/Pages/index.ts'
import { postsCollection } from '../collections/Posts/index.ts'
import { privacyAuditLogCollection } from '../collections/PrivacyAuditLog.ts'
import { redirectsCollection } from '../collections/Redirects/index.ts'
import { trainingRequestsCollection } from '../collections/TrainingRequests/index.ts'
import { usersCollection } from '../collections/Users/index.ts'
import { webhookDeliveriesCollection } from '../collections/WebhookDeliveries.ts'
import { webhookEndpointsCollection } from '../collections/WebhookEndpoints/index.ts'
import { navigationGlobal } from '../globals/Navigation.ts'
import { siteSettingsGlobal } from '../globals/SiteSettings.ts'

/** One of the plugin's collections: everything the plugin knows about it, in one place. */
export type CollectionEntry<Key extends string = string> = {
  /** Its slug unless the host renames it (`collections.<key>.slug`): part of the API contract. */
  slug: string
  /** Builds it from the resolved options, under its final slug. */
  build: (ctx: CharityContext, slug: string) => CollectionConfig
  /**
   * It has pages on the website: its changes are announced to webhooks and it
   * serves JSON-LD; `linkable`, rich text and navigation may link to it.
   * `order` is its place in those lists, which the stored schema follows (the
   * webhook events' options, the link fields' relation columns): a new
   * collection takes the next number, so a database only ever gains values.
   */
  publicPages?: { order: number; linkable: boolean }
  /**
   * Site search finds its published documents (src/search): the field that
   * is its title, the fields whose words count besides (text, rich text,
   * related names, groups of these), and the date that makes it recent.
   */
  search?: SearchFields
  /** Collections it cannot work without: start-up refuses a config that leaves one of them out. */
  requires?: readonly Key[]
  /** It exists only to serve this one: left out with it, unless the host configures it itself. */
  follows?: Key
}

/** What site search reads of a collection's documents. */
export type SearchFields = {
  title: string
  text: readonly string[]
  date?: string
  /** How deep relations are read for their words: 1 (default) counts a related document's title; 0 counts none. */
  depth?: 0 | 1
  /** Fields besides `slug` that the page's address is made from (a nested page's parents). */
  address?: readonly string[]
}

/** One of the plugin's globals. */
export type GlobalEntry = {
  /** Its slug unless the host renames it (`globals.<key>.slug`). */
  slug: string
  build: (ctx: CharityContext, slug: string) => GlobalConfig
}

/** Checks every entry against the registry's own keys (`requires`, `follows`) and keeps the literal slugs. */
const defineCollections = <
  const T extends { [K in keyof T]: CollectionEntry<Extract<keyof T, string>> },
>(
  entries: T,
): T => entries

/**
 * The plugin's collections, in the order the config gets them (and the admin
 * lists them). Adding a collection is one entry here: the option keys, the
 * default slugs, the public-page and link lists and the checks at start-up
 * all come from these entries.
 *
 * Each builder is called through an arrow rather than named: collections
 * import the ledger and options, which import this file, so whichever module
 * loads first, nothing here reads a builder before its module has run.
 */
export const COLLECTIONS = defineCollections({
  posts: {
    slug: 'posts',
    build: (ctx, slug) => postsCollection(ctx, slug),
    publicPages: { order: 1, linkable: true },
    search: { title: 'title', text: ['excerpt', 'content', 'categories'], date: 'publishedAt' },
  },
  events: {
    slug: 'events',
    build: (ctx, slug) => eventsCollection(ctx, slug),
    publicPages: { order: 2, linkable: true },
    // Its occurrences list reads them (src/recurrence/store.ts).
    requires: ['eventOccurrences'],
    search: { title: 'title', text: ['summary', 'description', 'venue', 'speakers'] },
  },
  groups: {
    slug: 'groups',
    build: (ctx, slug) => groupsCollection(ctx, slug),
    publicPages: { order: 5, linkable: true },
    search: { title: 'name', text: ['summary', 'description', 'town', 'meets'] },
  },
  campaigns: {
    slug: 'campaigns',
    build: (ctx, slug) => campaignsCollection(ctx, slug),
    publicPages: { order: 3, linkable: true },
    search: { title: 'title', text: ['summary', 'description', 'hashtags'] },
  },
  categories: { slug: 'categories', build: (ctx, slug) => categoriesCollection(ctx, slug) },
  media: { slug: 'media', build: (ctx, slug) => mediaCollection(ctx, slug) },
  donationAppeals: {
    slug: 'donation-appeals',
    build: (ctx, slug) => donationAppealsCollection(ctx, slug),
    publicPages: { order: 4, linkable: true },
    search: { title: 'title', text: ['summary', 'story'] },
  },
  donations: {
    slug: 'donations',
    build: (ctx, slug) => donationsCollection(ctx, slug),
    requires: ['donationAppeals'],
  },
  giftAidDeclarations: {
    slug: 'gift-aid-declarations',
    build: (ctx, slug) => giftAidDeclarationsCollection(ctx, slug),
    requires: ['donations'],
    // A host that left out the ledger before Gift Aid existed keeps starting.
    follows: 'donations',
  },
  webhookEndpoints: {
    slug: 'webhook-endpoints',
    build: (ctx, slug) => webhookEndpointsCollection(ctx, slug),
    requires: ['webhookDeliveries'],
  },
  webhookDeliveries: {
    slug: 'webhook-deliveries',
    build: (ctx, slug) => webhookDeliveriesCollection(ctx, slug),
    requires: ['webhookEndpoints'],
  },
  trainingRequests: {
    slug: 'training-requests',
    build: (ctx, slug) => trainingRequestsCollection(ctx, slug),
  },
  privacyAuditLog: {
    slug: 'privacy-audit-log',
    build: (ctx, slug) => privacyAuditLogCollection(ctx, slug),
  },
  // Pages come after the collections that were there before them: Payload numbers compound
  // indexes in config order, and a database keeps the names it has.
  pages: {
    slug: 'pages',
    build: (ctx, slug) => pagesCollection(ctx, slug),
    publicPages: { order: 6, linkable: true },
    // The blocks' own words; at depth 0, not the titles of the events, posts or appeal they show.
    search: { title: 'title', text: ['summary', 'layout'], depth: 0, address: ['parent', 'title'] },
  },
  redirects: {
    slug: 'redirects',
    build: (ctx, slug) => redirectsCollection(ctx, slug),
  },
  // Each event's occurrences, stored for the occurrences list (src/recurrence/store.ts).
  eventOccurrences: {
    slug: 'event-occurrences',
    build: (ctx, slug) => eventOccurrencesCollection(ctx, slug),
    requires: ['events'],
    follows: 'events',
  },
  // The accounts come last, and apart: the plugin adds `role` to the host's own
  // auth collection when it has one (`usersCollection`), and builds this one only when not.
  users: { slug: 'users', build: (ctx, slug) => usersCollection(ctx, slug) },
})

/** The plugin's globals, in the order the config gets them. */
export const GLOBALS = {
  siteSettings: { slug: 'site-settings', build: (ctx, slug) => siteSettingsGlobal(ctx, slug) },
  navigation: { slug: 'navigation', build: (ctx, slug) => navigationGlobal(ctx, slug) },
} as const satisfies Record<string, GlobalEntry>

export type Collections = typeof COLLECTIONS

/** A key of `collections` in the plugin's options. */
export type CharityCollectionKey = keyof Collections

/** A key of `globals` in the plugin's options. */
export type CharityGlobalKey = keyof typeof GLOBALS

/** A collection's slug unless the host renames it; the name Payload's generated types give it. */
export type DefaultSlug<K extends CharityCollectionKey> = Collections[K]['slug']

/** The collections with public pages. */
export type PublicPageKey = {
  [K in CharityCollectionKey]: Collections[K] extends { publicPages: object } ? K : never
}[CharityCollectionKey]

/** `Object.entries` that keeps the key type: the registries hold nothing but their own keys. */
export const entriesOf = <T extends object>(record: T) =>
  Object.entries(record) as { [K in keyof T]: [K, T[K]] }[keyof T][]

/** The default collection slugs (part of the public API contract). */
export const DEFAULT_SLUGS = Object.fromEntries(
  entriesOf(COLLECTIONS).map(([key, entry]) => [key, entry.slug]),
) as { readonly [K in CharityCollectionKey]: DefaultSlug<K> }

/** The default global slugs. */
export const DEFAULT_GLOBAL_SLUGS = Object.fromEntries(
  entriesOf(GLOBALS).map(([key, entry]) => [key, entry.slug]),
) as { readonly [K in CharityGlobalKey]: (typeof GLOBALS)[K]['slug'] }

/**
 * The collections with public pages, in their `order`: webhook sources,
 * JSON-LD, and (where `linkable`) link targets.
 */
export const PUBLIC_PAGE_COLLECTIONS: readonly {
  key: PublicPageKey
  linkable: boolean
}[] = entriesOf(COLLECTIONS)
  .flatMap(([key, entry]: [CharityCollectionKey, CollectionEntry]) =>
    // An entry with public pages is what PublicPageKey names; TypeScript cannot tie key to entry here.
    entry.publicPages ? [{ key: key as PublicPageKey, ...entry.publicPages }] : [],
  )
  .sort((a, b) => a.order - b.order)
  .map(({ key, linkable }) => ({ key, linkable }))

/** The collections site search can find, in the registry's order. */
export type SearchableKey = {
  [K in CharityCollectionKey]: Collections[K] extends { search: SearchFields } ? K : never
}[CharityCollectionKey]

export const SEARCHABLE_COLLECTIONS: readonly { key: SearchableKey; fields: SearchFields }[] =
  entriesOf(COLLECTIONS).flatMap(([key, entry]: [CharityCollectionKey, CollectionEntry]) =>
    // An entry with `search` is what SearchableKey names; TypeScript cannot tie key to entry here.
    entry.search ? [{ key: key as SearchableKey, fields: entry.search }] : [],
  )
