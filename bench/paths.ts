import type { TargetName } from './targets/process.ts'

import { heroImage, homeQuery } from '../website/lib/api/queries.ts'

/**
 * Every read path the benchmark loads, and which servers answer it. Public
 * paths are what websites send (anonymous); admin paths are what the admin's
 * list views send (signed in, `draft=true`); the conditional path repeats the
 * newest-10 list with the ETag of a first answer.
 */

export type PathGroup = 'public' | 'admin' | 'conditional'

export type BenchRequest = {
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  body?: string
}

/** Content every target shares, picked once per run from the seeded data. */
export type Fixtures = {
  /** "Now", fixed when the run starts, so every target answers the same upcoming events and open appeals. */
  at: string
  slug: string
  postId: number | string
  categoryId: number | string
  campaignId: number | string
  /** The next upcoming event's slug. */
  eventSlug: string
}

export type PathSpec = {
  key: string
  label: string
  group: PathGroup
  /** The servers this path exists on: feeds and custom endpoints are the plugin's own. */
  on: TargetName[]
  request: (fixtures: Fixtures) => BenchRequest
  /** GraphQL paths: the REST paths (keys) that read the same data, one request each (bench/report.ts compares them). */
  restTwins?: string[]
  /** The search path: the `like` list query it is compared with (bench/report.ts). */
  likeTwin?: string
}

const ALL: TargetName[] = ['ours', 'uncached', 'bare', 'raw']
/** Feeds and other endpoints of ours only, with and without the cache. */
const OURS_BOTH: TargetName[] = ['ours', 'uncached']
/** Reads both Payload servers answer alike, but not the raw server (it knows only the paths above them). */
const PAYLOAD: TargetName[] = ['ours', 'uncached', 'bare']
/** Signed-in reads never use the response cache: ours and bare only. */
const SIGNED_IN: TargetName[] = ['ours', 'bare']

const get = (path: string): BenchRequest => ({ method: 'GET', path })

/** Named operations: the raw server answers by name (it has no GraphQL engine). */
const graphql = (operationName: string, query: string, variables = {}): BenchRequest => ({
  method: 'POST',
  path: '/api/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ operationName, query, variables }),
})

export const NEWEST_POSTS = '/api/posts?limit=10&sort=-publishedAt&depth=1'

/** `select[a]=true&select[b][c]=true…` for REST: the fields a GraphQL query asks for. */
const select = (fields: string[]) =>
  fields.map((field) => `select[${field.split('.').join('][')}]=true`).join('&')

// The reference website's own GraphQL reads: the home query is the website's own (website/lib/api/queries.ts);
// the layout and event queries are copies of website/lib/api/site.ts's, kept in step by hand.
const IMAGE = heroImage('')
const LINK = `link { label type url newTab reference { relationTo value {
  ... on Post { slug } ... on Event { slug } ... on Campaign { slug } ... on DonationAppeal { slug } ... on Group { slug }
  ... on Page { slug breadcrumbs { url } } } } }`
const LAYOUT = `
      settings: SiteSetting(locale: en) {
        organisationName tagline
        charityRegistrations { jurisdiction number }
        contact { email phone address }
        socialLinks { platform url }
        defaultSeo { title description image { url } }
        donateCallToAction { label url }
      }
      navigation: Navigation(locale: en) { header { ${LINK} } footer { ${LINK} } }`
/** The same three lists over REST, one request each, with the fields the GraphQL query asks for (in Welsh, `_fallback` too). */
const homeRest = (f: Fixtures, locale: string) => {
  const fields = (names: string[]) => select(locale === 'en' ? names : [...names, '_fallback'])
  return {
    posts: `/api/posts?sort=-publishedAt&limit=3&depth=1&locale=${locale}&${fields(['title', 'slug', 'excerpt', 'publishedAt', 'heroImage'])}`,
    events: `/api/events?sort=startsAt&limit=3&depth=0&locale=${locale}&where[endsAt][greater_than]=${f.at}&${fields(['title', 'slug', 'summary', 'startsAt', 'endsAt', 'timezone', 'allDay', 'eventStatus', 'attendanceMode', 'venue.name', 'venue.city'])}`,
    appeals: `/api/donation-appeals?sort=-opensAt&limit=5&depth=1&locale=${locale}&${fields(['title', 'slug', 'summary', 'currency', 'targetAmount', 'raisedAmount', 'progressPercent', 'isOpen', 'donateUrl', 'heroImage'])}`,
  }
}
/** An event page: the event with its image, speakers' photos, group and campaign (GraphQL asks for what the page shows). */
const EVENT = `query EventBySlug($slug: String) { Events(where: { slug: { equals: $slug } }, limit: 1) { docs {
  id title slug summary description eventType attendanceMode eventStatus startsAt endsAt timezone allDay
  venue { name street city region postcode country } onlineUrl
  registration { url capacity closesAt isFree price }
  speakers { name role organisation bio photo { url alt } } agenda { startsAt title description }
  ${IMAGE} group { name slug } campaign { title slug } } } }`

