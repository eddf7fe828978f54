import type { Reader } from './client'
import type { Appeal, List } from './types'

import { restGet, tag } from './client'

export const listAppeals = (reader: Reader): Promise<List<Appeal> | null> =>
  restGet<List<Appeal>>(
    `/api/donation-appeals?${new URLSearchParams({ sort: '-opensAt', limit: '50', depth: '1' })}`,
    reader,
    [tag('donation-appeals', reader.locale)],
  )

export const getAppeal = async (reader: Reader, slug: string): Promise<Appeal | null> => {
  const query = new URLSearchParams({ 'where[slug][equals]': slug, limit: '1', depth: '1' })
  const list = await restGet<List<Appeal>>(`/api/donation-appeals?${query}`, reader, [
    tag('donation-appeals', reader.locale, slug),
    tag('campaigns', reader.locale),
  ])
  return list?.docs[0] ?? null
}
