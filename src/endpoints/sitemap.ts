import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { CharityContext, PublicPageCollection } from '../context.ts'

import { Readable } from 'node:stream'
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'

import { outByNow } from '../access/outByNow.ts'
import { publishedAnd } from '../access/published.ts'
import { websiteConfigured } from '../components/preview.ts'
import { guardEndpoint } from '../guards/endpoint.ts'
import { INTERNAL_READ } from '../hooks/boundPublicReads.ts'
import { badRequest } from './feedFilters.ts'

/** Read in slices, with the event loop free between them (a sitemap lists everything). */
const BATCH = 500

const HEADERS = {
  'content-type': 'application/xml; charset=utf-8',
  'cache-control': 'public, max-age=300',
}

/** What else keeps a collection's documents from the public, beyond being published. */
const PUBLIC_CONSTRAINTS: Partial<Record<PublicPageCollection['key'], () => Where>> = {
  posts: outByNow,
}

type Entry = {
  url: string
  lastmod?: string
  links: { lang: string; url: string }[]
}

const languages = (ctx: CharityContext): (null | string)[] =>
  ctx.locales.length ? ctx.locales : [null]

/** One document's URLs: one per language, each naming the others (and x-default) as alternates. */
const entriesOf = (
  ctx: CharityContext,
  collection: string,
  doc: Record<string, unknown>,
): Entry[] => {
  const urls = languages(ctx).flatMap((locale) => {
    const url = ctx.pageUrl({ collection, doc, locale })
    return url ? [{ locale, url }] : []
  })
  const alternates = urls.flatMap(({ locale, url }) =>
    locale === null
      ? []
      : [
          { lang: locale, url },
          ...(locale === ctx.defaultLocale ? [{ lang: 'x-default', url }] : []),
        ],
  )
  const lastmod = typeof doc.updatedAt === 'string' ? doc.updatedAt : undefined
  return urls.map(({ url }) => ({
    url,
    lastmod,
    links: alternates.length > 1 ? alternates : [],
  }))
}

const whereFor = (page: PublicPageCollection): Where => {
  const constraint = PUBLIC_CONSTRAINTS[page.key]
  return constraint ? publishedAnd(constraint()) : publishedAnd()
}

/** Published documents of one collection, `limit` from `page` (1-based, in `limit`s), oldest first. */
const readDocs = async (
  req: PayloadRequest,
  page: PublicPageCollection,
  limit: number,
  from: number,
): Promise<{ docs: Record<string, unknown>[]; hasNextPage: boolean }> => {
  const result = await req.payload.find({
    collection: page.slug,
    where: whereFor(page),
    sort: 'createdAt',
    limit,
    page: from,
    depth: 0,
    // The sitemap is the public's view whoever asks.
    draft: false,
    overrideAccess: false,
    req,
    context: { [INTERNAL_READ]: true },
  })
  return { docs: result.docs as Record<string, unknown>[], hasNextPage: result.hasNextPage }
}

const countDocs = async (req: PayloadRequest, page: PublicPageCollection) =>
  (
    await req.payload.count({
      collection: page.slug,
      where: whereFor(page),
      overrideAccess: false,
      req,
    })
  ).totalDocs

const xml = async (stream: SitemapIndexStream | SitemapStream, items: unknown[]) =>
  (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8')

/** A sitemap with no page yet (the `sitemap` library refuses to write one). */
const EMPTY_URLSET =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>'

const urlset = async (entries: Entry[]) =>
  entries.length === 0
    ? EMPTY_URLSET
    : xml(
        new SitemapStream({ xmlns: { xhtml: true, news: false, image: false, video: false } }),
        entries,
      )

/**
 * `GET /api/sitemap.xml`: every published page of the website, in every
 * language, with `lastmod` and `hreflang` alternates, its addresses made by
 * `pageUrl`. Past `maxUrls` (50,000, the sitemaps.org limit) it is a sitemap
 * index whose files are `?collection=<slug>&page=<n>`.
 */
export const sitemapEndpoint = (ctx: CharityContext): Endpoint =>
  // Counted with the feeds, and strict about its parameters like them.
  guardEndpoint({ rateLimit: 'feeds', params: ['collection', 'page'] }, sitemapHandler(ctx))

const sitemapHandler = (ctx: CharityContext): Endpoint => ({
  path: '/sitemap.xml',
  method: 'get',
  handler: async (req) => {
    if (!websiteConfigured(ctx)) {
      return Response.json(
        {
          errors: [
            {
              message:
                "No website address is configured, so a sitemap has no addresses to list: set the plugin's websiteUrl (FRONTEND_URL in the reference backend) or pageUrl.",
            },
          ],
        },
        { status: 404 },
      )
    }
    const pages = ctx.publicPages
    const perDoc = Math.max(1, languages(ctx).length)
    const docsPerFile = Math.max(1, Math.floor(ctx.sitemap.maxUrls / perDoc))
    const collection = req.searchParams.get('collection')
    const pageParam = req.searchParams.get('page')

    if (collection !== null || pageParam !== null) {
      const page = pages.find(({ slug }) => slug === collection)
      const number = Number(pageParam)
      if (!page || !Number.isInteger(number) || number < 1 || number > 100_000) {
        return badRequest(
          `A sitemap file is ?collection=<one of ${pages.map(({ slug }) => slug).join(', ')}>&page=<1 or more>, as the sitemap index lists them.`,
        )
      }
      const { docs } = await readDocs(req, page, docsPerFile, number)
      return new Response(await urlset(docs.flatMap((doc) => entriesOf(ctx, page.slug, doc))), {
        headers: HEADERS,
      })
    }

    const counts = await Promise.all(pages.map((page) => countDocs(req, page)))
    const total = counts.reduce((sum, count) => sum + count, 0) * perDoc
    if (total > ctx.sitemap.maxUrls) {
      const self = new URL(
        req.url ?? '/api/sitemap.xml',
        req.payload.config.serverURL || 'http://localhost',
      )
      const base = `${req.payload.config.serverURL || self.origin}${req.payload.config.routes.api}/sitemap.xml`
      const files = pages.flatMap((page, index) =>
        Array.from({ length: Math.ceil(counts[index] / docsPerFile) }, (_, n) => ({
          url: `${base}?collection=${encodeURIComponent(page.slug)}&page=${n + 1}`,
        })),
      )
      return new Response(await xml(new SitemapIndexStream(), files), { headers: HEADERS })
    }

    const entries: Entry[] = []
    for (const page of pages) {
      for (let number = 1; ; number++) {
        const { docs, hasNextPage } = await readDocs(req, page, BATCH, number)
        for (const doc of docs) entries.push(...entriesOf(ctx, page.slug, doc))
        if (!hasNextPage) break
      }
    }
    return new Response(await urlset(entries), { headers: HEADERS })
  },
})
