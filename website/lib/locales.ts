/** The site's languages: English at `/`, Welsh under `/cy/`. Slugs are the same in both. */
export const LOCALES = ['en', 'cy'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)

/** A path of the site in a language: `/posts/x` in English, `/cy/posts/x` in Welsh. */
export const localePath = (locale: Locale, path: string): string => {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (locale === DEFAULT_LOCALE) return clean
  return clean === '/' ? `/${locale}` : `/${locale}${clean}`
}

/** The BCP 47 tag for `lang` and `hreflang`. */
export const languageTag = (locale: Locale): string => (locale === 'cy' ? 'cy' : 'en-GB')
