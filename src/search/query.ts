import { wordsOf } from './text.ts'

/** The bounds of `GET /api/search`: documented in docs/website-developers.md ("Site search"). */
export const SEARCH_BOUNDS = {
  maxQueryLength: 200,
  // More words than this narrow nothing a visitor means; the rest are dropped.
  maxTerms: 8,
  defaultLimit: 10,
  maxLimit: 50,
  // Nobody reads page 51 of search results; a bound keeps OFFSET cheap.
  maxPage: 50,
} as const

export type SearchQuery = {
  q: string
  /** The words to find, folded (lower case, no accents); empty for a query of punctuation only. */
  terms: string[]
  locale: string
  /** Collection slugs to search (all the searchable ones unless `type` narrows them). */
  collections: string[]
  limit: number
  page: number
  /** Latest versions, drafts included (signed-in staff only), instead of what is published. */
  draft: boolean
}

/** What is wrong, naming the parameter; a 400 unless `status` says otherwise. */
export type SearchQueryProblem = { parameter: string; message: string; status?: number }

const wholeNumber = (
  params: URLSearchParams,
  name: 'limit' | 'page',
  fallback: number,
  max: number,
): number | SearchQueryProblem => {
  const value = params.get(name)
  if (value === null) return fallback
  const number = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN
  if (number >= 1 && number <= max) return number
  return {
    parameter: name,
    message: `${name} must be a whole number from 1 to ${max}, not "${value.slice(0, 40)}".`,
  }
}

/**
 * `q`, `locale`, `type`, `limit` and `page` from `GET /api/search`, checked:
 * a problem names the parameter and what it accepts. `types` maps the
 * `type` values a website may send (collection slugs) to themselves.
 */
export const parseSearchQuery = (
  params: URLSearchParams,
  allowed: { locales: string[]; defaultLocale: string; types: string[]; signedIn: boolean },
): SearchQuery | SearchQueryProblem => {
  const q = (params.get('q') ?? '').trim()
  if (!q) {
    return {
      parameter: 'q',
      message: 'q is required: the words to search for (e.g. /api/search?q=gift+aid).',
    }
  }
  if (q.length > SEARCH_BOUNDS.maxQueryLength) {
    return {
      parameter: 'q',
      message: `q is too long: at most ${SEARCH_BOUNDS.maxQueryLength} characters, not ${q.length}.`,
    }
  }
  const locale = params.get('locale') ?? allowed.defaultLocale
  if (!allowed.locales.includes(locale)) {
    return {
      parameter: 'locale',
      message: `locale must be one of ${allowed.locales.join(', ')}, not "${locale.slice(0, 40)}".`,
    }
  }
  const types = (params.get('type') ?? '')
    .split(',')
    .map((type) => type.trim())
    .filter(Boolean)
  const unknown = types.find((type) => !allowed.types.includes(type))
  if (unknown !== undefined) {
    return {
      parameter: 'type',
      message: `type must be one or more of ${allowed.types.join(', ')} (comma-separated), not "${unknown.slice(0, 40)}".`,
    }
  }
  const limit = wholeNumber(params, 'limit', SEARCH_BOUNDS.defaultLimit, SEARCH_BOUNDS.maxLimit)
  if (typeof limit !== 'number') return limit
  const page = wholeNumber(params, 'page', 1, SEARCH_BOUNDS.maxPage)
  if (typeof page !== 'number') return page
  const draft = params.get('draft')
  if (draft !== null && draft !== 'true' && draft !== 'false') {
    return {
      parameter: 'draft',
      message: `draft must be true or false, not "${draft.slice(0, 40)}".`,
    }
  }
  if (draft === 'true' && !allowed.signedIn) {
    return {
      parameter: 'draft',
      message: 'draft=true searches unpublished versions: sign in first.',
      status: 401,
    }
  }
  return {
    q,
    terms: [...new Set(wordsOf(q))].slice(0, SEARCH_BOUNDS.maxTerms),
    locale,
    collections: types.length ? types : allowed.types,
    limit,
    page,
    draft: draft === 'true',
  }
}
