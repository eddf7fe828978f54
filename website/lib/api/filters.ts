import type { Reader } from './client'
import type { Category } from './types'

import { graphqlRead, tag } from './client'

export type Option = { slug: string; label: string }

/** The choices for the news and events filters (categories, campaigns, groups): one GraphQL request. */
export const getFilterOptions = async (
  reader: Reader,
): Promise<{ categories: Option[]; campaigns: Option[]; groups: Option[] }> => {
  const raw = await graphqlRead<{
    categories: { docs: (Category & { slug: string })[] }
    campaigns: { docs: { slug: string; title: string }[] }
    groups: { docs: { slug: string; name: string }[] }
  }>(
    (locale) => `
      categories: Categories(${locale}, sort: "title", limit: 100) { docs { slug title } }
      campaigns: Campaigns(${locale}, sort: "title", limit: 100) { docs { slug title } }
      groups: Groups(${locale}, sort: "name", limit: 100) { docs { slug name } }`,
    reader,
    [
      tag('categories', reader.locale),
      tag('campaigns', reader.locale),
      tag('groups', reader.locale),
    ],
  )
  return {
    categories: raw.categories.docs.map((c) => ({ slug: c.slug, label: c.title })),
    campaigns: raw.campaigns.docs.map((c) => ({ slug: c.slug, label: c.title })),
    groups: raw.groups.docs.map((g) => ({ slug: g.slug, label: g.name })),
  }
}
