import type { Fixtures } from './paths.ts'

import { ADMIN } from './db/prepare.ts'

type Doc = { id: number | string; slug?: string }
type List = { docs: Doc[]; totalDocs: number }

const getJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** The one of `candidates` with the most public posts matching `where`: the busiest list to load. */
const busiest = async (url: string, candidates: Doc[], where: (id: Doc['id']) => string) => {
  let best: Doc | undefined
  let most = -1
  for (const candidate of candidates) {
    const { totalDocs } = await getJson<List>(
      `${url}/api/posts?${where(candidate.id)}&limit=1&depth=0`,
    )
    if (totalDocs > most) [best, most] = [candidate, totalDocs]
  }
  if (!best) throw new Error('no candidates to choose from')
  return best.id
}

/** Pick the shared content from this backend as a reader sees it (every target holds the same rows). */
export const findFixtures = async (url: string): Promise<Fixtures> => {
  // Whole seconds: the same text in every URL, whichever server reads it.
  const at = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString()
  const newest = (await getJson<List>(`${url}/api/posts?limit=1&sort=-publishedAt&depth=0`)).docs[0]
  if (!newest?.slug) throw new Error('the seeded database has no published post')
  const categories = await getJson<List>(`${url}/api/categories?limit=100&depth=0`)
  const campaigns = await getJson<List>(`${url}/api/campaigns?limit=100&depth=0`)
  const event = (
    await getJson<List>(
      `${url}/api/events?where[startsAt][greater_than]=${at}&sort=startsAt&limit=1&depth=0`,
    )
  ).docs[0]
  if (!event?.slug) throw new Error('the seeded database has no upcoming published event')
  return {
    eventSlug: event.slug,
    at,
    slug: newest.slug,
    postId: newest.id,
    categoryId: await busiest(url, categories.docs, (id) => `where[categories][in]=${id}`),
    campaignId: await busiest(url, campaigns.docs, (id) => `where[campaign][equals]=${id}`),
  }
}

/** Sign in as the seeded admin: the token admin paths send as `Authorization: JWT <token>`. */
export const adminToken = async (url: string): Promise<string> => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) {
    throw new Error(`signing in at ${url} failed: ${response.status} ${JSON.stringify(body)}`)
  }
  return body.token
}
