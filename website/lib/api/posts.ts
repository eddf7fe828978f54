import type { Reader } from './client'
import type { List, Post } from './types'

import { restGet, tag } from './client'

export const POSTS_PER_PAGE = 10

export type PostFilter = { page?: number; category?: string; campaign?: string }

/** Published posts, newest first, optionally in one category or campaign (by slug). */
export const listPosts = (reader: Reader, filter: PostFilter = {}): Promise<List<Post> | null> => {
  const query = new URLSearchParams({
    sort: '-publishedAt',
    limit: String(POSTS_PER_PAGE),
    page: String(filter.page ?? 1),
    depth: '1',
  })
  if (filter.category) query.set('where[categories.slug][equals]', filter.category)
  if (filter.campaign) query.set('where[campaign.slug][equals]', filter.campaign)
  return restGet<List<Post>>(`/api/posts?${query}`, reader, [tag('posts', reader.locale)])
}

/** One post by slug, with its related events and campaign as small objects. */
export const getPost = async (reader: Reader, slug: string): Promise<null | Post> => {
  const query = new URLSearchParams({ 'where[slug][equals]': slug, limit: '1', depth: '1' })
  const list = await restGet<List<Post>>(`/api/posts?${query}`, reader, [
    tag('posts', reader.locale, slug),
    // The page shows related events and the campaign by title.
    tag('events', reader.locale),
    tag('campaigns', reader.locale),
  ])
  return list?.docs[0] ?? null
}
