import type { Reader } from './client'
import type { List, Page } from './types'

import { localePath } from '../locales'
import { restGet, tag } from './client'

/** The collections a page's blocks show live: their lists' changes reach the page too. */
const LIVE_DATA = ['posts', 'events', 'donation-appeals', 'groups'] as const

/**
 * A page's path without the language prefix: its last breadcrumb's `url`
 * (`/get-involved/training`), as the backend's `pageUrl` makes it.
 */
export const pagePathOf = (page: Pick<Page, 'breadcrumbs' | 'slug'>): null | string => {
  const url = page.breadcrumbs?.at(-1)?.url
  if (url?.startsWith('/')) return url
  return page.slug ? `/${page.slug}` : null
}

/**
 * The page whose slug ends `path` (`/about`, `/get-involved/training`), with
 * its blocks' live data: one request at `depth=1`. Slugs are unique among
 * pages, so the last segment finds it; the caller compares the whole path
 * with the page's own (`pagePathOf`), so a page is never shown under a
 * parent it does not have.
 */
export const getPage = async (reader: Reader, path: string): Promise<null | Page> => {
  const slug = path.split('/').at(-1)
  if (!slug) return null
  const query = new URLSearchParams({ 'where[slug][equals]': slug, limit: '1', depth: '1' })
  const list = await restGet<List<Page>>(`/api/pages?${query}`, reader, [
    tag('pages', reader.locale, slug),
    // A parent's new slug or title changes this page's breadcrumbs.
    tag('pages', reader.locale),
    ...LIVE_DATA.map((collection) => tag(collection, reader.locale)),
  ])
  return list?.docs[0] ?? null
}

type Redirect = { destination?: null | string; type?: null | string }

/**
 * Where an address that has no page now lives, from the backend's
 * redirects (a changed slug, a moved page, an editor's own): null for none.
 */
export const findRedirect = async (
  reader: Reader,
  path: string,
): Promise<null | { destination: string; permanent: boolean }> => {
  const from = localePath(reader.locale, path)
  const query = new URLSearchParams({ from, limit: '1' })
  // Published redirects only, whoever asks: a draft's redirect is not the public's yet.
  const list = await restGet<List<Redirect>>(`/api/redirects?${query}`, { locale: reader.locale }, [
    tag('redirects', reader.locale),
  ])
  const redirect = list?.docs[0]
  if (!redirect?.destination || redirect.destination === from) return null
  return { destination: redirect.destination, permanent: redirect.type !== '302' }
}
