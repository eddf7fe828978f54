import type { CollectionConfig, Field, GlobalConfig } from 'payload'

export type { CharityRole } from './access/roles.ts'

/** Change a generated collection: any partial config, plus a field-list function. */
export type CollectionOverride = Partial<Omit<CollectionConfig, 'fields'>> & {
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

export type GlobalOverride = Partial<Omit<GlobalConfig, 'fields'>> & {
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

/** `false` leaves it out; an object overrides it; omitted keeps the default. */
export type CollectionOption = CollectionOverride | false
export type GlobalOption = GlobalOverride | false

export type CharityCollectionKey =
  | 'campaigns'
  | 'categories'
  | 'donationAppeals'
  | 'donations'
  | 'events'
  | 'media'
  | 'posts'
  | 'users'

export type CharityGlobalKey = 'navigation' | 'siteSettings'

export type CharityPluginOptions = {
  collections?: Partial<Record<CharityCollectionKey, CollectionOption>>
  globals?: Partial<Record<CharityGlobalKey, GlobalOption>>
  /** The auth collection that gains `role`. Added to the host's collection when it exists. */
  usersCollection?: string
  /** Secret for signing donation webhooks. Defaults to `DONATIONS_WEBHOOK_SECRET`. */
  donationsWebhookSecret?: string
  /** Keep the schema (stable migrations) but turn hooks and endpoints off. */
  disabled?: boolean
}
