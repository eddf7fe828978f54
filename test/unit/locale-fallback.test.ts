import type { CollectionBeforeReadHook, CollectionConfig, Field, PayloadRequest } from 'payload'

import { flattenAllFields } from 'payload'

import { withLocaleFallbacks } from '../../src/fields/localeFallback.ts'

// Localized fields at the top, in a group, in an array and in a block, beside fields that hold none.
const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'plain', type: 'text' },
  {
    name: 'meta',
    type: 'group',
    fields: [
      { name: 'description', type: 'textarea', localized: true },
      { name: 'image', type: 'number' },
    ],
  },
  { name: 'settings', type: 'group', fields: [{ name: 'note', type: 'text' }] },
  { name: 'speakers', type: 'array', fields: [{ name: 'bio', type: 'textarea', localized: true }] },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [
      { slug: 'quote', fields: [{ name: 'text', type: 'text', localized: true }] },
      { slug: 'divider', fields: [{ name: 'style', type: 'text' }] },
    ],
  },
]

const noteFallbacks = (() => {
  const collection = withLocaleFallbacks(
    { slug: 'things', fields } as CollectionConfig,
    'collection',
  )
  return collection.hooks?.beforeRead?.at(-1) as CollectionBeforeReadHook
})()

const read = (doc: Record<string, unknown>, locale: string) =>
  noteFallbacks({
    collection: { flattenedFields: flattenAllFields({ fields }) },
    context: {},
    doc,
    query: {},
    req: {
      locale,
      fallbackLocale: 'en',
      payload: { config: { localization: { localeCodes: ['en', 'cy'] } } },
    } as unknown as PayloadRequest,
  } as unknown as Parameters<CollectionBeforeReadHook>[0]) as Record<string, unknown>

describe('_fallback (locale fallbacks)', () => {
  const english = () => ({
    title: { en: 'Training' },
    plain: 'x',
    meta: { description: { en: 'About' }, image: 1 },
    settings: { note: 'n' },
    speakers: [{ bio: { en: 'Bio' } }, { bio: { en: 'Bio', cy: 'Bywgraffiad' } }],
    layout: [
      { blockType: 'divider', style: 'line' },
      { blockType: 'quote', text: { en: 'Quote' } },
    ],
  })

  it('names every field that falls back to English, however deep, and only those', () => {
    expect(read(english(), 'cy')._fallback).toEqual([
      'title',
      'meta.description',
      'speakers.0.bio',
      'layout.1.text',
    ])
  })

  it('answers a missing translation as null, nested ones too', () => {
    const doc = read(english(), 'cy') as ReturnType<typeof english>
    expect(doc.title).toEqual({ en: 'Training', cy: null })
    expect(doc.meta.description).toEqual({ en: 'About', cy: null })
    expect(doc.speakers[0].bio).toEqual({ en: 'Bio', cy: null })
    expect(doc.speakers[1].bio).toEqual({ en: 'Bio', cy: 'Bywgraffiad' })
    expect(doc.layout[1]).toEqual({ blockType: 'quote', text: { en: 'Quote', cy: null } })
  })

  it('lists nothing in the default language', () => {
    expect(read(english(), 'en')._fallback).toBeUndefined()
  })
})
