import type { Locale } from '../locales'

import { BACKEND_URL, REVALIDATE_SECONDS } from '../config'
import { pickLocale, spreadFallback } from './localized'

/**
 * How a page reads the backend. Published content is read anonymously and
 * kept in Next's data cache under tags the webhook receiver revalidates;
 * a draft is read with the signed-in editor's own token and never cached.
 */
export type Reader = {
  locale: Locale
  /** The editor's Payload token in draft mode; absent for everyone else. */
  draftToken?: null | string
}

/** Cache tags: `<collection>@<locale>` for anything listing a collection, `<collection>/<slug>@<locale>` for one page. */
export const tag = (collection: string, locale: Locale, slug?: null | string): string =>
  slug ? `${collection}/${slug}@${locale}` : `${collection}@${locale}`

export class BackendError extends Error {}

const requestInit = (reader: Reader, tags: string[]): RequestInit =>
  reader.draftToken
    ? { cache: 'no-store', headers: { Authorization: `JWT ${reader.draftToken}` } }
    : { cache: 'force-cache', next: { tags, revalidate: REVALIDATE_SECONDS } }

const withParams = (path: string, params: Record<string, string>) => {
  const url = new URL(path, BACKEND_URL)
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return url
}

const getJson = async (url: URL, reader: Reader, tags: string[]): Promise<unknown> => {
  const response = await fetch(url, requestInit(reader, tags))
  if (response.status === 404) return null
  if (!response.ok) {
    throw new BackendError(
      `The backend answered ${response.status} to GET ${url.pathname}${url.search}`,
    )
  }
  return response.json()
}

/**
 * GET a REST path in the reader's language. Welsh is read with `locale=all`
 * and narrowed here, so a field that fell back to English is known (see
 * localized.ts). Null for a 404; any other failure throws.
 */
export const restGet = async <T>(
  path: string,
  reader: Reader,
  tags: string[],
): Promise<null | T> => {
  const url = withParams(path, {
    locale: reader.locale === 'en' ? 'en' : 'all',
    ...(reader.draftToken ? { draft: 'true' } : {}),
  })
  const body = await getJson(url, reader, tags)
  if (body === null) return null
  return reader.locale === 'en' ? (body as T) : pickLocale<T>(body, reader.locale)
}

/**
 * GET one of the plugin's own endpoints (`/api/events/occurrences`…): they take
 * one language and no `draft` (the reader's token decides what they include).
 */
export const endpointGet = async <T>(
  path: string,
  reader: Reader,
  tags: string[],
): Promise<null | T> =>
  (await getJson(withParams(path, { locale: reader.locale }), reader, tags)) as null | T

/** GET a path whose answer is text (JSON-LD), as it is. Null when there is none. */
export const textGet = async (
  path: string,
  reader: Reader,
  tags: string[],
): Promise<null | string> => {
  const url = withParams(path, { locale: reader.locale })
  // Structured data describes the published page: never read as a draft.
  const response = await fetch(url, requestInit({ locale: reader.locale }, tags))
  return response.ok ? response.text() : null
}

type GraphQLAnswer<T> = { data?: T; errors?: { message: string }[] }

const graphqlPost = async <T>(query: string, reader: Reader, tags: string[]): Promise<T> => {
  const response = await fetch(new URL('/api/graphql', BACKEND_URL), {
    ...requestInit(reader, tags),
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(reader.draftToken ? { Authorization: `JWT ${reader.draftToken}` } : {}),
    },
    body: JSON.stringify({ query }),
  })
  const answer = (await response.json()) as GraphQLAnswer<T>
  if (!response.ok || !answer.data || answer.errors?.length) {
    throw new BackendError(
      `GraphQL answered ${response.status}: ${answer.errors?.map((error) => error.message).join('; ')}`,
    )
  }
  return answer.data
}

/**
 * One GraphQL request for a page that needs several collections. `select`
 * writes the query's top-level fields with the locale arguments, and puts
 * `fallback` (`_fallback` in Welsh, nothing in English) in the selection of
 * each document and global whose fields the page marks: the backend lists the
 * fields that fell back to English, and they are spread onto their objects.
 */
export const graphqlRead = async <T extends Record<string, unknown>>(
  select: (localeArguments: string, fallback: string) => string,
  reader: Reader,
  tags: string[],
): Promise<T> => {
  if (reader.locale === 'en') return graphqlPost<T>(`{ ${select('locale: en', '')} }`, reader, tags)
  const answer = await graphqlPost<T>(
    `{ ${select(`locale: ${reader.locale}`, '_fallback')} }`,
    reader,
    tags,
  )
  return spreadFallback<T>(answer)
}