export const PATHS: PathSpec[] = [
  {
    key: 'posts-default',
    label: 'posts, default sort, depth 0',
    group: 'public',
    on: ALL,
    request: () => get('/api/posts?limit=10&depth=0'),
  },
  {
    key: 'posts-newest',
    label: 'newest 10 posts, depth 1',
    group: 'public',
    on: ALL,
    request: () => get(NEWEST_POSTS),
  },
  {
    key: 'post-by-slug',
    label: 'one post by slug',
    group: 'public',
    on: ALL,
    request: (f) => get(`/api/posts?where[slug][equals]=${f.slug}&limit=1&depth=1`),
  },
  {
    key: 'posts-category',
    label: 'posts in a category',
    group: 'public',
    on: ALL,
    request: (f) =>
      get(`/api/posts?where[categories][in]=${f.categoryId}&sort=-publishedAt&limit=10&depth=0`),
  },
  {
    key: 'posts-campaign',
    label: 'posts of a campaign',
    group: 'public',
    on: ALL,
    request: (f) =>
      get(`/api/posts?where[campaign][equals]=${f.campaignId}&sort=-publishedAt&limit=10&depth=0`),
  },
  {
    key: 'events-upcoming',
    label: 'upcoming events',
    group: 'public',
    on: ALL,
    request: (f) => get(`/api/events?where[startsAt][greater_than]=${f.at}&sort=startsAt&limit=10`),
  },
  {
    key: 'appeals-open',
    label: 'open appeals',
    group: 'public',
    on: ALL,
    // Open at `at`: opened (or no start) and not yet closed (or no end); the raw server reads `at` from the second half.
    request: (f) =>
      get(
        `/api/donation-appeals?where[and][0][or][0][opensAt][less_than_equal]=${f.at}&where[and][0][or][1][opensAt][exists]=false` +
          `&where[and][1][or][0][closesAt][greater_than]=${f.at}&where[and][1][or][1][closesAt][exists]=false&sort=closesAt&limit=10&depth=0`,
      ),
  },
  {
    key: 'campaign-joins',
    label: 'campaign with its joins',
    group: 'public',
    on: ALL,
    request: (f) => get(`/api/campaigns/${f.campaignId}?depth=1`),
  },
  {
    key: 'gql-posts-newest',
    label: 'newest 10 posts (GraphQL)',
    group: 'public',
    on: ALL,
    request: () =>
      graphql(
        'NewestPosts',
        'query NewestPosts { Posts(limit: 10, sort: "-publishedAt") { docs { id title slug excerpt publishedAt } } }',
      ),
  },
  {
    key: 'gql-post-by-slug',
    label: 'one post by slug (GraphQL)',
    group: 'public',
    on: ALL,
    request: (f) =>
      graphql(
        'PostBySlug',
        'query PostBySlug($slug: String) { Posts(where: { slug: { equals: $slug } }, limit: 1) { docs { id title slug excerpt content publishedAt } } }',
        { slug: f.slug },
      ),
  },
  {
    key: 'gql-events-upcoming',
    label: 'upcoming events (GraphQL)',
    group: 'public',
    on: ALL,
    request: (f) =>
      graphql(
        'UpcomingEvents',
        'query UpcomingEvents($after: DateTime) { Events(where: { startsAt: { greater_than: $after } }, sort: "startsAt", limit: 10) { docs { id title slug startsAt endsAt timezone } } }',
        { after: f.at },
      ),
  },
  {
    key: 'gql-home',
    label: 'home page: posts, events, appeals (GraphQL)',
    group: 'public',
    on: PAYLOAD,
    request: (f) => graphql('Home', `query Home { ${homeQuery('locale: en', '', f.at)} }`),
    restTwins: ['home-posts', 'home-events', 'home-appeals'],
  },
  ...(['posts', 'events', 'appeals'] as const).map((list): PathSpec => ({
    key: `home-${list}`,
    label: `home page: ${list} (REST)`,
    group: 'public',
    on: PAYLOAD,
    request: (f) => get(homeRest(f, 'en')[list]),
  })),
  {
    key: 'gql-home-cy',
    label: 'home page in Welsh, with _fallback (GraphQL)',
    group: 'public',
    on: PAYLOAD,
    // As the website asks in Welsh: one read, each document saying which fields fell back (website/lib/api/client.ts).
    request: (f) =>
      graphql('HomeCy', `query HomeCy { ${homeQuery('locale: cy', '_fallback', f.at)} }`),
    restTwins: ['home-cy-posts', 'home-cy-events', 'home-cy-appeals'],
  },
  ...(['posts', 'events', 'appeals'] as const).map((list): PathSpec => ({
    key: `home-cy-${list}`,
    label: `home page in Welsh: ${list} (REST, with _fallback)`,
    group: 'public',
    on: PAYLOAD,
    request: (f) => get(homeRest(f, 'cy')[list]),
  })),
  {
    key: 'gql-layout',
    label: 'layout: settings and navigation (GraphQL)',
    group: 'public',
    on: PAYLOAD,
    request: () => graphql('Layout', `query Layout { ${LAYOUT} }`),
    restTwins: ['layout-settings', 'layout-navigation'],
  },
  {
    key: 'layout-settings',
    label: 'layout: site settings (REST)',
    group: 'public',
    on: PAYLOAD,
    request: () => get('/api/globals/site-settings?depth=1&locale=en'),
  },
  {
    key: 'layout-navigation',
    label: 'layout: navigation (REST)',
    group: 'public',
    on: PAYLOAD,
    request: () => get('/api/globals/navigation?depth=1&locale=en'),
  },
  {
    key: 'gql-event',
    label: 'an event with its relations (GraphQL)',
    group: 'public',
    on: PAYLOAD,
    request: (f) => graphql('EventBySlug', EVENT, { slug: f.eventSlug }),
    restTwins: ['event-by-slug'],
  },
  {
    key: 'event-by-slug',
    label: 'an event by slug, depth 1 (REST)',
    group: 'public',
    on: PAYLOAD,
    // What the website's event page sends (website/lib/api/events.ts): every field, relations populated.
    request: (f) => get(`/api/events?where[slug][equals]=${f.eventSlug}&limit=1&depth=1`),
  },
  // Site search (issue #30) beside the best a website could do without it: a `like` on one collection's titles.
  {
    key: 'search',
    label: 'site search "training"',
    group: 'public',
    on: OURS_BOTH,
    request: () => get('/api/search?q=training&locale=en&limit=10'),
    likeTwin: 'search-like',
  },
  {
    key: 'search-like',
    label: 'posts where title like "training"',
    group: 'public',
    on: PAYLOAD,
    request: () => get('/api/posts?where[title][like]=training&limit=10&depth=0'),
  },
  {
    key: 'groups-list',
    label: 'groups by name, depth 0',
    group: 'public',
    // Ours only: the sample groups (two with a meeting series whose rule makes `meets`) come from the seed.
    on: OURS_BOTH,
    request: () => get('/api/groups?sort=name&limit=50&depth=0'),
  },
  {
    key: 'group-meeting',
    label: 'a group with its meeting, by slug',
    group: 'public',
    on: OURS_BOTH,
    request: () => get('/api/groups?where[slug][equals]=act-london&depth=0&limit=1'),
  },
  {
    key: 'page-live-blocks',
    label: 'a page with live blocks, depth 1',
    group: 'public',
    // Bare Payload has the page but not its live lists (hooks are stripped): not the same work.
    on: OURS_BOTH,
    request: () => get('/api/pages?where[slug][equals]=get-involved&depth=1&limit=1'),
  },
  {
    key: 'feed-rss',
    label: 'RSS feed',
    group: 'public',
    on: OURS_BOTH,
    request: () => get('/api/posts/feed.xml'),
  },
  {
    key: 'feed-ics',
    label: 'iCalendar feed',
    group: 'public',
    on: OURS_BOTH,
    request: () => get('/api/events/calendar.ics'),
  },
  {
    key: 'posts-newest-304',
    label: 'newest 10, If-None-Match',
    group: 'conditional',
    on: OURS_BOTH,
    // The ETag is added at run time, from a first answer (bench/run.ts).
    request: () => get(NEWEST_POSTS),
  },
  {
    key: 'admin-posts-updated',
    label: 'admin: posts by -updatedAt',
    group: 'admin',
    on: SIGNED_IN,
    request: () => get('/api/posts?depth=0&limit=10&sort=-updatedAt&draft=true'),
  },
  {
    key: 'admin-posts-default',
    label: 'admin: posts, default sort',
    group: 'admin',
    on: SIGNED_IN,
    request: () => get('/api/posts?depth=0&limit=10&draft=true'),
  },
  {
    key: 'admin-events',
    label: 'admin: events by -startsAt',
    group: 'admin',
    on: SIGNED_IN,
    request: () => get('/api/events?depth=0&limit=10&sort=-startsAt&draft=true'),
  },
  {
    key: 'admin-appeals',
    label: 'admin: donation appeals',
    group: 'admin',
    on: SIGNED_IN,
    request: () => get('/api/donation-appeals?depth=0&limit=10&draft=true'),
  },
  {
    key: 'admin-campaigns',
    label: 'admin: campaigns',
    group: 'admin',
    on: SIGNED_IN,
    request: () => get('/api/campaigns?depth=0&limit=10&draft=true'),
  },
  {
    key: 'admin-post-versions',
    label: 'admin: a post’s versions',
    group: 'admin',
    on: SIGNED_IN,
    request: (f) =>
      get(`/api/posts/versions?where[parent][equals]=${f.postId}&depth=0&limit=10&sort=-updatedAt`),
  },
  // The editors' dashboard (src/components/Dashboard) reads these through the Local API as the
  // signed-in user; over REST they run the same queries through the same access rules.
  {
    key: 'dashboard-events',
    label: 'dashboard: upcoming events',
    group: 'admin',
    on: SIGNED_IN,
    request: (f) =>
      get(`/api/events?where[startsAt][greater_than_equal]=${f.at}&sort=startsAt&limit=5&depth=0`),
  },
  {
    key: 'dashboard-appeals',
    label: 'dashboard: appeals closing soonest',
    group: 'admin',
    on: SIGNED_IN,
    request: (f) =>
      get(
        `/api/donation-appeals?where[and][0][_status][equals]=published&where[and][1][or][0][opensAt][exists]=false&where[and][1][or][1][opensAt][less_than_equal]=${f.at}&where[and][2][closesAt][greater_than]=${f.at}&sort=closesAt&limit=5&depth=0`,
      ),
  },
  {
    key: 'dashboard-requests',
    label: 'dashboard: new training requests',
    group: 'admin',
    on: SIGNED_IN,
    request: () =>
      get(
        '/api/training-requests?where[requestStatus][equals]=new&sort=-createdAt&limit=5&depth=0&select[town]=true&select[region]=true&select[expectedAttendees]=true&select[createdAt]=true',
      ),
  },
]

/** Which ids an answer holds (docs, a GraphQL list, or a document and its joins): equal lists mean the same rows. */
export const answerIds = (body: unknown): string => {
  if (!body || typeof body !== 'object') return ''
  const ids = (docs: unknown) =>
    Array.isArray(docs) ? docs.map((doc) => (doc as { id?: unknown }).id).join(',') : ''
  const record = body as Record<string, unknown>
  if (Array.isArray(record.docs)) return ids(record.docs)
  if (record.data && typeof record.data === 'object') {
    const [list] = Object.values(record.data as Record<string, { docs?: unknown }>)
    return ids(list?.docs)
  }
  if (record.id !== undefined) {
    const joins = ['posts', 'events', 'appeals'].map(
      (name) => `${name}:${ids((record[name] as { docs?: unknown } | undefined)?.docs)}`,
    )
    return [String(record.id), ...joins].join(' ')
  }
  return ''
}
