import type { Reader } from './client'
import type { Campaign, List } from './types'

import { restGet, tag } from './client'

export const listCampaigns = (reader: Reader): Promise<List<Campaign> | null> =>
  restGet<List<Campaign>>(
    `/api/campaigns?${new URLSearchParams({ sort: '-startDate', limit: '50', depth: '1', joins: 'false' })}`,
    reader,
    [tag('campaigns', reader.locale)],
  )

/** A campaign with its published posts, events and appeals (the joins) and the groups taking part. */
export const getCampaign = async (reader: Reader, slug: string): Promise<Campaign | null> => {
  const query = new URLSearchParams({ 'where[slug][equals]': slug, limit: '1', depth: '1' })
  const list = await restGet<List<Campaign>>(`/api/campaigns?${query}`, reader, [
    tag('campaigns', reader.locale, slug),
    tag('posts', reader.locale),
    tag('events', reader.locale),
    tag('donation-appeals', reader.locale),
    tag('groups', reader.locale),
  ])
  return list?.docs[0] ?? null
}
