/**
 * Content model, validation: every rule refuses bad input with a 400 that
 * names the field, over REST and GraphQL, and nothing is stored.
 */
import {
  countDocs,
  createDoc,
  DAY,
  expectGraphQLFieldError,
  expectRestFieldError,
  fromNow,
  graphqlCreate,
  graphqlUpdate,
  HOUR,
  paragraph,
  richText,
  socialEmbed,
  toGraphQLInput,
  unique,
} from './helpers/content.ts'
import { describeEachAdapter } from './helpers/harness.ts'

type Case = {
  rule: string
  collection: string
  data: () => Record<string, unknown>
  path: string
}

const start = fromNow(10 * DAY)

/** The smallest valid document of each collection, with the fields GraphQL insists on. */
const VALID: Record<string, () => Record<string, unknown>> = {
  posts: () => ({ title: unique('Post') }),
  events: () => ({
    title: unique('Event'),
    eventType: 'workshop',
    eventStatus: 'scheduled',
    attendanceMode: 'in-person',
    timezone: 'Europe/London',
    startsAt: start,
    endsAt: fromNow(10 * DAY + 2 * HOUR),
  }),
  campaigns: () => ({ title: unique('Campaign'), campaignStatus: 'planned' }),
  'donation-appeals': () => ({ title: unique('Appeal'), currency: 'GBP', targetAmount: 500000 }),
  categories: () => ({ title: unique('Category') }),
}

const invalid = (
  collection: string,
  rule: string,
  path: string,
  bad: Record<string, unknown>,
): Case => ({
  rule,
  collection,
  path,
  data: () => ({ ...VALID[collection](), ...bad }),
})

const CASES: Case[] = [
  invalid('posts', 'a slug that is not URL-safe (spaces and capitals)', 'slug', {
    slug: 'Not URL Safe',
  }),
  invalid('posts', 'a slug with a double hyphen', 'slug', { slug: 'two--hyphens' }),
  invalid('events', 'a slug that is not URL-safe (slash)', 'slug', { slug: 'a/b' }),
  invalid('events', 'an event that ends when it starts', 'endsAt', { endsAt: start }),
  invalid('events', 'an event that ends before it starts', 'endsAt', { endsAt: fromNow(9 * DAY) }),
  invalid('events', 'an online event without onlineUrl', 'onlineUrl', { attendanceMode: 'online' }),
  invalid('events', 'a hybrid event without onlineUrl', 'onlineUrl', { attendanceMode: 'hybrid' }),
  invalid('events', 'an onlineUrl that is not https', 'onlineUrl', {
    attendanceMode: 'online',
    onlineUrl: 'http://meet.example.org/training',
  }),
  invalid('events', 'an onlineUrl that is not an address', 'onlineUrl', {
    attendanceMode: 'hybrid',
    onlineUrl: 'the usual room',
  }),
  invalid('events', 'a timezone that is not IANA', 'timezone', { timezone: 'Mars/Olympus_Mons' }),
  invalid('events', 'a latitude outside -90..90', 'location.latitude', {
    location: { latitude: 91, longitude: 0 },
  }),
  invalid('events', 'a registration url that is not a web address', 'registration.url', {
    registration: { url: 'javascript:alert(1)', isFree: true },
  }),
  invalid('events', 'a ticket price in fractions of a penny', 'registration.price', {
    registration: { isFree: false, price: 12.5 },
  }),
  invalid('donation-appeals', 'a currency in lower case', 'currency', { currency: 'gbp' }),
  invalid('donation-appeals', 'a currency that ISO 4217 does not know', 'currency', {
    currency: 'ABC',
  }),
  invalid('donation-appeals', 'a target of zero', 'targetAmount', { targetAmount: 0 }),
  invalid('donation-appeals', 'a negative target', 'targetAmount', { targetAmount: -500 }),
  invalid('donation-appeals', 'a target that is not a whole number of pence', 'targetAmount', {
    targetAmount: 2500.5,
  }),
  invalid('donation-appeals', 'a suggested amount of zero', 'suggestedAmounts.0.amount', {
    suggestedAmounts: [{ amount: 0, impact: 'Nothing' }],
  }),
  invalid('donation-appeals', 'a suggested amount that is negative', 'suggestedAmounts.1.amount', {
    suggestedAmounts: [{ amount: 1000 }, { amount: -1000 }],
  }),
  invalid(
    'donation-appeals',
    'a suggested amount that is not a whole number of pence',
    'suggestedAmounts.0.amount',
    {
      suggestedAmounts: [{ amount: 9.99 }],
    },
  ),
  invalid('donation-appeals', 'closesAt before opensAt', 'closesAt', {
    opensAt: fromNow(5 * DAY),
    closesAt: fromNow(DAY),
  }),
  invalid('donation-appeals', 'closesAt equal to opensAt', 'closesAt', {
    opensAt: start,
    closesAt: start,
  }),
  invalid('donation-appeals', 'a donateUrl that is not https', 'donateUrl', {
    donateUrl: 'http://pay.example.org/give',
  }),
  invalid('campaigns', 'endDate before startDate', 'endDate', {
    startDate: fromNow(30 * DAY),
    endDate: fromNow(DAY),
  }),
  invalid('campaigns', 'a call-to-action url that is not a web address', 'callToAction.url', {
    callToAction: { label: 'Sign', url: 'ftp://files.example.org' },
  }),
  invalid('campaigns', 'a stat whose sourceUrl is not a web address', 'stats.0.sourceUrl', {
    stats: [
      {
        value: '41%',
        label: 'of companies',
        source: 'KnowTheChain',
        sourceUrl: 'knowthechain dot org',
      },
    ],
  }),
  invalid('campaigns', 'a partner url that is not a web address', 'partners.0.url', {
    partners: [{ name: 'Partner', url: 'www.example.org' }],
  }),
  invalid('campaigns', 'a hashtag with a space in it', 'hashtags', { hashtags: ['#ok', 'not ok'] }),
  invalid('categories', 'a category slug that is not URL-safe', 'slug', { slug: 'Café & Bar' }),
  invalid('posts', 'a social-post embed whose url is not https', 'content', {
    content: richText(paragraph('See this:'), socialEmbed('http://bsky.example/post/1')),
  }),
]

