import type { CollectionConfig, Config } from 'payload'

import { hideWhetherAccountsExist } from '../../collections/Users/hooks/hideWhetherAccountsExist.ts'
import { keepEditorsToCoordinatorGroups } from '../../collections/Users/hooks/keepEditorsToCoordinatorGroups.ts'
import { limitSignInAttempts } from '../../collections/Users/hooks/limitSignInAttempts.ts'
import { makeFirstUserAdmin } from '../../collections/Users/hooks/makeFirstUserAdmin.ts'
import { preventOwnRoleChange } from '../../collections/Users/hooks/preventOwnRoleChange.ts'
import { refuseGroupChangeByNonEditors } from '../../collections/Users/hooks/refuseGroupChangeByNonEditors.ts'
import { refuseRoleChangeByNonAdmins } from '../../collections/Users/hooks/refuseRoleChangeByNonAdmins.ts'
import { accessHook, isAccessHook } from '../../src/access/accessHook.ts'
import { withoutBehaviour } from '../../src/builders/overrides.ts'
import { COLLECTION_INPUT_GUARDS } from '../../src/guards/hooks.ts'
import { keepAuthorsToDrafts } from '../../src/hooks/keepAuthorsToDrafts.ts'
import {
  confirmCoordinatorsOwnGroup,
  keepCoordinatorsToOwnGroups,
} from '../../src/hooks/keepCoordinatorsToOwnGroups.ts'
import { preventAuthorPublishing } from '../../src/hooks/preventAuthorPublishing.ts'
import { setCreatedBy } from '../../src/hooks/setCreatedBy.ts'
import { resolveOptions } from '../../src/options.ts'
import { charityPlugin } from '../../src/plugin.ts'
import { COLLECTIONS, DEFAULT_SLUGS, GLOBALS, PUBLIC_PAGE_COLLECTIONS } from '../../src/registry.ts'

type HookList = Record<string, unknown[] | undefined>

const host = (collections: CollectionConfig[] = []): Config =>
  ({ collections, secret: 'unit' }) as unknown as Config

const configWith = (options: Parameters<typeof charityPlugin>[0] = {}, collections = []) =>
  charityPlugin(options)(host(collections)) as Config & { collections: CollectionConfig[] }

const hooksOf = (collection: CollectionConfig | undefined): HookList =>
  (collection?.hooks ?? {}) as HookList

/** The hooks that enforced access before they were marked where they are defined. */
const ACCESS_HOOKS = [
  keepAuthorsToDrafts,
  keepCoordinatorsToOwnGroups,
  confirmCoordinatorsOwnGroup,
  preventAuthorPublishing,
  setCreatedBy,
  makeFirstUserAdmin,
  preventOwnRoleChange,
  refuseRoleChangeByNonAdmins,
  refuseGroupChangeByNonEditors,
  keepEditorsToCoordinatorGroups,
  // Protections on every login, not behaviour: a disabled plugin still counts attempts.
  limitSignInAttempts,
  hideWhetherAccountsExist,
]

