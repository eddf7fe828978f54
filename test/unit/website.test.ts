import { ESLint } from 'eslint'
import path from 'node:path'

import { charityOptionsFromEnv } from '../../backend/config/environment.ts'
import { langOf, pickLocale, spreadFallback } from '../../website/lib/api/localized.ts'
import { srcSet } from '../../website/lib/media.ts'
import { placeToPoint, pointFrom } from '../../website/lib/places.ts'
import { tagsFor } from '../../website/lib/webhooks.ts'

describe('the website reads Welsh and knows what fell back to English', () => {
  it('picks the language from a locale=all answer and lists the fields that fell back', () => {
    const doc = pickLocale<Record<string, any>>(
      {
        id: 1,
        title: { en: 'Training day', cy: 'Diwrnod hyfforddi' },
        excerpt: { en: 'Only in English', cy: null },
        meta: { title: { en: 'Meta' } },
        speakers: [{ name: 'Ann', role: { en: 'Trainer', cy: '' } }],
        slug: 'training-day',
      },
      'cy',
    )
    expect(doc.title).toBe('Diwrnod hyfforddi')
    expect(doc.excerpt).toBe('Only in English')
    expect(doc._fallback).toEqual(['excerpt'])
    expect(doc.meta).toEqual({ title: 'Meta', _fallback: ['title'] })
    expect(doc.speakers[0]).toEqual({ name: 'Ann', role: 'Trainer', _fallback: ['role'] })
    expect(langOf(doc, 'excerpt')).toBe('en')
    expect(langOf(doc, 'title')).toBeUndefined()
  })

  it("puts the backend's GraphQL _fallback paths on the objects holding those fields", () => {
    const answer = spreadFallback<Record<string, any>>({
      posts: {
        docs: [
          {
            title: 'Title A',
            excerpt: 'Yn Gymraeg',
            meta: { description: 'English description' },
            // Paths of fields the answer does not hold (content) are left out.
            _fallback: ['title', 'meta.description', 'content'],
            heroImage: { alt: 'English alt', _fallback: ['alt'] },
          },
          { title: 'Teitl', _fallback: [] },
        ],
      },
      navigation: {
        header: [{ link: { label: 'About' } }, { link: { label: 'Amdanom' } }],
        _fallback: ['header.0.link.label'],
      },
    })
    const [first, second] = answer.posts.docs
    expect(first).toEqual({
      title: 'Title A',
      excerpt: 'Yn Gymraeg',
      meta: { description: 'English description', _fallback: ['description'] },
      heroImage: { alt: 'English alt', _fallback: ['alt'] },
      _fallback: ['title'],
    })
    expect(second).toEqual({ title: 'Teitl' })
    expect(langOf(first.meta, 'description')).toBe('en')
    expect(langOf(first, 'excerpt')).toBeUndefined()
    expect(answer.navigation.header[0].link._fallback).toEqual(['label'])
    expect(answer.navigation.header[1].link._fallback).toBeUndefined()
  })
})

describe('the website’s webhook receiver', () => {
  it('expires the tags a message names, in the languages it lists', () => {
    const data = { collection: 'posts', slug: 'x', locales: ['cy'] }
    expect(tagsFor({ type: 'posts.updated', timestamp: '', data })).toEqual([
      'posts@cy',
      'posts/x@cy',
    ])
  })

  it('expires every language when a message lists none (appeal totals) and a global’s tag', () => {
    const totals = { collection: 'donation-appeals', slug: 'support-us' }
    expect(
      tagsFor({ type: 'donation-appeals.totals-changed', timestamp: '', data: totals }),
    ).toEqual([
      'donation-appeals@en',
      'donation-appeals/support-us@en',
      'donation-appeals@cy',
      'donation-appeals/support-us@cy',
    ])
    const global = { global: 'navigation', locales: ['en', 'fr'] }
    expect(tagsFor({ type: 'navigation.updated', timestamp: '', data: global })).toEqual([
      'navigation@en',
    ])
    expect(tagsFor({ type: 'x', timestamp: '', data: { collection: '../etc' } })).toEqual([])
  })
})

describe('the website’s group finder', () => {
  it('knows towns (Welsh names too) and postcode areas, and nothing else', () => {
    expect(placeToPoint('Sheffield')).toEqual({ lat: 53.381, lng: -1.47 })
    expect(placeToPoint('S1 2AB')).toEqual(placeToPoint('sheffield'))
    expect(placeToPoint('Abertawe')).toEqual(placeToPoint('Swansea'))
    expect(placeToPoint('Atlantis')).toBeNull()
    expect(pointFrom('51.5', '-0.12')).toEqual({ lat: 51.5, lng: -0.12 })
    expect(pointFrom('91', '0')).toBeNull()
    expect(pointFrom(undefined, '0')).toBeNull()
  })
})

describe('the website’s images', () => {
  it('offers the sizes of about the same shape as srcset, narrowest first', () => {
    const media = {
      id: 1,
      alt: 'x',
      createdAt: '',
      updatedAt: '',
      url: '/api/media/file/a.png',
      width: 1600,
      height: 900,
      sizes: {
        thumbnail: { url: '/api/media/file/a-400x300.png', width: 400, height: 300 },
        card: { url: '/api/media/file/a-768x512.png', width: 768, height: 512 },
        hero: { url: '/api/media/file/a-1600x900.png', width: 1600, height: 900 },
      },
    }
    expect(srcSet(media, 'https://cms.example.org')).toBe(
      'https://cms.example.org/api/media/file/a-768x512.png 768w, https://cms.example.org/api/media/file/a-1600x900.png 1600w',
    )
  })
})

describe('the website is a client of the HTTP API (eslint)', () => {
  it('may not import the package, the backend, the seed or Payload; types are fine', async () => {
    const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') })
    const lint = async (code: string) =>
      (
        await eslint.lintText(code, {
          filePath: path.resolve(import.meta.dirname, '../../website/lib/probe.ts'),
        })
      )[0].messages.map((message) => message.ruleId)
    for (const line of [
      "import { slugify } from '../../src/fields/slug.ts'",
      "import { Posts } from '../../collections/Posts/index.ts'",
      "import { startServer } from '../../backend/server/index.ts'",
      "import { seedIfEmpty } from '../../seed/onStart.ts'",
      "import { charityPlugin } from 'payload-plugin-charity'",
      "import { getPayload } from 'payload'",
    ]) {
      const name = /import \{ (\w+) \}/.exec(line)?.[1]
      expect(await lint(`${line}\n\nexport const probe = ${name}\n`)).toEqual([
        'no-restricted-imports',
      ])
    }
    expect(
      await lint("import type { Post } from '../../payload-types'\n\nexport type Probe = Post\n"),
    ).toEqual([])
  }, 60_000)
})

describe('the reference backend and the website', () => {
  it('points previews at the website on port 3001 in development only', () => {
    expect(charityOptionsFromEnv({}).websiteUrl).toBe('http://localhost:3001')
    expect(charityOptionsFromEnv({ NODE_ENV: 'development' }).websiteUrl).toBe(
      'http://localhost:3001',
    )
    expect(charityOptionsFromEnv({ NODE_ENV: 'production' }).websiteUrl).toBeUndefined()
    expect(charityOptionsFromEnv({ NODE_ENV: 'test' }).websiteUrl).toBeUndefined()
  })
})