describeEachAdapter('content validation', (backend) => {
  describe.each(CASES)('$collection: $rule', ({ collection, data, path }) => {
    it(`is refused over REST with a 400 naming ${path}, and nothing is stored`, async () => {
      const before = await countDocs(backend, collection)
      const response = await backend.api.request(`/api/${collection}`, {
        body: data(),
        token: backend.admin.token,
      })
      expectRestFieldError(response, path)
      expect(await countDocs(backend, collection)).toBe(before)
    })

    it(`is refused over GraphQL with a 400 naming ${path}, and nothing is stored`, async () => {
      const before = await countDocs(backend, collection)
      const response = await graphqlCreate(backend, collection, data())
      expectGraphQLFieldError(response, path)
      expect(await countDocs(backend, collection)).toBe(before)
    })
  })

  describe.each(['posts', 'events', 'campaigns', 'donation-appeals', 'categories'])(
    '%s: slug clash',
    (collection) => {
      it('refuses a second document with the same slug (400 naming slug, REST and GraphQL) and stores nothing', async () => {
        const slug = unique('same-slug')
        await createDoc(backend, collection, { ...VALID[collection](), slug })
        const before = await countDocs(backend, collection)

        const rest = await backend.api.request(`/api/${collection}`, {
          body: { ...VALID[collection](), slug },
          token: backend.admin.token,
        })
        expectRestFieldError(rest, 'slug')

        const gql = await graphqlCreate(backend, collection, { ...VALID[collection](), slug })
        expectGraphQLFieldError(gql, 'slug')

        expect(await countDocs(backend, collection)).toBe(before)
      })

      it('refuses renaming a document to a slug another one has, and keeps its own', async () => {
        const taken = await createDoc(backend, collection, VALID[collection]())
        const mine = await createDoc(backend, collection, VALID[collection]())

        const rest = await backend.api.request(`/api/${collection}/${mine.id}`, {
          method: 'PATCH',
          body: { slug: taken.slug },
          token: backend.admin.token,
        })
        expectRestFieldError(rest, 'slug')
        const gql = await graphqlUpdate(backend, collection, mine.id, { slug: taken.slug })
        expectGraphQLFieldError(gql, 'slug')

        const reread = await backend.api.request(`/api/${collection}/${mine.id}?depth=0`, {
          token: backend.admin.token,
        })
        expect(reread.body.slug).toBe(mine.slug)
      })
    },
  )

  it('allows the same slug in two different collections', async () => {
    const slug = unique('shared-slug')
    await createDoc(backend, 'posts', { ...VALID.posts(), slug })
    const event = await createDoc(backend, 'events', { ...VALID.events(), slug })
    expect(event.slug).toBe(slug)
  })

  describe('updates', () => {
    it('refuses moving an event start past its end (400 naming endsAt, REST and GraphQL) and keeps the stored dates', async () => {
      const event = await createDoc(backend, 'events', { ...VALID.events(), _status: 'published' })
      const rest = await backend.api.request(`/api/events/${event.id}`, {
        method: 'PATCH',
        body: { startsAt: fromNow(20 * DAY) },
        token: backend.admin.token,
      })
      expectRestFieldError(rest, 'endsAt')
      const gql = await graphqlUpdate(backend, 'events', event.id, { startsAt: fromNow(20 * DAY) })
      expectGraphQLFieldError(gql, 'endsAt')

      const reread = await backend.api.request(`/api/events/${event.id}?depth=0`)
      expect({
        startsAt: reread.body.startsAt,
        endsAt: reread.body.endsAt,
        sequence: reread.body.sequence,
      }).toEqual({
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        sequence: 0,
      })
    })

    it('refuses switching an event online without an onlineUrl and keeps it in person', async () => {
      const event = await createDoc(backend, 'events', VALID.events())
      const rest = await backend.api.request(`/api/events/${event.id}`, {
        method: 'PATCH',
        body: { attendanceMode: 'online' },
        token: backend.admin.token,
      })
      expectRestFieldError(rest, 'onlineUrl')
      const reread = await backend.api.request(`/api/events/${event.id}?depth=0`, {
        token: backend.admin.token,
      })
      expect(reread.body.attendanceMode).toBe('in-person')
    })

    it('refuses an appeal target of zero on update and keeps the old target', async () => {
      const appeal = await createDoc(backend, 'donation-appeals', VALID['donation-appeals']())
      const rest = await backend.api.request(`/api/donation-appeals/${appeal.id}`, {
        method: 'PATCH',
        body: { targetAmount: 0 },
        token: backend.admin.token,
      })
      expectRestFieldError(rest, 'targetAmount')
      const gql = await graphqlUpdate(backend, 'donation-appeals', appeal.id, { targetAmount: -1 })
      expectGraphQLFieldError(gql, 'targetAmount')
      const reread = await backend.api.request(`/api/donation-appeals/${appeal.id}?depth=0`, {
        token: backend.admin.token,
      })
      expect(reread.body.targetAmount).toBe(500000)
    })
  })

  describe('globals', () => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      [
        'site-settings',
        'a social link that is not https',
        {
          organisationName: 'Our charity',
          socialLinks: [{ platform: 'x', url: 'http://x.example/charity' }],
        },
        'socialLinks.0.url',
      ],
      [
        'site-settings',
        'a donate call-to-action url that is not https',
        {
          organisationName: 'Our charity',
          donateCallToAction: { label: 'Give', url: 'give.example.org' },
        },
        'donateCallToAction.url',
      ],
      [
        'navigation',
        'a header link url that is not an address',
        { header: [{ link: { label: 'Home', type: 'custom', url: 'home page' } }] },
        'header.0.link.url',
      ],
      [
        'navigation',
        'a footer link that points to a page without choosing one',
        { footer: [{ link: { label: 'About', type: 'reference' } }] },
        'footer.0.link.reference',
      ],
    ]
    const GRAPHQL = {
      'site-settings': { mutation: 'updateSiteSetting', input: 'mutationSiteSettingInput' },
      navigation: { mutation: 'updateNavigation', input: 'mutationNavigationInput' },
    } as const

    it.each(cases)(
      '%s: refuses %s (400 naming the field, REST and GraphQL) and keeps what was there',
      async (slug, _rule, data, path) => {
        const before = await backend.api.request(`/api/globals/${slug}?depth=0`)
        const rest = await backend.api.request(`/api/globals/${slug}`, {
          body: data,
          token: backend.admin.token,
        })
        expectRestFieldError(rest, path)

        const { mutation, input } = GRAPHQL[slug as keyof typeof GRAPHQL]
        const gql = await backend.api.graphql(
          `mutation ($data: ${input}!) { ${mutation}(data: $data) { updatedAt } }`,
          { data: toGraphQLInput(data) },
          backend.admin.token,
        )
        expectGraphQLFieldError(gql, path)

        const after = await backend.api.request(`/api/globals/${slug}?depth=0`)
        expect(after.body).toEqual(before.body)
      },
    )
  })
})
