import type { CollectionConfig, Config, Field, GlobalConfig, PayloadRequest, Plugin } from 'payload'

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
import { Donations } from '../collections/Donations/index.ts'
import { Events } from '../collections/Events/index.ts'
import { Media } from '../collections/Media.ts'
import { Posts } from '../collections/Posts/index.ts'
import { makeFirstUserAdmin } from '../collections/Users/hooks/makeFirstUserAdmin.ts'
import { preventOwnRoleChange } from '../collections/Users/hooks/preventOwnRoleChange.ts'
import { refuseRoleChangeByNonAdmins } from '../collections/Users/hooks/refuseRoleChangeByNonAdmins.ts'
import { Users } from '../collections/Users/index.ts'
import { Navigation } from '../globals/Navigation.ts'
import { SiteSettings } from '../globals/SiteSettings.ts'
import { ADMIN_COMPONENTS } from './components/paths.ts'
import { frontendPreview } from './components/preview.ts'
import { remapFields, type SlugMap } from './config/remapSlugs.ts'
import { isAdmin } from './access/isAdmin.ts'
import { hasRole } from './access/roles.ts'
import { keepAppealTotalsIncrementOnly } from './donations/incrementOnlyTotals.ts'
import { donationsWebhook } from './endpoints/donationsWebhook.ts'
import { roleField } from './fields/role.ts'
import { keepAuthorsToDrafts } from './hooks/keepAuthorsToDrafts.ts'
import { preventAuthorPublishing } from './hooks/preventAuthorPublishing.ts'
import { setCreatedBy } from './hooks/setCreatedBy.ts'
import { type CharityCollectionSlugs, SLUGS } from './slugs.ts'

type PluginCollectionKey = Exclude<CharityCollectionKey, 'users'>

/** The plugin's collections, in the order the admin lists them (users are handled apart). */
const COLLECTIONS: Partial<Record<PluginCollectionKey, CollectionConfig>> = {
  posts: Posts,
  events: Events,
  campaigns: Campaigns,
  categories: Categories,
  media: Media,
  donationAppeals: DonationAppeals,
  donations: Donations,
}

const GLOBALS: Record<CharityGlobalKey, GlobalConfig> = {
  siteSettings: SiteSettings,
  navigation: Navigation,
}

/** Collections with pages on the website, and the path each lives under there (for preview). */
const WEBSITE_PATHS: Partial<Record<PluginCollectionKey, string>> = {
  posts: SLUGS.posts,
  events: SLUGS.events,
  campaigns: SLUGS.campaigns,
  donationAppeals: SLUGS.donationAppeals,
}

/** Collections that cannot work without another one. */
const REQUIRES: Partial<Record<PluginCollectionKey, PluginCollectionKey>> = {
  donations: 'donationAppeals',
}

/**
 * Hooks that enforce access rules rather than add behaviour: they stay on
 * when the plugin is `disabled`, or the roles would stop meaning anything.
 */
const ACCESS_HOOKS = new Set<unknown>([
  keepAuthorsToDrafts,
  preventAuthorPublishing,
  setCreatedBy,
  makeFirstUserAdmin,
  preventOwnRoleChange,
  refuseRoleChangeByNonAdmins,
])

/** The hooks the plugin adds to a host's own auth collection. */
const USER_ACCESS_HOOKS = [makeFirstUserAdmin, preventOwnRoleChange]

/** Apply a user's override to one of the plugin's collections or globals. */
const applyOverride = <T extends CollectionConfig | GlobalConfig>(
  base: T,
  override: CollectionOverride | GlobalOverride | false | undefined,
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

/** `disabled: true`: the same schema, without the plugin's behaviour (access rules stay). */
const withoutBehaviour = <T extends CollectionConfig | GlobalConfig>(config: T): T => {
  const hooks = Object.fromEntries(
    Object.entries(config.hooks ?? {}).map(([name, list]) => [
      name,
      Array.isArray(list) ? list.filter((hook) => ACCESS_HOOKS.has(hook)) : list,
    ]),
  )
  return { ...config, hooks, endpoints: [] }
}

const editorsOnly = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'editor', 'admin')

/**
 * Payload fills in its own `defaultAccess` (any logged-in user) before plugins
 * run, so "the host set nothing" shows up as that function, recognised by name.
 */
const keepHostRule = <T extends (...args: never[]) => unknown>(host: T | undefined, ours: T): T =>
  host && host.name !== 'defaultAccess' ? host : ours

/**
 * `charityPlugin(options)(config)`: adds the charity's collections, globals,
 * roles, access rules, hooks and endpoints to any Payload config. What the host
 * already has is kept; the plugin's parts are appended or chained after it.
 */
