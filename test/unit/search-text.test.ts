import { resolveOptions } from '../../src/options.ts'
import { parseSearchQuery } from '../../src/search/query.ts'
import { snippetOf, textOf, wordsOf } from '../../src/search/text.ts'

const richText = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      children: [
        { type: 'text', text: text.slice(0, 4) },
        { type: 'link', children: [{ type: 'text', text: text.slice(4) }] },
      ],
    })),
  },
})

describe('the words site search reads', () => {
  it('folds case and accents, and keeps only letters and digits', () => {
    expect(wordsOf('Cáerdydd: "Gift-Aid" 2026*')).toEqual(['caerdydd', 'gift', 'aid', '2026'])
    expect(wordsOf('"*^:(-')).toEqual([])
  })

  it('reads rich text by paragraph (inline links joined), related names, groups and arrays, never addresses', () => {
    expect(textOf(richText('Human trafficking', 'Forced labour'))).toEqual([
      'Human trafficking\nForced labour',
    ])
    expect(
      textOf([{ id: 1, title: 'Gift Aid', slug: 'gift-aid', createdAt: '2026-01-01' }]),
    ).toEqual(['Gift Aid'])
    expect(
      textOf({ name: 'Town hall', city: 'Leeds', postcode: 'LS1', url: 'https://x.example' }),
    ).toEqual(['Town hall', 'Leeds', 'LS1'])
    // An array row (a speaker) is read whole.
    expect(textOf([{ id: 'a', name: 'Ann', role: 'Chair' }])).toEqual(['Ann', 'Chair'])
  })

  it('cuts a snippet around the first match, escaped, each matching word marked', () => {
    const body = `${'word '.repeat(40)}the <b>Traffic</b> & trafficking end`
    const snippet = snippetOf(body, ['traff'])
    expect(snippet.startsWith('… ')).toBe(true)
    expect(snippet).toContain(
      'the <mark>&#60;b&#62;Traffic&#60;/b&#62;</mark> &#38; <mark>trafficking</mark> end',
    )
    expect(snippetOf('Nothing here', ['traff'])).toBe('Nothing here')
  })
})

describe('the search query', () => {
  const allowed = {
    locales: ['en', 'cy'],
    defaultLocale: 'en',
    types: ['posts', 'events'],
    signedIn: false,
  }
  const parse = (query: string) => parseSearchQuery(new URLSearchParams(query), allowed)

  it('takes the distinct words, at most eight, with the defaults', () => {
    expect(parse('q=a b a c d e f g h i j')).toEqual({
      q: 'a b a c d e f g h i j',
      terms: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      locale: 'en',
      collections: ['posts', 'events'],
      limit: 10,
      page: 1,
      draft: false,
    })
  })

  it.each([
    ['q=x&limit=1.5', 'limit'],
    ['q=x&page=0', 'page'],
    ['q=x&type=posts,pages', 'type'],
    ['q=x&draft=yes', 'draft'],
    ['q=x&draft=true', 'draft'],
  ])('%s names %s', (query, parameter) => {
    expect(parse(query)).toMatchObject({ parameter })
  })
})

describe('the search option', () => {
  it('searches every collection with pages, unless left out or turned off', () => {
    expect(resolveOptions().search.map(({ slug }) => slug)).toEqual([
      'posts',
      'events',
      'groups',
      'campaigns',
      'donation-appeals',
      'pages',
    ])
    const withoutEvents = resolveOptions({ search: { collections: { events: false } } })
    expect(withoutEvents.search.map(({ key }) => key)).not.toContain('events')
    expect(resolveOptions({ search: false }).search).toEqual([])
    expect(resolveOptions({ collections: { groups: false } }).search.map(({ key }) => key)).toEqual(
      ['posts', 'events', 'campaigns', 'donationAppeals', 'pages'],
    )
  })
})
