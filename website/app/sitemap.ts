import type { MetadataRoute } from 'next'

import { connection } from 'next/server'

import { getSitemapEntries } from '../lib/api/site'
import { WEBSITE_URL } from '../lib/config'
import { LOCALES, languageTag, localePath } from '../lib/locales'

/** Every published page in both languages, each with its `hreflang` alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Made at request time (the build needs no backend); the content reads are cached and revalidated by tag.
  await connection()
  const entries = await getSitemapEntries({ locale: 'en' })
  const page = (path: string, lastModified?: string): MetadataRoute.Sitemap[number] => ({
    url: `${WEBSITE_URL}${path}`,
    lastModified,
    alternates: {
      languages: Object.fromEntries(
        LOCALES.map((locale) => [languageTag(locale), `${WEBSITE_URL}${localePath(locale, path)}`]),
      ),
    },
  })
  const paths = [
    ['/', undefined],
    ...['/posts', '/events', '/campaigns', '/donation-appeals', '/groups'].map((path) => [
      path,
      undefined,
    ]),
    ...entries.map((entry) => [entry.path, entry.updatedAt]),
  ] as [string, string | undefined][]
  return paths.flatMap(([path, lastModified]) =>
    LOCALES.map((locale) => ({
      ...page(localePath(locale, path), lastModified),
      alternates: page(path).alternates,
    })),
  )
}