export const charityPlugin =
  (options: CharityPluginOptions = {}): Plugin =>
  (incomingConfig: Config): Config => {
    const usersSlug = options.usersCollection ?? SLUGS.users
    const webhookSecret = options.donationsWebhookSecret ?? process.env.DONATIONS_WEBHOOK_SECRET
    const entries = Object.entries(COLLECTIONS) as [PluginCollectionKey, CollectionConfig][]

    // Where every default slug points in this config (renamed, or null when left out).
    const finalSlugs: { -readonly [K in keyof CharityCollectionSlugs]: CharityCollectionSlugs[K] } = {
      ...SLUGS,
      users: usersSlug,
    }
    for (const key of Object.keys(SLUGS) as (keyof typeof SLUGS)[]) {
      if (key === 'users') continue
      const base = COLLECTIONS[key as PluginCollectionKey]
      const option = options.collections?.[key]
      finalSlugs[key] = !base || option === false ? null : (option && option.slug) || base.slug
    }
    for (const [key, needed] of Object.entries(REQUIRES) as [PluginCollectionKey, PluginCollectionKey][]) {
      if (finalSlugs[key] && !finalSlugs[needed]) {
        throw new Error(
          `charityPlugin: the "${key}" collection needs "${needed}". Leave "${needed}" in, or set collections.${key} to false as well.`,
        )
      }
    }
    const slugMap: SlugMap = new Map(
      (Object.keys(SLUGS) as (keyof typeof SLUGS)[]).map((key) => [SLUGS[key], finalSlugs[key]]),
    )

    const behaviour = <T extends CollectionConfig | GlobalConfig>(config: T): T =>
      options.disabled ? withoutBehaviour(config) : config
    const remapped = <T extends CollectionConfig | GlobalConfig>(config: T): T => ({
      ...config,
      fields: remapFields(config.fields, slugMap),
    })

    const collections = [...(incomingConfig.collections ?? [])]
    const hostSlugs = new Set(collections.map((collection) => collection.slug))

    // Users: add `role` (and the rules that guard it) to the host's auth collection, or bring our own (below).
    const hostUsers = collections.findIndex((collection) => collection.slug === usersSlug)
    if (hostUsers >= 0) {
      const host = collections[hostUsers]
      collections[hostUsers] = {
        ...host,
        fields: hasField(host.fields, 'role') ? host.fields : [...host.fields, roleField()],
        // Payload lets any logged-in user unlock accounts unless told otherwise; the host's own rule wins.
        access: { unlock: isAdmin, ...host.access },
        hooks: {
          ...host.hooks,
          beforeOperation: [...(host.hooks?.beforeOperation ?? []), refuseRoleChangeByNonAdmins],
          beforeChange: [...(host.hooks?.beforeChange ?? []), ...USER_ACCESS_HOOKS],
        },
      }
    }

    for (const [key, base] of entries) {
      const option = options.collections?.[key]
      if (option === false) continue
      const websitePath = WEBSITE_PATHS[key]
      // Preview goes in before the override, so a host's own `admin.preview` wins.
      const withPreview = websitePath ? { ...base, admin: { ...base.admin, ...frontendPreview(websitePath) } } : base
      // The webhook carries the secret, so it is built here rather than in the collection file.
      const withWebhook =
        key === 'donations'
          ? { ...withPreview, endpoints: [...(withPreview.endpoints || []), donationsWebhook(webhookSecret)] }
          : withPreview
      const collection = behaviour(remapped(applyOverride(withWebhook, option)))
      if (hostSlugs.has(collection.slug)) {
        throw new Error(
          `charityPlugin: the host already has a "${collection.slug}" collection. Rename the plugin's with collections.${key}.slug, or leave it out with collections.${key}: false.`,
        )
      }
      collections.push(collection)
    }

    // Our own accounts collection goes last, so the admin lists content before settings.
    if (hostUsers < 0 && options.collections?.users !== false) {
      const users = applyOverride({ ...Users, slug: usersSlug }, options.collections?.users)
      collections.push(behaviour({ ...users, fields: [...users.fields, roleField()] }))
    }

    const globals = [...(incomingConfig.globals ?? [])]
    const hostGlobals = new Set(globals.map((global) => global.slug))
    for (const [key, base] of Object.entries(GLOBALS) as [CharityGlobalKey, GlobalConfig][]) {
      const option = options.globals?.[key]
      if (option === false) continue
      const global = behaviour(remapped(applyOverride(base, option)))
      if (hostGlobals.has(global.slug)) {
        throw new Error(
          `charityPlugin: the host already has a "${global.slug}" global. Rename the plugin's with globals.${key}.slug, or leave it out with globals.${key}: false.`,
        )
      }
      globals.push(global)
    }

    return {
      ...incomingConfig,
      admin: {
        ...incomingConfig.admin,
        user: incomingConfig.admin?.user ?? usersSlug,
        components: {
          ...incomingConfig.admin?.components,
          // Appended, so the host's own dashboard panels keep their place.
          beforeDashboard: [...(incomingConfig.admin?.components?.beforeDashboard ?? []), ADMIN_COMPONENTS.editorsDashboard],
        },
      },
      collections,
      globals,
      jobs: {
        ...incomingConfig.jobs,
        // Payload lets any logged-in user run, queue and cancel jobs; scheduled publishing is
        // an editor's power, so an author must not trigger or cancel it. A host's own rule wins.
        access: {
          cancel: keepHostRule(incomingConfig.jobs?.access?.cancel, editorsOnly),
          queue: keepHostRule(incomingConfig.jobs?.access?.queue, editorsOnly),
          run: keepHostRule(incomingConfig.jobs?.access?.run, editorsOnly),
        },
      },
      onInit: async (payload) => {
        await incomingConfig.onInit?.(payload)
        const appealsSlug = finalSlugs.donationAppeals
        if (appealsSlug && !options.disabled) keepAppealTotalsIncrementOnly(payload, appealsSlug)
      },
      custom: {
        ...incomingConfig.custom,
        charity: { slugs: finalSlugs, disabled: Boolean(options.disabled) },
      },
    }
  }
