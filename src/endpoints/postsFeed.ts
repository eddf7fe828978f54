import type { Endpoint, PayloadRequest } from 'payload'

import type { CharityContext } from '../options.ts'

import { Feed } from 'feed'

import { publishedAnd } from '../access/published.ts'
import { DEFAULT_WEBSITE_SECTIONS } from '../defaults.ts'
import { INTERNAL_READ } from '../hooks/boundPublicReads.ts'
import { websitePageUrl } from '../utilities/websiteUrl.ts'

type FeedPost = {
  id: number | string
  title?: string
  excerpt?: null | string
  slug?: null | string
  publishedAt?: null | string
  updatedAt?: string
  populatedAuthors?: { name?: null | string }[] | null
}

/**
 * `GET /api/posts/feed.xml`: the 50 newest published posts as RSS 2.0, for
 * feed readers, newsletters and partner sites. `?locale=cy` for Welsh.
 */
export const postsFeed = (ctx: CharityContext, slug: string): Endpoint => ({
  path: '/feed.xml',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const now = new Date().toISOString()
    // A feed is public whoever asks: only published posts whose time has come.
    const where = publishedAnd({ publishedAt: { less_than_equal: now } })
    const { docs } = await req.payload.find({
      collection: slug,
      where,
      sort: '-publishedAt',
      limit: 50,
      depth: 0,
      locale: req.locale ?? undefined,
      overrideAccess: false,
      req,
      // The feed chooses its own size; anonymous REST limits are for open-ended lists.
      context: { [INTERNAL_READ]: true },
    })

    const site = ctx.websiteUrl || req.payload.config.serverURL || ''
    const feed = new Feed({
      id: site || 'urn:payload-plugin-charity:posts',
      title: ctx.feeds.postsTitle,
      link: site || undefined,
      language: req.locale ?? 'en',
      copyright: '',
      updated: docs[0]
        ? new Date((docs[0] as unknown as FeedPost).publishedAt ?? now)
        : new Date(now),
    })
    for (const post of docs as unknown as FeedPost[]) {
      const link =
        websitePageUrl(ctx.websiteUrl, DEFAULT_WEBSITE_SECTIONS.posts, post.slug) ??
        `urn:${slug}:${post.id}`
      feed.addItem({
        id: link,
        link,
        title: post.title ?? '',
        description: post.excerpt ?? undefined,
        date: new Date(post.publishedAt ?? post.updatedAt ?? now),
        author: (post.populatedAuthors ?? [])
          .filter((a) => a.name)
          .map((a) => ({ name: a.name ?? '' })),
      })
    }
    return new Response(feed.rss2(), {
      headers: {
        'content-type': 'application/rss+xml; charset=utf-8',
        'cache-control': 'public, max-age=300',
      },
    })
  },
})