describe('the collection registry', () => {
  it('gives the config every entry under its contract slug, in registry order, the accounts last', () => {
    expect(configWith().collections.map((collection) => collection.slug)).toEqual([
      'posts',
      'events',
      'groups',
      'campaigns',
      'categories',
      'media',
      'donation-appeals',
      'donations',
      'gift-aid-declarations',
      'webhook-endpoints',
      'webhook-deliveries',
      'training-requests',
      'privacy-audit-log',
      'pages',
      'redirects',
      'event-occurrences',
      'users',
    ])
    expect(Object.values(DEFAULT_SLUGS)).toEqual(
      configWith().collections.map((collection) => collection.slug),
    )
    expect(configWith().globals?.map((global) => global.slug)).toEqual(
      Object.values(GLOBALS).map((global) => global.slug),
    )
  })

  it('builds every entry under the slug a host renames it to', () => {
    const renamed = Object.fromEntries(
      Object.entries(COLLECTIONS).map(([key, entry]) => [key, { slug: `our-${entry.slug}` }]),
    )
    const slugs = configWith({ collections: renamed }).collections.map((c) => c.slug)
    for (const [key, entry] of Object.entries(COLLECTIONS)) {
      // The accounts are named by `usersCollection`, not by an override's slug.
      expect(slugs).toContain(key === 'users' ? 'users' : `our-${entry.slug}`)
    }
  })

  it('derives the public pages and link targets from the entries, in their stored order', () => {
    const ctx = resolveOptions()
    expect(ctx.publicPages.map(({ slug }) => slug)).toEqual([
      'posts',
      'events',
      'campaigns',
      'donation-appeals',
      'groups',
      'pages',
    ])
    expect(ctx.linkable).toEqual([
      'posts',
      'events',
      'campaigns',
      'donation-appeals',
      'groups',
      'pages',
    ])
    const orders = Object.values(COLLECTIONS).flatMap((entry) =>
      'publicPages' in entry ? [entry.publicPages.order] : [],
    )
    // One place each, no gaps: a new public collection takes the next number.
    expect([...orders].sort((a, b) => a - b)).toEqual(orders.map((_, index) => index + 1))
    expect(PUBLIC_PAGE_COLLECTIONS).toHaveLength(orders.length)
  })

  it('refuses a config that leaves out what an entry requires, naming both', () => {
    for (const [key, entry] of Object.entries(COLLECTIONS)) {
      if (!('requires' in entry)) continue
      for (const needed of entry.requires) {
        expect(() => resolveOptions({ collections: { [needed]: false, [key]: {} } })).toThrow(
          `the "${key}" collection needs "${needed}"`,
        )
      }
    }
  })

  it('leaves a following collection out with the one it serves, unless the host asks for it', () => {
    for (const [key, entry] of Object.entries(COLLECTIONS)) {
      if (!('follows' in entry)) continue
      const served = entry.follows as keyof typeof COLLECTIONS
      expect(resolveOptions({ collections: { [served]: false } }).slugs[key as 'users']).toBeNull()
    }
  })
})

describe('access hooks under disabled: true', () => {
  it('keep a hook marked where it is defined and drop an unmarked one', () => {
    const marked = accessHook(() => undefined)
    const unmarked = () => undefined
    const stripped = withoutBehaviour<CollectionConfig>({
      slug: 'things',
      fields: [],
      hooks: { beforeChange: [unmarked, marked], afterChange: [unmarked] },
    })
    expect(isAccessHook(marked)).toBe(true)
    expect(isAccessHook(unmarked)).toBe(false)
    expect(stripped.hooks).toEqual({ beforeChange: [marked], afterChange: [] })
  })

  it('keeps exactly the access hooks, on every plugin collection, and the behaviour goes', () => {
    const enabled = configWith()
    const disabled = configWith({ disabled: true })
    const kept = new Set<unknown>()
    for (const collection of disabled.collections) {
      const before = hooksOf(enabled.collections.find((c) => c.slug === collection.slug))
      // The input guards and the bound on anonymous reads go on after the behaviour comes off (protections, first in line).
      const guards = COLLECTION_INPUT_GUARDS.length
      const bound = [
        ...COLLECTION_INPUT_GUARDS,
        ...(collection.slug === 'users' ? [] : [hooksOf(collection).beforeOperation?.[guards]]),
      ]
      expect(hooksOf(collection).beforeOperation?.slice(0, guards)).toEqual(COLLECTION_INPUT_GUARDS)
      for (const [name, list] of Object.entries(hooksOf(collection))) {
        for (const hook of (list ?? []).filter((hook) => !bound.includes(hook))) {
          expect(before[name]).toContain(hook)
          kept.add(hook)
        }
      }
    }
    expect(kept).toEqual(new Set(ACCESS_HOOKS))
    expect(hooksOf(disabled.collections.find((c) => c.slug === 'posts')).afterChange).toEqual([])
  })

  it("adds the same account guards to a host's users as to the plugin's own accounts", () => {
    const ours = hooksOf(configWith().collections.find((c) => c.slug === 'users'))
    const hosted = configWith({}, [
      { slug: 'users', auth: true, fields: [] } as never,
    ]).collections.find((c) => c.slug === 'users')
    expect(hooksOf(hosted)).toEqual(ours)
  })
})
