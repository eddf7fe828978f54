import type { CollectionConfig, Config, Field, GlobalConfig, PayloadRequest, Plugin } from 'payload'

import type { CharityContext } from './context.ts'
import type { CharityPluginOptions } from './types.ts'

import { withRedirectRecording } from '../collections/Redirects/hooks/recordMoves.ts'
import { accountGuards } from '../collections/Users/hooks/accountGuards.ts'
import { answerLockedAsIncorrect } from '../collections/Users/hooks/answerLockedAsIncorrect.ts'
import { isAdmin } from './access/isAdmin.ts'
import { lockJobStatistics } from './access/jobStats.ts'
import { hasRole } from './access/roles.ts'
import {
  globalReadOnlyForWebsitePreview,
  peopleOnly,
  readOnlyForWebsitePreview,
} from './access/websitePreview.ts'
import { applyOverride, mergeHooks, withoutBehaviour } from './builders/overrides.ts'
import { ADMIN_COMPONENTS } from './components/paths.ts'
import { withPreview } from './components/preview.ts'
import { addPluginIndexes, withSchemaHook } from './database/sqlIndexes.ts'
import { privacyEndpoints } from './endpoints/privacy.ts'
import { searchEndpoint } from './endpoints/search.ts'
import { sitemapEndpoint } from './endpoints/sitemap.ts'
import { coordinatedGroupsField } from './fields/coordinatedGroups.ts'
import { withLocaleFallbacks } from './fields/localeFallback.ts'
import { roleField } from './fields/role.ts'
import { eraseExpiredDeclarationsTask } from './giftAid/retention.ts'
import { graphQLAliasLimit } from './graphql/aliasLimit.ts'
import { graphQLDepthLimit } from './graphql/depthLimit.ts'
import { narrowCollectionReads } from './graphql/narrowReads.ts'
import { keepClientErrorMessages } from './guards/errorMessages.ts'
import {
  guardPayloadsOwnCollections,
  withGlobalInputGuards,
  withInputGuards,
} from './guards/hooks.ts'
import { boundPublicReads } from './hooks/boundPublicReads.ts'
import { clientErrorsAre400 } from './hooks/clientErrorsAre400.ts'
import { keepAppealTotalsIncrementOnly, warnWithoutLedgerTransactions } from './ledger/index.ts'
import { openApiEndpoint } from './openapi/document.ts'
import { resolveOptions } from './options.ts'
import { eventOccurrencesQuery } from './recurrence/graphql.ts'
import { COLLECTIONS, entriesOf, GLOBALS } from './registry.ts'
import { withRichTextHtml } from './richtext/htmlOnRequest.ts'
import { siteSearchQuery } from './search/graphql.ts'
import { withSearchHooks } from './search/hooks.ts'
import { withSearchTablesKept } from './search/push.ts'
import { ensureSearchTables } from './search/store.ts'
import { eraseClosedRequestsTask } from './trainingRequests/retention.ts'
import { withWebhookHooks, withWebhookJobs } from './webhooks/wiring.ts'

/** The plugin's own collections; the accounts come apart (they may be the host's). */
const { users: ACCOUNTS, ...CONTENT } = COLLECTIONS

const hasField = (fields: Field[], name: string): boolean =>
  fields.some((field) => 'name' in field && field.name === name)

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
/** Public page collections answer `?richText=html`, and GraphQL's `<field>Html`. */
const withPageHooks = (ctx: CharityContext, slug: string, collection: CollectionConfig) =>
  ctx.publicPages.some((page) => page.slug === slug)
    ? withRichTextHtml(ctx, collection)
    : collection

