import { SLUG_PATTERN, slugify, slugSource } from '../../src/fields/slug.ts'

describe('slugify', () => {
  it('turns a title into lower-case words joined by single hyphens', () => {
    expect(slugify('Training Day: London & Wales!')).toBe('training-day-london-and-wales')
  })

  it('drops accents and keeps Welsh letters readable', () => {
    expect(slugify('Diwrnod hyfforddi ym Mhen-y-bont ar Ogwr — Gŵyl')).toBe(
      'diwrnod-hyfforddi-ym-mhen-y-bont-ar-ogwr-gwyl',
    )
  })

  it('never ends in a hyphen, even when cut at 96 characters', () => {
    const slug = slugify(`${'word '.repeat(40)}end`)
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug).toMatch(SLUG_PATTERN)
  })

  it('gives an empty slug for text with no letters or digits', () => {
    expect(slugify('!!! ---')).toBe('')
  })
})

describe('slugSource', () => {
  it('uses a plain title as it is', () => {
    expect(slugSource('Support us', 'en')).toBe('Support us')
  })

  it("takes the default locale's title when every locale is written at once", () => {
    expect(slugSource({ cy: 'Cefnogwch ni', en: 'Support us' }, 'cy')).toBe('Cefnogwch ni')
    expect(slugSource({ cy: 'Cefnogwch ni', en: 'Support us' }, 'en')).toBe('Support us')
  })

  it('gives nothing when the default locale has no title yet', () => {
    expect(slugSource({ en: 'Support us' }, 'cy')).toBeUndefined()
    expect(slugSource(undefined, 'en')).toBeUndefined()
  })
})
