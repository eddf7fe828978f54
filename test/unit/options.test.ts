import type { CollectionConfig } from 'payload'

import { accessHook } from '../../src/access/accessHook.ts'
import { applyOverride, mergeHooks, withoutBehaviour } from '../../src/builders/overrides.ts'
import { isAfter } from '../../src/fields/validateAfter.ts'
import { normaliseBaseUrl, resolveOptions } from '../../src/options.ts'
import { websitePageUrl } from '../../src/utilities/websiteUrl.ts'

describe('resolveOptions', () => {
  it('starts from the default slugs and leaves out what the host turned off', () => {
    const ctx = resolveOptions({ collections: { posts: { slug: 'articles' }, campaigns: false } })
    expect(ctx.slugs).toMatchObject({
      posts: 'articles',
      campaigns: null,
      events: 'events',
      users: 'users',
    })
    expect(ctx.linkable).toEqual(['articles', 'events', 'donation-appeals', 'groups'])
  })

  it('leaves Gift Aid declarations out with the ledger, unless the host asked for them', () => {
    expect(resolveOptions({ collections: { donations: false } }).slugs.giftAidDeclarations).toBe(
      null,
    )
    expect(() =>
      resolveOptions({ collections: { donations: false, giftAidDeclarations: {} } }),
    ).toThrow(/"giftAidDeclarations" collection needs "donations"/)
  })

  it('refuses a donations ledger without appeals, and says how to fix it', () => {
    expect(() => resolveOptions({ collections: { donationAppeals: false } })).toThrow(
      /"donations" collection needs "donationAppeals"/,
    )
  })

  it('takes the website address without trailing slashes, and none for blanks', () => {
    expect(resolveOptions({ websiteUrl: 'https://example.org//' }).websiteUrl).toBe(
      'https://example.org',
    )
    expect(normaliseBaseUrl('  ')).toBeNull()
    expect(resolveOptions().feeds).toEqual({ postsTitle: 'News', calendarName: 'Events' })
  })
})

describe('overrides', () => {
  const ours = () => undefined
  const theirs = () => undefined
  const guard = accessHook(() => undefined)
  const base: CollectionConfig = {
    slug: 'posts',
    access: { read: () => true, update: () => false },
    hooks: { beforeChange: [guard, ours] },
    endpoints: [{ path: '/feed.xml', method: 'get', handler: () => new Response() }],
    fields: [{ name: 'title', type: 'text' }],
  }

  it("chain the host's hooks after the plugin's, key by key", () => {
    expect(
      mergeHooks({ beforeChange: [ours] }, { beforeChange: [theirs], afterRead: [theirs] }),
    ).toEqual({
      beforeChange: [ours, theirs],
      afterRead: [theirs],
    })
    const merged = applyOverride(base, { hooks: { beforeChange: [theirs] } })
    expect(merged.hooks?.beforeChange).toEqual([guard, ours, theirs])
  })

  it('replace an access rule only where the host names one', () => {
    const hostRead = () => false
    const merged = applyOverride(base, { access: { read: hostRead } })
    expect(merged.access?.read).toBe(hostRead)
    expect(merged.access?.update).toBe(base.access?.update)
  })

  it("add the host's endpoints and keep the slug the plugin was built with", () => {
    const merged = applyOverride(base, {
      slug: 'ignored-here',
      endpoints: [{ path: '/extra', method: 'get', handler: () => new Response() }],
    })
    expect(merged.slug).toBe('posts')
    expect((merged.endpoints || []).map((endpoint) => endpoint.path)).toEqual([
      '/feed.xml',
      '/extra',
    ])
  })

  it('with disabled, drop the behaviour hooks and endpoints and keep the marked access hooks', () => {
    const stripped = withoutBehaviour(base)
    expect(stripped.hooks?.beforeChange).toEqual([guard])
    expect(stripped.endpoints).toEqual([])
  })
})

describe('small rules', () => {
  it('an end comes after its start (or on it, where allowed)', () => {
    expect(isAfter('2030-01-02', '2030-01-01')).toBe(true)
    expect(isAfter('2030-01-01', '2030-01-01')).toBe(false)
    expect(isAfter('2030-01-01', '2030-01-01', true)).toBe(true)
    expect(isAfter('2029-12-31', '2030-01-01', true)).toBe(false)
    expect(isAfter(undefined, '2030-01-01')).toBe(true)
  })

  it('a page address is made only with a website and a slug', () => {
    expect(websitePageUrl('https://example.org', 'posts', 'a b')).toBe(
      'https://example.org/posts/a%20b',
    )
    expect(websitePageUrl(null, 'posts', 'a')).toBeNull()
    expect(websitePageUrl('https://example.org', 'posts', '')).toBeNull()
  })
})
