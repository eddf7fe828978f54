import type { CollectionConfig, Config, Field, GlobalConfig, Plugin } from 'payload'

import type {
  CharityCollectionKey,
  CharityGlobalKey,
  CharityPluginOptions,
  CollectionOverride,
  GlobalOverride,
} from './types.ts'

import { Campaigns } from '../collections/Campaigns/index.ts'
import { Categories } from '../collections/Categories.ts'
import { DonationAppeals } from '../collections/DonationAppeals/index.ts'
import { Events } from '../collections/Events/index.ts'
import { Media } from '../collections/Media.ts'
import { Posts } from '../collections/Posts/index.ts'
import { Users } from '../collections/Users/index.ts'
import { Navigation } from '../globals/Navigation.ts'
import { SiteSettings } from '../globals/SiteSettings.ts'
import { roleField } from './fields/role.ts'

/** The plugin's collections, in the order the admin lists them (users are handled apart). */
const COLLECTIONS: Partial<Record<Exclude<CharityCollectionKey, 'users'>, CollectionConfig>> = {
  posts: Posts,
  events: Events,
  campaigns: Campaigns,
  categories: Categories,
  media: Media,
  donationAppeals: DonationAppeals,
}

const GLOBALS: Record<CharityGlobalKey, GlobalConfig> = {
  siteSettings: SiteSettings,
  navigation: Navigation,
}

/** Apply a user's override to one of the plugin's collections or globals. */
const applyOverride = <T extends CollectionConfig | GlobalConfig>(
  base: T,
  override: CollectionOverride | GlobalOverride | undefined,
): T => {
  if (!override) return base
  const { fields, ...rest } = override
  return {
    ...base,
    ...rest,
    admin: { ...base.admin, ...rest.admin },
    access: { ...base.access, ...rest.access },
    hooks: { ...base.hooks, ...rest.hooks },
    fields: fields ? fields({ defaultFields: base.fields }) : base.fields,
  } as T
}

const hasField = (fields: Field[], name: string): boolean =>
  fields.some((field) => 'name' in field && field.name === name)

/** `disabled: true`: the same schema, without the plugin's behaviour. */
const withoutBehaviour = <T extends CollectionConfig | GlobalConfig>(config: T): T => ({
  ...config,
  hooks: {},
  endpoints: [],
})

/**
 * `charityPlugin(options)(config)`: adds the charity's collections, globals,
 * access rules, hooks and endpoints to any Payload config, keeping what the
 * host already has.
 */
export const charityPlugin =
  (options: CharityPluginOptions = {}): Plugin =>
  (incomingConfig: Config): Config => {
    const usersSlug = options.usersCollection ?? 'users'
    const behaviour = <T extends CollectionConfig | GlobalConfig>(config: T): T =>
      options.disabled ? withoutBehaviour(config) : config
    const collections = [...(incomingConfig.collections ?? [])]

    // Users: add `role` to the host's auth collection, or bring our own.
    const existingUsers = collections.findIndex((collection) => collection.slug === usersSlug)
    if (existingUsers >= 0) {
      const host = collections[existingUsers]
      collections[existingUsers] = {
        ...host,
        fields: hasField(host.fields, 'role') ? host.fields : [...host.fields, roleField()],
      }
    } else if (options.collections?.users !== false) {
      const users = applyOverride({ ...Users, slug: usersSlug }, options.collections?.users || undefined)
      collections.push(behaviour({ ...users, fields: [...users.fields, roleField()] }))
    }

    for (const [key, base] of Object.entries(COLLECTIONS) as [keyof typeof COLLECTIONS, CollectionConfig][]) {
      const option = options.collections?.[key]
      if (option === false) continue
      collections.push(behaviour(applyOverride(base, option)))
    }

    const globals = [...(incomingConfig.globals ?? [])]
    for (const [key, base] of Object.entries(GLOBALS) as [CharityGlobalKey, GlobalConfig][]) {
      const option = options.globals?.[key]
      if (option === false) continue
      globals.push(behaviour(applyOverride(base, option)))
    }

    return {
      ...incomingConfig,
      admin: {
        ...incomingConfig.admin,
        user: incomingConfig.admin?.user ?? usersSlug,
      },
      collections,
      globals,
    }
  }
