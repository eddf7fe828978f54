import type { Locale } from '../locales'

import { BACKEND_URL, REVALIDATE_SECONDS } from '../config'
import { BackendError, tag } from './client'

/** One thing found (the backend's `GET /api/search`); `snippet` is HTML the backend escaped. */
export type SearchResult = {
  type: string
  id: number | string
  slug: null | string
  title: string
  snippet: string
  /** The page's path on this site, its language's prefix included (`/cy/posts/…`). */
  path: null | string
}

export type SearchPage = {
  docs: SearchResult[]
  totalDocs: number
  page: number
  totalPages: number
}

/** What search looks in: a change to any of them expires the cached answers (the webhook's tags). */
const SEARCHED = ['posts', 'events', 'campaigns', 'groups', 'donation-appeals', 'pages']

/**
 * One page of site search in the reader's language. Apart from `restGet`,
 * which reads every locale at once: search asks for one. Null when the
 * backend refuses the words (empty or too long); the page says so.
 */
export const searchSite = async (
  locale: Locale,
  q: string,
  page: number,
): Promise<null | SearchPage> => {
  const url = new URL('/api/search', BACKEND_URL)
  url.search = new URLSearchParams({ q, locale, page: String(page), limit: '10' }).toString()
  const response = await fetch(url, {
    cache: 'force-cache',
    next: { tags: SEARCHED.map((type) => tag(type, locale)), revalidate: REVALIDATE_SECONDS },
  })
  if (response.status === 400) return null
  if (!response.ok) {
    throw new BackendError(`The backend answered ${response.status} to GET /api/search`)
  }
  return (await response.json()) as SearchPage
}
