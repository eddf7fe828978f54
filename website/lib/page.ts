import type { Metadata } from 'next'

import type { Layout } from './api/site'
import type { Media } from './api/types'
import type { Locale } from './locales'

import { cache } from 'react'

import { getLayout } from './api/site'
import { populated } from './api/types'
import { BACKEND_PUBLIC_URL, WEBSITE_URL } from './config'
import { LOCALES, languageTag, localePath } from './locales'
import { referencePath } from './paths'
import { readerFor } from './preview'

/** The `[locale]` segment's params. */
export type LocaleParams = { params: Promise<{ locale: string }> }
export type SlugParams = { params: Promise<{ locale: string; slug: string }> }

/** Site settings and navigation, once per request however many parts of the page ask. */
export const layoutFor = cache(async (locale: Locale): Promise<Layout> =>
  getLayout(await readerFor(locale), (section, value) => referencePath(locale, section, value)),
)

type PageMeta = {
  locale: Locale
  /** The page's path without the language prefix, e.g. `/posts/x`. */
  path: string
  title?: null | string
  description?: null | string
  image?: unknown
  type?: 'article' | 'website'
}

/** The social-card picture (1200×630) of a media document, as an absolute address. */
const socialImage = (media: unknown) => {
  const image = populated<Media>(media)
  const social = image?.sizes?.social
  const url = social?.url ?? image?.url
  if (!url) return undefined
  return [
    {
      url: /^https?:/.test(url) ? url : `${BACKEND_PUBLIC_URL}${url}`,
      width: social?.width ?? image?.width ?? undefined,
      height: social?.height ?? image?.height ?? undefined,
      alt: image?.alt,
    },
  ]
}

/**
 * A page's title, description, canonical address, `hreflang` alternates (the
 * same path in each language) and Open Graph card, falling back to the site's
 * default SEO settings.
 */
export const pageMetadata = async (page: PageMeta): Promise<Metadata> => {
  const layout = await layoutFor(page.locale)
  const title = page.title || layout.defaultSeo?.title || layout.organisationName
  const description =
    page.description || layout.defaultSeo?.description || layout.tagline || undefined
  const url = `${WEBSITE_URL}${localePath(page.locale, page.path)}`
  const languages = Object.fromEntries(
    LOCALES.map((locale) => [
      languageTag(locale),
      `${WEBSITE_URL}${localePath(locale, page.path)}`,
    ]),
  )
  return {
    title: title === layout.organisationName ? title : `${title} | ${layout.organisationName}`,
    description,
    alternates: {
      canonical: url,
      languages: { ...languages, 'x-default': `${WEBSITE_URL}${page.path}` },
    },
    openGraph: {
      type: page.type ?? 'website',
      url,
      title,
      description,
      siteName: layout.organisationName,
      locale: page.locale === 'cy' ? 'cy_GB' : 'en_GB',
      images:
        socialImage(page.image) ??
        (layout.defaultSeo?.image?.url ? socialImage(layout.defaultSeo.image) : undefined),
    },
    twitter: { card: 'summary_large_image' },
  }
}
