import type { CollectionConfig } from 'payload'

import { accessHook } from '../../src/access/accessHook.ts'
import { applyOverride, mergeHooks, withoutBehaviour } from '../../src/builders/overrides.ts'
import { previewAddress } from '../../src/components/preview.ts'
import { isAfter } from '../../src/fields/validateAfter.ts'
import { normaliseBaseUrl, resolveOptions } from '../../src/options.ts'
import { pagePathOf } from '../../src/utilities/pageUrl.ts'

describe('resolveOptions', () => {
  it('starts from the default slugs and leaves out what the host turned off', () => {
    const ctx = resolveOptions({ collections: { posts: { slug: 'articles' }, campaigns: false } })
    expect(ctx.slugs).toMatchObject({
      posts: 'articles',
      campaigns: null,
      events: 'events',
      users: 'users',
    })
    expect(ctx.linkable).toEqual(['articles', 'events', 'donation-appeals', 'groups', 'pages'])
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
    const page = (websiteUrl: string | undefined, collection: string, slug: string) =>
      resolveOptions({ websiteUrl }, { defaultLocale: 'en' }).pageUrl({
        collection,
        doc: { slug },
        locale: 'en',
      })
    expect(page('https://example.org', 'posts', 'a b')).toBe('https://example.org/posts/a%20b')
    expect(page(undefined, 'posts', 'a')).toBeNull()
    expect(page('https://example.org', 'posts', '')).toBeNull()
  })

  it('puts every language but the default under its own prefix, and pages at their nested path', () => {
    const ctx = resolveOptions({ websiteUrl: 'https://example.org' }, { defaultLocale: 'en' })
    const nested = {
      slug: 'training',
      breadcrumbs: [
        { doc: 1, url: '/get-involved', label: 'Get involved' },
        { doc: 2, url: '/get-involved/training', label: 'Training' },
      ],
    }
    expect(ctx.pageUrl({ collection: 'events', doc: { slug: 'x' }, locale: 'cy' })).toBe(
      'https://example.org/cy/events/x',
    )
    expect(ctx.pageUrl({ collection: 'pages', doc: nested, locale: 'en' })).toBe(
      'https://example.org/get-involved/training',
    )
    expect(ctx.pageUrl({ collection: 'pages', doc: { slug: 'about' }, locale: 'cy' })).toBe(
      'https://example.org/cy/about',
    )
    expect(ctx.pageUrl({ collection: 'donation-appeals', doc: { slug: 'a' }, locale: null })).toBe(
      'https://example.org/donation-appeals/a',
    )
  })

  it("takes the host's pageUrl for every address, and its path for redirects", () => {
    const ctx = resolveOptions(
      {
        pageUrl: ({ collection, doc, locale }) =>
          `https://charity.example/${locale}/${collection}/${String(doc.slug)}?v=1`,
      },
      { defaultLocale: 'en' },
    )
    const args = { collection: 'posts', doc: { slug: 'x' }, locale: 'en' }
    expect(ctx.pageUrl(args)).toBe('https://charity.example/en/posts/x?v=1')
    expect(pagePathOf(ctx, args)).toBe('/en/posts/x')
    // No website at all: redirects still know the default path.
    expect(pagePathOf(resolveOptions({}, { defaultLocale: 'en' }), { ...args, locale: 'cy' })).toBe(
      '/cy/posts/x',
    )
  })

  it("sends a preview through the website's draft-mode route when there is a preview secret", () => {
    const ctx = resolveOptions(
      { websiteUrl: 'https://example.org', preview: { secret: 's3cret' } },
      { defaultLocale: 'en' },
    )
    expect(previewAddress(ctx, 'posts', { slug: 'x' }, 'cy')).toBe(
      'https://example.org/api/preview?secret=s3cret&path=%2Fcy%2Fposts%2Fx',
    )
    const open = resolveOptions({ websiteUrl: 'https://example.org' }, { defaultLocale: 'en' })
    expect(previewAddress(open, 'posts', { slug: 'x' }, 'en')).toBe('https://example.org/posts/x')
    expect(() => resolveOptions({ preview: { route: 'api/preview' } })).toThrow(
      /starting with "\/"/,
    )
  })
})
