import type { Endpoint, PayloadRequest } from 'payload'

import type { CharityContext } from '../context.ts'

import { Feed } from 'feed'

import { publishedAnd } from '../access/published.ts'
import { guardEndpoint } from '../guards/endpoint.ts'
import { INTERNAL_READ } from '../hooks/boundPublicReads.ts'
import { apiUrl } from '../utilities/apiUrl.ts'
import { pageLocaleOf } from '../utilities/pageUrl.ts'
import { feedFilterConstraints, feedParams } from './feedFilters.ts'

type FeedPost = {
  id: number | string
  title?: string
  excerpt?: null | string
  slug?: null | string
  publishedAt?: null | string
  updatedAt?: string
  populatedAuthors?: { name?: null | string }[] | null
}

/** How many posts every feed carries. */
const FEED_SIZE = 50

const CACHE = 'public, max-age=300'

type FeedFormat = 'atom' | 'json' | 'rss'

const PATHS: Record<FeedFormat, string> = {
  rss: '/feed.xml',
  atom: '/feed.atom',
  json: '/feed.json',
}

/** A post's page on the website, or null without a website address. */
const pageOf = (ctx: CharityContext, slug: string, req: PayloadRequest, post: FeedPost) =>
  ctx.pageUrl({ collection: slug, doc: post, locale: pageLocaleOf(req) })

/** Where a reader follows an item: the website's page, else the post in this API. */
const linkOf = (ctx: CharityContext, slug: string, req: PayloadRequest, post: FeedPost) =>
  pageOf(ctx, slug, req, post) ?? apiUrl(req.payload.config, `/${slug}/${post.id}`)

const optional = <K extends string>(key: K, value: null | string) =>
  value ? ({ [key]: value } as Record<K, string>) : {}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written out directly: it is plain JSON. */
const jsonFeed = (
  ctx: CharityContext,
  slug: string,
  req: PayloadRequest,
  posts: FeedPost[],
  query: string,
) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: ctx.feeds.postsTitle,
  ...(ctx.websiteUrl ? { home_page_url: ctx.websiteUrl } : {}),
  ...optional('feed_url', apiUrl(req.payload.config, `/${slug}${PATHS.json}${query}`)),
  language: req.locale ?? 'en',
  items: posts.map((post) => {
    const authors = (post.populatedAuthors ?? [])
      .filter((a) => a.name)
      .map((a) => ({ name: a.name }))
    return {
      // The same id whatever the address of the API: a reader keeps what it has read.
      id: pageOf(ctx, slug, req, post) ?? `urn:${slug}:${post.id}`,
      ...optional('url', linkOf(ctx, slug, req, post)),
      title: post.title ?? '',
      content_text: post.excerpt || post.title || '',
      ...(post.excerpt ? { summary: post.excerpt } : {}),
      ...(post.publishedAt ? { date_published: new Date(post.publishedAt).toISOString() } : {}),
      ...(post.updatedAt ? { date_modified: new Date(post.updatedAt).toISOString() } : {}),
      ...(authors.length ? { authors } : {}),
    }
  }),
})

/**
 * `GET /api/posts/feed.xml` (RSS 2.0), `/feed.atom` (Atom 1.0) and
 * `/feed.json` (JSON Feed 1.1): the 50 newest published posts, for feed
 * readers, newsletters and partner sites. `?locale=cy` for Welsh;
 * `?category=` and `?campaign=` (id or slug) narrow them.
 */
const postsFeedEndpoint = (ctx: CharityContext, slug: string, format: FeedFormat): Endpoint => ({
  path: PATHS[format],
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const filters = await feedFilterConstraints(ctx, slug, req)
    if (filters instanceof Response) return filters
    const now = new Date().toISOString()
    // A feed is public whoever asks: only published posts whose time has come.
    const where = publishedAnd({ publishedAt: { less_than_equal: now } }, ...filters)
    const { docs } = await req.payload.find({
      collection: slug,
      where,
      sort: '-publishedAt',
      limit: FEED_SIZE,
      depth: 0,
      select: {
        title: true,
        excerpt: true,
        slug: true,
        publishedAt: true,
        updatedAt: true,
        populatedAuthors: true,
      },
      locale: req.locale ?? undefined,
      overrideAccess: false,
      req,
      // The feed chooses its own size; anonymous REST limits are for open-ended lists.
      context: { [INTERNAL_READ]: true },
    })
    const posts = docs as unknown as FeedPost[]
    const query = req.url ? new URL(req.url).search : ''

    if (format === 'json') {
      return Response.json(jsonFeed(ctx, slug, req, posts, query), {
        headers: { 'content-type': 'application/feed+json; charset=utf-8', 'cache-control': CACHE },
      })
    }

    const site = ctx.websiteUrl || req.payload.config.serverURL || ''
    const feed = new Feed({
      id: site || 'urn:payload-plugin-charity:posts',
      title: ctx.feeds.postsTitle,
      link: site || undefined,
      language: req.locale ?? 'en',
      copyright: '',
      updated: posts[0] ? new Date(posts[0].publishedAt ?? now) : new Date(now),
      feedLinks: { atom: apiUrl(req.payload.config, `/${slug}${PATHS.atom}${query}`) ?? undefined },
      // Atom wants an author for every entry; the feed's own name stands in for posts without a byline.
      author: { name: ctx.feeds.postsTitle },
    })
    for (const post of posts) {
      const id = pageOf(ctx, slug, req, post) ?? `urn:${slug}:${post.id}`
      feed.addItem({
        id,
        link: linkOf(ctx, slug, req, post) ?? id,
        title: post.title ?? '',
        description: post.excerpt ?? undefined,
        date: new Date(post.publishedAt ?? post.updatedAt ?? now),
        author: (post.populatedAuthors ?? [])
          .filter((a) => a.name)
          .map((a) => ({ name: a.name ?? '' })),
      })
    }
    return format === 'atom'
      ? new Response(feed.atom1(), {
          headers: {
            'content-type': 'application/atom+xml; charset=utf-8',
            'cache-control': CACHE,
          },
        })
      : new Response(feed.rss2(), {
          headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': CACHE },
        })
  },
})

/** The three post feeds, each counted against the feeds' rate limit. */
export const postsFeeds = (ctx: CharityContext, slug: string): Endpoint[] =>
  (['rss', 'atom', 'json'] as const).map((format) =>
    guardEndpoint(
      { rateLimit: 'feeds', params: feedParams(ctx) },
      postsFeedEndpoint(ctx, slug, format),
    ),
  )
