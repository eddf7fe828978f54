import type { CollectionSlug, PayloadRequest } from 'payload'

import type { CharityContext } from '../context.ts'
import type { ListPage } from '../graphql/listPage.ts'
import type { SearchQuery } from './query.ts'

import { PUBLISHED } from '../access/published.ts'
import { pagePathOf } from '../utilities/pageUrl.ts'
import { SEARCH_BOUNDS } from './query.ts'
import { searchIndex } from './store.ts'
import { snippetOf } from './text.ts'

/** One thing found, as a website lists it. */
export type SearchResult = {
  /** The collection's slug: `posts`, `events`, `campaigns`, `groups`, `donation-appeals`. */
  type: string
  id: number | string
  slug: null | string
  title: string
  /** HTML: a passage of the text (escaped) around the first match, matching words in `<mark>`; the opening words when only the title matched. */
  snippet: string
  /** The page's address on the website, from its root (`/posts/gift-aid-explained`), as `pageUrl` makes it. */
  path: null | string
  /** The page's whole address from `pageUrl`, when it gives one (by default: when `websiteUrl` is set). */
  url: null | string
}

export type SearchPage = ListPage<SearchResult>

type Found = { id: number | string; slug?: unknown; breadcrumbs?: unknown }

/**
 * One page of results for a checked query. The index says what matches and
 * in which order; each match is then read through the Local API with the
 * request's own access (published only), so nothing the reader may not see
 * is listed even if the index held it.
 */
export const searchSite = async (
  req: PayloadRequest,
  ctx: Pick<CharityContext, 'defaultLocale' | 'pageUrl' | 'search' | 'websiteSections'>,
  query: SearchQuery,
): Promise<SearchPage> => {
  const { limit, page } = query
  const { hits, total } = query.terms.length
    ? await searchIndex(req.payload, req, {
        terms: query.terms,
        locale: query.locale,
        collections: query.collections,
        narrowed: query.collections.length < ctx.search.length,
        draft: query.draft,
        limit,
        offset: (page - 1) * limit,
        // Counting every match of a common word costs more than the page: up to the last page a website may ask for.
        countCap: SEARCH_BOUNDS.maxPage * limit,
      })
    : { hits: [], total: 0 }

  const visible = new Map<string, Found>()
  for (const entry of ctx.search) {
    const ids = hits.filter((hit) => hit.collection === entry.slug).map((hit) => hit.docId)
    if (!ids.length) continue
    const { docs } = await req.payload.find({
      collection: entry.slug as CollectionSlug,
      // Staff searching drafts see what their own access lets them read, as in the admin.
      where: query.draft ? { id: { in: ids } } : { and: [PUBLISHED, { id: { in: ids } }] },
      select: {
        slug: true,
        ...Object.fromEntries((entry.fields.address ?? []).map((field) => [field, true])),
      },
      depth: 0,
      locale: query.locale,
      draft: query.draft,
      pagination: false,
      req,
      overrideAccess: false,
    })
    for (const doc of docs as Found[]) visible.set(`${entry.slug}:${doc.id}`, doc)
  }

  const docs = hits.flatMap((hit): SearchResult[] => {
    const doc = visible.get(`${hit.collection}:${hit.docId}`)
    const entry = ctx.search.find(({ slug }) => slug === hit.collection)
    if (!doc || !entry) return []
    const slug = typeof doc.slug === 'string' && doc.slug ? doc.slug : null
    const address = { collection: entry.slug, doc, locale: ctx.defaultLocale ? query.locale : null }
    return [
      {
        type: entry.slug,
        id: doc.id,
        slug,
        title: hit.title,
        snippet: snippetOf(hit.body.trim() ? hit.body : hit.title, query.terms),
        path: pagePathOf(ctx, address),
        url: ctx.pageUrl(address),
      },
    ]
  })
  const totalPages = Math.ceil(total / limit)
  return {
    docs,
    totalDocs: total,
    limit,
    page,
    totalPages,
    hasPrevPage: page > 1,
    hasNextPage: page < totalPages,
  }
}