export const charityPlugin =
  (options: CharityPluginOptions = {}): Plugin =>
  (incomingConfig: Config): Config => {
    const localization = incomingConfig.localization || null
    const ctx = resolveOptions(options, {
      defaultLocale: localization?.defaultLocale ?? null,
      locales: (localization?.locales ?? []).map((locale) =>
        typeof locale === 'string' ? locale : locale.code,
      ),
    })
    const usersSlug = ctx.slugs.users
    const groupsSlug = ctx.slugs.groups

    /** `role`, and `groups` for coordinators when groups are in: added unless the host has them. */
    const withAccountFields = (fields: Field[]): Field[] => [
      ...fields,
      ...(hasField(fields, 'role') ? [] : [roleField()]),
      ...(groupsSlug && !hasField(fields, 'groups') ? [coordinatedGroupsField(groupsSlug)] : []),
    ]

    // The plugin's behaviour comes off before the host's override goes on, so `disabled` keeps the host's hooks.
    const build = <T extends CollectionConfig | GlobalConfig>(
      base: T,
      override: Parameters<typeof applyOverride>[1],
    ): T => applyOverride(ctx.disabled ? withoutBehaviour(base) : base, override)
    // Every plugin collection bounds what an anonymous read may cost, disabled or not (a protection, not a feature).
    const boundReads = boundPublicReads(ctx.publicReads)
    const bounded = (collection: CollectionConfig): CollectionConfig => ({
      ...collection,
      hooks: mergeHooks({ beforeOperation: [boundReads] }, collection.hooks),
    })

    const collections = [...(incomingConfig.collections ?? [])]
    const hostSlugs = new Set(collections.map((collection) => collection.slug))

    // Users: add `role` (and the rules that guard it) to the host's auth collection, or bring our own (below).
    const hostUsers = collections.findIndex((collection) => collection.slug === usersSlug)
    if (hostUsers >= 0) {
      const host = collections[hostUsers]
      collections[hostUsers] = withInputGuards(
        readOnlyForWebsitePreview({
          ...host,
          fields: withAccountFields(host.fields),
          // Payload lets any logged-in user unlock accounts unless told otherwise; the host's own rule wins.
          access: { unlock: isAdmin, admin: peopleOnly, ...host.access },
          hooks: mergeHooks(host.hooks, accountGuards()),
        }),
      )
    }

    // `_fallback` is a reading feature (a virtual field and its hooks, no column): `disabled` drops it.
    const localeFallbacks: typeof withLocaleFallbacks = (entity, kind) =>
      ctx.disabled ? entity : withLocaleFallbacks(entity, kind)

    for (const [key, entry] of entriesOf(CONTENT)) {
      const slug = ctx.slugs[key]
      if (!slug) continue
      if (hostSlugs.has(slug)) {
        throw new Error(
          `charityPlugin: the host already has a "${slug}" collection. Rename the plugin's with collections.${key}.slug, or leave it out with collections.${key}: false.`,
        )
      }
      const base = withPageHooks(ctx, slug, entry.build(ctx, slug))
      const withPages =
        'publicPages' in entry ? withRedirectRecording(ctx, withPreview(ctx, base)) : base
      collections.push(
        localeFallbacks(
          withInputGuards(
            readOnlyForWebsitePreview(
              bounded(
                build(
                  withSearchHooks(ctx, key, withWebhookHooks(ctx, 'collection', withPages)),
                  options.collections?.[key],
                ),
              ),
            ),
          ),
          'collection',
        ),
      )
    }

    // Our own accounts collection goes last, so the admin lists content before settings.
    if (hostUsers < 0 && options.collections?.users !== false) {
      const users = build(ACCOUNTS.build(ctx, usersSlug), options.collections?.users)
      collections.push(
        withInputGuards(
          readOnlyForWebsitePreview({ ...users, fields: withAccountFields(users.fields) }),
        ),
      )
    }

    const globals = [...(incomingConfig.globals ?? [])]
    const hostGlobals = new Set(globals.map((global) => global.slug))
    for (const [key, entry] of entriesOf(GLOBALS)) {
      const slug = ctx.globalSlugs[key]
      if (!slug) continue
      if (hostGlobals.has(slug)) {
        throw new Error(
          `charityPlugin: the host already has a "${slug}" global. Rename the plugin's with globals.${key}.slug, or leave it out with globals.${key}: false.`,
        )
      }
      globals.push(
        localeFallbacks(
          withGlobalInputGuards(
            globalReadOnlyForWebsitePreview(
              build(
                withWebhookHooks(ctx, 'global', entry.build(ctx, slug)),
                options.globals?.[key],
              ),
            ),
          ),
          'global',
        ),
      )
    }

    // The plugin's tables, as Payload's SQL adapters name them (`donation-appeals` → `donation_appeals`).
    const tablePrefixes = entriesOf(CONTENT)
      .map(([key]) => ctx.slugs[key])
      .filter((slug): slug is string => Boolean(slug))
      .map((slug) => slug.replace(/-/g, '_'))

    return {
      ...incomingConfig,
      db: withSearchTablesKept(withSchemaHook(incomingConfig.db, addPluginIndexes(tablePrefixes))),
      admin: {
        ...incomingConfig.admin,
        user: incomingConfig.admin?.user ?? usersSlug,
        components: {
          ...incomingConfig.admin?.components,
          // Appended, so the host's own dashboard panels keep their place.
          beforeDashboard: [
            ...(incomingConfig.admin?.components?.beforeDashboard ?? []),
            ADMIN_COMPONENTS.editorsDashboard,
            ...(ctx.slugs.webhookEndpoints ? [ADMIN_COMPONENTS.deactivatedWebhooks] : []),
          ],
        },
        // Always in the import map: the preview notice is used only without a website address, and
        // the environment that generates the map (development defaults one) may well have it.
        dependencies: {
          ...incomingConfig.admin?.dependencies,
          charityPreviewNotice: { path: ADMIN_COMPONENTS.previewNotice, type: 'component' },
        },
      },
      collections,
      globals,
      hooks: {
        ...incomingConfig.hooks,
        // Appended: a host's own error hooks run first and can still answer differently.
        afterError: [
          ...(incomingConfig.hooks?.afterError ?? []),
          clientErrorsAre400,
          keepClientErrorMessages,
          answerLockedAsIncorrect,
        ],
      },
      graphQL: {
        ...incomingConfig.graphQL,
        // The host's own queries stay; site search and event occurrences are added beside them.
        // The plugin's collections are read as narrowly as the query asks (graphql/narrowReads.ts).
        queries: ctx.disabled
          ? incomingConfig.graphQL?.queries
          : (GraphQL, info) => {
              narrowCollectionReads(
                info,
                // The plugin's own collections; the host's users collection is the host's.
                Object.entries(ctx.slugs).flatMap(([key, slug]) =>
                  key !== 'users' && slug ? [slug] : [],
                ),
              )
              return {
                ...incomingConfig.graphQL?.queries?.(GraphQL, info),
                ...(ctx.search.length ? siteSearchQuery(ctx)(GraphQL, info) : {}),
                ...(ctx.slugs.events
                  ? eventOccurrencesQuery(ctx, ctx.slugs.events)(GraphQL, info)
                  : {}),
              }
            },
        // Appended after the host's own rules: Payload already limits complexity; this limits nesting.
        validationRules: (args) => [
          ...(incomingConfig.graphQL?.validationRules?.(args) ?? []),
          graphQLDepthLimit(ctx.graphQLMaxDepth),
          graphQLAliasLimit(ctx.graphQLMaxAliases),
        ],
      },
      // Appended after the host's own; `disabled` turns the plugin's endpoints off.
      endpoints: [
        ...(incomingConfig.endpoints ?? []),
        ...(ctx.disabled ? [] : [openApiEndpoint(ctx), sitemapEndpoint(ctx)]),
        ...(ctx.disabled || !ctx.slugs.privacyAuditLog ? [] : privacyEndpoints),
        ...(ctx.disabled || !ctx.search.length ? [] : [searchEndpoint(ctx)]),
      ],
      jobs: {
        // The webhook tasks and their queue's run are appended; the host's own tasks and crons stay.
        ...incomingConfig.jobs,
        ...withWebhookJobs(ctx, {
          ...incomingConfig.jobs,
          // Appended: the host's own tasks stay, and run in whatever queue runner it has.
          tasks: [
            ...(incomingConfig.jobs?.tasks ?? []),
            ...(ctx.slugs.trainingRequests && !ctx.disabled
              ? [eraseClosedRequestsTask(ctx, ctx.slugs.trainingRequests)]
              : []),
            ...(ctx.slugs.giftAidDeclarations && !ctx.disabled
              ? [eraseExpiredDeclarationsTask(ctx.slugs.giftAidDeclarations)]
              : []),
          ],
        }),
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
        guardPayloadsOwnCollections(payload)
        lockJobStatistics(payload)
        const appealsSlug = ctx.slugs.donationAppeals
        if (appealsSlug && !ctx.disabled) keepAppealTotalsIncrementOnly(payload, appealsSlug)
        if (ctx.slugs.donations && !ctx.disabled) await warnWithoutLedgerTransactions(payload)
        // Made even when disabled, like the rest of the schema, so turning the plugin back on finds it.
        if (ctx.search.length) await ensureSearchTables(payload)
      },
      custom: {
        ...incomingConfig.custom,
        // The secret stays with the webhook that uses it, out of anything that might print the config.
        charity: { ...ctx, donationsWebhookSecret: undefined } satisfies CharityContext,
      },
    }
  }
