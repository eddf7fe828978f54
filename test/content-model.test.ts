/**
 * Content model, the public contract: the fields websites read over REST and
 * GraphQL, Welsh with English fallback, the queries the README shows, rich
 * text, small related documents, drafts and versions, and the indexes.
 */
import type { CollectionConfig, GlobalConfig } from 'payload'

import {
  bulletList,
  createDoc,
  DAY,
  fromNow,
  heading,
  HOUR,
  idType,
  indexedColumns,
  link,
  paragraph,
  quote,
  richText,
  setAppealTotals,
  socialEmbed,
  unique,
  updateDoc,
  uploadImage,
  uploadNode,
  words,
} from './helpers/content.ts'
import { describeEachAdapter } from './helpers/harness.ts'

/** DESIGN.md, "Content model": the public field names of each collection. */
const CONTRACT = {
  posts: [
    'title',
    'slug',
    'excerpt',
    'content',
    'heroImage',
    'populatedAuthors',
    'categories',
    'campaign',
    'relatedEvents',
    'publishedAt',
    'readingTimeMinutes',
    'meta',
  ],
  events: [
    'title',
    'slug',
    'summary',
    'description',
    'eventType',
    'startsAt',
    'endsAt',
    'timezone',
    'allDay',
    'attendanceMode',
    'venue',
    'location',
    'onlineUrl',
    'registration',
    'eventStatus',
    'previousStartsAt',
    'sequence',
    'speakers',
    'agenda',
    'campaign',
    'heroImage',
    'meta',
  ],
  campaigns: [
    'title',
    'slug',
    'summary',
    'description',
    'campaignStatus',
    'startDate',
    'endDate',
    'callToAction',
    'stats',
    'partners',
    'hashtags',
    'posts',
    'events',
    'appeals',
    'heroImage',
    'meta',
  ],
  'donation-appeals': [
    'title',
    'slug',
    'summary',
    'story',
    'campaign',
    'currency',
    'targetAmount',
    'raisedAmount',
    'donationCount',
    'progressPercent',
    'suggestedAmounts',
    'donateUrl',
    'opensAt',
    'closesAt',
    'isOpen',
    'giftAidEligible',
    'heroImage',
    'meta',
  ],
  categories: ['title', 'slug'],
} as const

const META = 'meta { title description image { id alt } }'

/** A GraphQL selection naming every contract field (a missing one is a GraphQL error). */
const SELECTION = {
  posts: `id title slug excerpt content heroImage { id alt } populatedAuthors categories { id title slug } campaign { id title slug } relatedEvents { id title slug } publishedAt readingTimeMinutes ${META}`,
  events: `id title slug summary description eventType startsAt endsAt timezone allDay attendanceMode venue { name street city region postcode country } location { latitude longitude } onlineUrl registration { url capacity closesAt isFree price } eventStatus previousStartsAt sequence speakers { name role organisation bio photo { id } } agenda { startsAt title description } campaign { id title } heroImage { id } ${META}`,
  campaigns: `id title slug summary description campaignStatus startDate endDate callToAction { label url } stats { value label source sourceUrl } partners { name url logo { id } } hashtags posts { docs { id title slug } } events { docs { id title startsAt } } appeals { docs { id title } } heroImage { id } ${META}`,
  'donation-appeals': `id title slug summary story campaign { id title } currency targetAmount raisedAmount donationCount progressPercent suggestedAmounts { amount impact } donateUrl opensAt closesAt isOpen giftAidEligible heroImage { id } ${META}`,
  categories: 'id title slug',
} as const

const SINGLE = {
  posts: 'Post',
  events: 'Event',
  campaigns: 'Campaign',
  'donation-appeals': 'DonationAppeal',
  categories: 'Category',
} as const

type Collection = keyof typeof CONTRACT

/** GraphQL spells select options with underscores (`in-person` → `in_person`). */
const graphqlEnum = (value: unknown) =>
  typeof value === 'string' ? value.replace(/-/g, '_') : value
const ENUMS = new Set(['eventType', 'attendanceMode', 'eventStatus', 'campaignStatus'])

describeEachAdapter('content model', (backend) => {
  const fixture = {} as {
    image: any
    category: any
    campaign: any
    event: any
    post: any
    appeal: any
  }

  beforeAll(async () => {
    fixture.image = await uploadImage(backend, 'Volunteers at the training day')
    fixture.category = await createDoc(backend, 'categories', { title: unique('Training') })
    fixture.campaign = await createDoc(backend, 'campaigns', {
      title: unique('Know the chain'),
      summary: 'Supply chains without forced labour.',
      description: richText(paragraph('Why recruitment fees matter.')),
      campaignStatus: 'active',
      startDate: fromNow(-30 * DAY),
      endDate: fromNow(60 * DAY),
      callToAction: { label: 'Sign the pledge', url: 'https://example.org/pledge' },
      stats: [
        {
          value: '41%',
          label: 'of 119 large companies prohibit worker-paid fees',
          source: 'KnowTheChain',
          sourceUrl: 'https://knowthechain.example/report',
        },
      ],
      partners: [{ name: 'A partner', url: 'https://partner.example.org', logo: fixture.image.id }],
      hashtags: ['#KnowTheChain', 'FairRecruitment'],
      heroImage: fixture.image.id,
      meta: {
        title: 'Know the chain',
        description: 'Our supply-chain campaign',
        image: fixture.image.id,
      },
      _status: 'published',
    })
    fixture.event = await createDoc(backend, 'events', {
      title: unique('ACT training day'),
      summary: 'A day of training for local groups.',
      description: richText(paragraph('Panel, workshops and advice.')),
      eventType: 'training',
      startsAt: fromNow(20 * DAY),
      endsAt: fromNow(20 * DAY + 7 * HOUR),
      timezone: 'Europe/London',
      allDay: false,
      attendanceMode: 'hybrid',
      venue: {
        name: 'Community hall',
        street: '1 High Street',
        city: 'London',
        region: 'Greater London',
        postcode: 'E1 1AA',
        country: 'GB',
      },
      location: { latitude: 51.5154, longitude: -0.0722 },
      onlineUrl: 'https://meet.example.org/act',
      registration: {
        url: 'https://tickets.example.org/act',
        capacity: 80,
        closesAt: fromNow(18 * DAY),
        isFree: false,
        price: 1500,
      },
      speakers: [
        {
          name: 'Sam Speaker',
          role: 'Coordinator',
          organisation: 'ACT London',
          bio: 'Runs the London group.',
          photo: fixture.image.id,
        },
      ],
      agenda: [
        { startsAt: fromNow(20 * DAY), title: 'Welcome', description: 'Coffee and introductions.' },
      ],
      campaign: fixture.campaign.id,
      heroImage: fixture.image.id,
      meta: { title: 'Training day', description: 'Join us', image: fixture.image.id },
      _status: 'published',
    })
    const author = await backend.createUser('author', 'Rhian Writer')
    fixture.post = await createDoc(backend, 'posts', {
      title: unique('What we learned'),
      excerpt: 'Notes from the training day.',
      content: richText(paragraph('A short report.')),
      heroImage: fixture.image.id,
      authors: [author.id],
      categories: [fixture.category.id],
      campaign: fixture.campaign.id,
      relatedEvents: [fixture.event.id],
      meta: { title: 'What we learned', description: 'A report', image: fixture.image.id },
      _status: 'published',
    })
    fixture.appeal = await createDoc(backend, 'donation-appeals', {
      title: unique('Support us'),
      summary: 'Help us train more groups.',
      story: richText(paragraph('Every gift trains a volunteer.')),
      campaign: fixture.campaign.id,
      currency: 'GBP',
      targetAmount: 500_000,
      suggestedAmounts: [
        { amount: 1000, impact: 'Training notes for one volunteer' },
        { amount: 5000, impact: 'A seat at a training day' },
      ],
      donateUrl: 'https://pay.example.org/support-us',
      opensAt: fromNow(-DAY),
      closesAt: fromNow(90 * DAY),
      giftAidEligible: true,
      heroImage: fixture.image.id,
      meta: { title: 'Support us', description: 'Give today', image: fixture.image.id },
      _status: 'published',
    })
  }, 60_000)

  const docOf = (collection: Collection) =>
    ({
      posts: fixture.post,
      events: fixture.event,
      campaigns: fixture.campaign,
      'donation-appeals': fixture.appeal,
      categories: fixture.category,
    })[collection]

  describe('the contract fields', () => {
    it.each(Object.keys(CONTRACT) as Collection[])(
      '%s: an anonymous REST reader gets every contract field',
      async (collection) => {
        const { id } = docOf(collection)
        const { status, body } = await backend.api.request(`/api/${collection}/${id}`)
        expect(status).toBe(200)
        const missing = CONTRACT[collection].filter((field) => !(field in body))
        expect(missing).toEqual([])
      },
    )

    it.each(Object.keys(CONTRACT) as Collection[])(
      '%s: an anonymous GraphQL reader can ask for every contract field and gets what REST gives',
      async (collection) => {
        const { id } = docOf(collection)
        const gql = await backend.api.graphql(
          `query ($id: ${idType(id)}!) { ${SINGLE[collection]}(id: $id) { ${SELECTION[collection]} } }`,
          { id },
        )
        expect(gql.errors).toBeUndefined()
        const fromGraphQL = gql.data[SINGLE[collection]]
        const rest = (await backend.api.request(`/api/${collection}/${id}?depth=0`)).body
        for (const field of CONTRACT[collection]) {
          const value = rest[field]
          const answer = fromGraphQL[field]
          if (value !== null && typeof value !== 'object' && answer && typeof answer === 'object') {
            // A relationship: REST at depth 0 gives the id, GraphQL the document.
            expect([field, answer.id]).toEqual([field, value])
          } else if (
            value === null ||
            typeof value !== 'object' ||
            field === 'populatedAuthors' ||
            field === 'hashtags'
          ) {
            expect([field, answer]).toEqual([field, ENUMS.has(field) ? graphqlEnum(value) : value])
          }
        }
      },
    )

    it('fills the contract fields with what the editor wrote (REST)', async () => {
      const event = (await backend.api.request(`/api/events/${fixture.event.id}?depth=0`)).body
      expect(event).toMatchObject({
        eventType: 'training',
        attendanceMode: 'hybrid',
        eventStatus: 'scheduled',
        timezone: 'Europe/London',
        venue: { city: 'London', postcode: 'E1 1AA', country: 'GB' },
        location: { latitude: 51.5154, longitude: -0.0722 },
        registration: { capacity: 80, isFree: false, price: 1500 },
        speakers: [{ name: 'Sam Speaker', organisation: 'ACT London', photo: fixture.image.id }],
        agenda: [{ title: 'Welcome' }],
        campaign: fixture.campaign.id,
        sequence: 0,
      })
      const appeal = (
        await backend.api.request(`/api/donation-appeals/${fixture.appeal.id}?depth=0`)
      ).body
      expect(appeal).toMatchObject({
        currency: 'GBP',
        targetAmount: 500_000,
        raisedAmount: 0,
        donationCount: 0,
        progressPercent: 0,
        isOpen: true,
        suggestedAmounts: [{ amount: 1000 }, { amount: 5000 }],
        giftAidEligible: true,
      })
      const campaign = (await backend.api.request(`/api/campaigns/${fixture.campaign.id}?depth=0`))
        .body
      expect(campaign).toMatchObject({
        campaignStatus: 'active',
        callToAction: { label: 'Sign the pledge', url: 'https://example.org/pledge' },
        stats: [{ value: '41%', source: 'KnowTheChain' }],
        partners: [{ name: 'A partner', logo: fixture.image.id }],
        hashtags: ['#KnowTheChain', 'FairRecruitment'],
      })
    })

    it('keeps staff-only fields (createdBy, authors) from anonymous readers and shows them to staff', async () => {
      for (const collection of ['posts', 'events', 'campaigns', 'donation-appeals'] as const) {
        const { id } = docOf(collection)
        const anonymous = (await backend.api.request(`/api/${collection}/${id}?depth=0`)).body
        expect([collection, 'createdBy' in anonymous]).toEqual([collection, false])
        const staff = (
          await backend.api.request(`/api/${collection}/${id}?depth=0`, {
            token: backend.admin.token,
          })
        ).body
        expect([collection, staff.createdBy]).toEqual([collection, backend.admin.id])
      }
      const post = (await backend.api.request(`/api/posts/${fixture.post.id}`)).body
      expect(post).not.toHaveProperty('authors')
      // The same id type as every other id of this database (a number on SQL, a string on MongoDB).
      const anId = typeof post.id === 'number' ? expect.any(Number) : expect.any(String)
      expect(post.populatedAuthors).toEqual([{ id: anId, name: 'Rhian Writer' }])
    })

    describe('globals', () => {
      beforeAll(async () => {
        const settings = await backend.api.request('/api/globals/site-settings', {
          body: {
            organisationName: 'Stop the Traffik Test',
            tagline: 'Communities against trafficking',
            charityRegistrations: [{ jurisdiction: 'england-wales', number: '1234567' }],
            contact: {
              email: 'hello@example.org',
              phone: '020 7946 0000',
              address: '1 High Street\nLondon',
            },
            socialLinks: [{ platform: 'bluesky', url: 'https://bsky.example/profile/charity' }],
            defaultSeo: {
              title: 'Our charity',
              description: 'What we do',
              image: fixture.image.id,
            },
            donateCallToAction: {
              label: 'Donate',
              url: 'https://pay.example.org',
              appeal: fixture.appeal.id,
            },
          },
          token: backend.admin.token,
        })
        expect(settings.status).toBe(200)
        const navigation = await backend.api.request('/api/globals/navigation', {
          body: {
            header: [
              { link: { label: 'News', type: 'custom', url: '/news' } },
              {
                link: {
                  label: 'Training day',
                  type: 'reference',
                  reference: { relationTo: 'events', value: fixture.event.id },
                },
              },
            ],
            footer: [
              {
                link: {
                  label: 'Contact',
                  type: 'custom',
                  url: 'mailto:hello@example.org',
                  newTab: false,
                },
              },
            ],
          },
          token: backend.admin.token,
        })
        expect(navigation.status).toBe(200)
      })

      it('site-settings: anonymous readers get every field over REST and GraphQL', async () => {
        const rest = (await backend.api.request('/api/globals/site-settings?depth=1')).body
        expect(rest).toMatchObject({
          organisationName: 'Stop the Traffik Test',
          tagline: 'Communities against trafficking',
          charityRegistrations: [{ jurisdiction: 'england-wales', number: '1234567' }],
          contact: { email: 'hello@example.org', phone: '020 7946 0000' },
          socialLinks: [{ platform: 'bluesky', url: 'https://bsky.example/profile/charity' }],
          defaultSeo: {
            title: 'Our charity',
            description: 'What we do',
            image: { id: fixture.image.id },
          },
          donateCallToAction: {
            label: 'Donate',
            url: 'https://pay.example.org',
            appeal: { id: fixture.appeal.id },
          },
        })
        const gql = await backend.api.graphql(`{ SiteSetting {
          organisationName tagline charityRegistrations { jurisdiction number } contact { email phone address }
          socialLinks { platform url } defaultSeo { title description image { id } }
          donateCallToAction { label url appeal { id title slug } }
        } }`)
        expect(gql.errors).toBeUndefined()
        expect(gql.data.SiteSetting).toMatchObject({
          organisationName: 'Stop the Traffik Test',
          charityRegistrations: [{ jurisdiction: 'england_wales', number: '1234567' }],
          contact: { address: '1 High Street\nLondon' },
          socialLinks: [{ platform: 'bluesky', url: 'https://bsky.example/profile/charity' }],
          donateCallToAction: { appeal: { id: fixture.appeal.id, slug: fixture.appeal.slug } },
        })
      })

      it('navigation: anonymous readers get header and footer links over REST and GraphQL', async () => {
        const rest = (await backend.api.request('/api/globals/navigation?depth=1')).body
        expect(rest.header).toEqual([
          {
            id: expect.any(String),
            link: expect.objectContaining({ label: 'News', type: 'custom', url: '/news' }),
          },
          {
            id: expect.any(String),
            link: expect.objectContaining({
              label: 'Training day',
              type: 'reference',
              reference: {
                relationTo: 'events',
                value: expect.objectContaining({ id: fixture.event.id, slug: fixture.event.slug }),
              },
            }),
          },
        ])
        expect(rest.footer[0].link).toMatchObject({
          label: 'Contact',
          url: 'mailto:hello@example.org',
          newTab: false,
        })

        const gql = await backend.api.graphql(`{ Navigation {
          header { link { label type url newTab reference { relationTo value { ... on Event { slug } ... on Post { slug } } } } }
          footer { link { label type url newTab } }
        } }`)
        expect(gql.errors).toBeUndefined()
        expect(gql.data.Navigation.header[1].link).toMatchObject({
          label: 'Training day',
          type: 'reference',
          reference: { relationTo: 'events', value: { slug: fixture.event.slug } },
        })
        expect(gql.data.Navigation.footer[0].link).toMatchObject({
          label: 'Contact',
          url: 'mailto:hello@example.org',
        })
      })
    })
  })

  describe('Welsh (?locale=cy)', () => {
    let post: any
    beforeAll(async () => {
      post = await createDoc(backend, 'posts', {
        title: 'Training day report',
        excerpt: 'Only written in English.',
        content: richText(paragraph('English body.')),
        _status: 'published',
      })
      await updateDoc(
        backend,
        'posts',
        post.id,
        {
          title: 'Adroddiad y diwrnod hyfforddi',
          content: richText(paragraph('Corff Cymraeg.')),
          _status: 'published',
        },
        '?locale=cy',
      )
    })

    it('returns Welsh where it is written and English otherwise, over REST', async () => {
      const cy = (await backend.api.request(`/api/posts/${post.id}?locale=cy`)).body
      expect(cy.title).toBe('Adroddiad y diwrnod hyfforddi')
      expect(cy.excerpt).toBe('Only written in English.')
      expect(JSON.stringify(cy.content)).toContain('Corff Cymraeg.')
      // The slug is not localized: one address for both languages.
      expect(cy.slug).toBe(post.slug)

      const en = (await backend.api.request(`/api/posts/${post.id}`)).body
      expect(en.title).toBe('Training day report')

      const noFallback = (
        await backend.api.request(`/api/posts/${post.id}?locale=cy&fallback-locale=none`)
      ).body
      expect(noFallback.excerpt ?? null).toBeNull()
    })

    it('returns Welsh where it is written and English otherwise, over GraphQL (locale: cy)', async () => {
      const gql = await backend.api.graphql(
        `query ($id: ${idType(post.id)}!) { Post(id: $id, locale: cy) { title excerpt slug } }`,
        { id: post.id },
      )
      expect(gql.errors).toBeUndefined()
      expect(gql.data.Post).toEqual({
        title: 'Adroddiad y diwrnod hyfforddi',
        excerpt: 'Only written in English.',
        slug: post.slug,
      })

      const list = await backend.api.graphql(
        `query ($slug: String!) { Posts(locale: cy, where: { slug: { equals: $slug } }) { docs { title excerpt } } }`,
        { slug: post.slug },
      )
      expect(list.data.Posts.docs).toEqual([
        { title: 'Adroddiad y diwrnod hyfforddi', excerpt: 'Only written in English.' },
      ])
    })

    it('works out the reading time of each language from its own text, falling back with the text', async () => {
      const long = await createDoc(backend, 'posts', {
        title: unique('Long read'),
        content: richText(paragraph(words(900))),
        _status: 'published',
      })
      expect(long.readingTimeMinutes).toBe(5)
      // Welsh title only: Welsh readers get the English text, and its reading time.
      await updateDoc(
        backend,
        'posts',
        long.id,
        { title: 'Darn hir', _status: 'published' },
        '?locale=cy',
      )
      expect((await backend.api.request(`/api/posts/${long.id}?locale=cy`)).body).toMatchObject({
        title: 'Darn hir',
        readingTimeMinutes: 5,
      })
      // A short Welsh text: its own reading time, and the English one is untouched.
      await updateDoc(
        backend,
        'posts',
        long.id,
        { content: richText(paragraph(words(150))), _status: 'published' },
        '?locale=cy',
      )
      expect(
        (await backend.api.request(`/api/posts/${long.id}?locale=cy`)).body.readingTimeMinutes,
      ).toBe(1)
      expect((await backend.api.request(`/api/posts/${long.id}`)).body.readingTimeMinutes).toBe(5)
      const gql = await backend.api.graphql(
        `query ($id: ${idType(long.id)}!) { en: Post(id: $id) { readingTimeMinutes } cy: Post(id: $id, locale: cy) { readingTimeMinutes } }`,
        { id: long.id },
      )
      expect(gql.data).toEqual({ en: { readingTimeMinutes: 5 }, cy: { readingTimeMinutes: 1 } })
    })

    it('falls back to English for documents with no Welsh at all', async () => {
      const rest = (await backend.api.request(`/api/events/${fixture.event.id}?locale=cy&depth=0`))
        .body
      expect(rest.title).toBe(fixture.event.title)
      expect(rest.agenda[0].title).toBe('Welcome')
      const gql = await backend.api.graphql(
        `query ($id: ${idType(fixture.category.id)}!) { Category(id: $id, locale: cy) { title } }`,
        { id: fixture.category.id },
      )
      expect(gql.data.Category.title).toBe(fixture.category.title)
    })
  })

  describe('website queries', () => {
    it('upcoming events: only future published events, soonest first (REST and GraphQL)', async () => {
      const tag = unique('upcoming')
      const make = (offset: number, status: 'draft' | 'published') =>
        createDoc(backend, 'events', {
          title: `${tag} ${offset < 0 ? 'past' : 'future'} ${Math.abs(offset)} ${status}`,
          startsAt: fromNow(offset),
          endsAt: fromNow(offset + HOUR),
          _status: status,
        })
      const past = await make(-2 * DAY, 'published')
      const later = await make(3 * DAY, 'published')
      const soon = await make(1 * DAY, 'published')
      const draft = await make(2 * DAY, 'draft')
      const far = await make(100 * DAY, 'published')

      const now = new Date().toISOString()
      const rest = await backend.api.request(
        `/api/events?where[startsAt][greater_than]=${encodeURIComponent(now)}&sort=startsAt&limit=100&depth=0`,
      )
      expect(rest.status).toBe(200)
      const ids = rest.body.docs.map((doc: { id: unknown }) => doc.id)
      expect(ids).not.toContain(past.id)
      expect(ids).not.toContain(draft.id)
      expect(
        ids.filter((id: unknown) => [soon.id, later.id, far.id].includes(id as never)),
      ).toEqual([soon.id, later.id, far.id])
      const starts = rest.body.docs.map((doc: { startsAt: string }) => doc.startsAt)
      expect(starts.every((start: string) => start > now)).toBe(true)
      expect([...starts].sort()).toEqual(starts)

      const gql = await backend.api.graphql(
        `query ($now: DateTime!) { Events(where: { startsAt: { greater_than: $now } }, sort: "startsAt", limit: 100) { docs { id startsAt } } }`,
        { now },
      )
      expect(gql.errors).toBeUndefined()
      expect(gql.data.Events.docs.map((doc: { id: unknown }) => doc.id)).toEqual(ids)
    })

    it('published posts newest first, and one post by slug (REST and GraphQL)', async () => {
      const older = await createDoc(backend, 'posts', {
        title: unique('Older'),
        publishedAt: fromNow(-2 * DAY),
        _status: 'published',
      })
      const newer = await createDoc(backend, 'posts', {
        title: unique('Newer'),
        publishedAt: fromNow(-DAY),
        _status: 'published',
      })
      const hidden = await createDoc(backend, 'posts', {
        title: unique('Unpublished'),
        _status: 'draft',
      })

      const list = (
        await backend.api.request('/api/posts?sort=-publishedAt&limit=100&depth=0')
      ).body.docs.map((doc: { id: unknown }) => doc.id)
      expect(list).not.toContain(hidden.id)
      expect(list.indexOf(newer.id)).toBeLessThan(list.indexOf(older.id))

      const bySlug = await backend.api.request(
        `/api/posts?where[slug][equals]=${newer.slug}&limit=1`,
      )
      expect(bySlug.body.docs.map((doc: { id: unknown }) => doc.id)).toEqual([newer.id])
      expect(
        (await backend.api.request(`/api/posts?where[slug][equals]=${hidden.slug}`)).body.docs,
      ).toEqual([])

      const gql = await backend.api.graphql(
        `query ($slug: String!) { Posts(where: { slug: { equals: $slug } }, limit: 1) { docs { id title } } }`,
        { slug: newer.slug },
      )
      expect(gql.data.Posts.docs).toEqual([{ id: newer.id, title: newer.title }])
    })

    it('posts scheduled for later stay hidden from the public until their publishedAt (REST and GraphQL)', async () => {
      const scheduled = await createDoc(backend, 'posts', {
        title: unique('Embargoed'),
        publishedAt: fromNow(7 * DAY),
        _status: 'published',
      })
      expect((await backend.api.request(`/api/posts/${scheduled.id}`)).status).toBe(404)
      expect(
        (await backend.api.request(`/api/posts?where[slug][equals]=${scheduled.slug}`)).body.docs,
      ).toEqual([])
      const gql = await backend.api.graphql(
        `query ($slug: String!) { Posts(where: { slug: { equals: $slug } }) { docs { id } } }`,
        { slug: scheduled.slug },
      )
      expect(gql.data.Posts.docs).toEqual([])
      // Staff see it, to check it before it goes out.
      const editor = await backend.createUser('editor')
      expect(
        (await backend.api.request(`/api/posts/${scheduled.id}`, { token: editor.token })).status,
      ).toBe(200)
    })

    it("a campaign's posts, events and appeals list its published documents only (REST and GraphQL)", async () => {
      const campaign = await createDoc(backend, 'campaigns', {
        title: unique('Joined up'),
        _status: 'published',
      })
      const c = campaign.id
      const postOld = await createDoc(backend, 'posts', {
        title: unique('P old'),
        campaign: c,
        publishedAt: fromNow(-3 * DAY),
        _status: 'published',
      })
      const postNew = await createDoc(backend, 'posts', {
        title: unique('P new'),
        campaign: c,
        publishedAt: fromNow(-DAY),
        _status: 'published',
      })
      await createDoc(backend, 'posts', { title: unique('P draft'), campaign: c, _status: 'draft' })
      const eventLate = await createDoc(backend, 'events', {
        title: unique('E late'),
        campaign: c,
        startsAt: fromNow(9 * DAY),
        endsAt: fromNow(9 * DAY + HOUR),
        _status: 'published',
      })
      const eventEarly = await createDoc(backend, 'events', {
        title: unique('E early'),
        campaign: c,
        startsAt: fromNow(4 * DAY),
        endsAt: fromNow(4 * DAY + HOUR),
        _status: 'published',
      })
      await createDoc(backend, 'events', {
        title: unique('E draft'),
        campaign: c,
        startsAt: fromNow(5 * DAY),
        endsAt: fromNow(5 * DAY + HOUR),
        _status: 'draft',
      })
      const appeal = await createDoc(backend, 'donation-appeals', {
        title: unique('A'),
        campaign: c,
        currency: 'GBP',
        targetAmount: 1000,
        _status: 'published',
      })
      await setAppealTotals(backend, appeal.id, { raisedAmount: 250, donationCount: 2 })
      await createDoc(backend, 'donation-appeals', {
        title: unique('A draft'),
        campaign: c,
        currency: 'GBP',
        targetAmount: 1000,
        _status: 'draft',
      })

      const ids = (join: { docs: { id: unknown }[] }) => join.docs.map((doc) => doc.id)
      const rest = (await backend.api.request(`/api/campaigns/${c}?depth=1`)).body
      expect(ids(rest.posts)).toEqual([postNew.id, postOld.id])
      expect(ids(rest.events)).toEqual([eventEarly.id, eventLate.id])
      expect(ids(rest.appeals)).toEqual([appeal.id])
      // Joined documents come small (defaultPopulate), appeals with their progress.
      expect(Object.keys(rest.posts.docs[0]).sort()).toEqual([
        'excerpt',
        'heroImage',
        'id',
        'publishedAt',
        'slug',
        'title',
      ])
      expect(rest.appeals.docs[0]).toMatchObject({
        raisedAmount: 250,
        progressPercent: 25,
        isOpen: true,
      })

      const bySlug = (
        await backend.api.request(`/api/campaigns?where[slug][equals]=${campaign.slug}&depth=1`)
      ).body.docs[0]
      expect(ids(bySlug.posts)).toEqual([postNew.id, postOld.id])

      const gql = await backend.api.graphql(
        `query ($id: ${idType(c)}!) { Campaign(id: $id) { posts { docs { id slug } } events { docs { id startsAt } } appeals { docs { id progressPercent } } } }`,
        { id: c },
      )
      expect(gql.errors).toBeUndefined()
      expect(ids(gql.data.Campaign.posts)).toEqual([postNew.id, postOld.id])
      expect(ids(gql.data.Campaign.events)).toEqual([eventEarly.id, eventLate.id])
      expect(gql.data.Campaign.appeals.docs).toEqual([{ id: appeal.id, progressPercent: 25 }])
    })

    it("an appeal's progress by slug (REST and GraphQL)", async () => {
      const rest = (
        await backend.api.request(
          `/api/donation-appeals?where[slug][equals]=${fixture.appeal.slug}&depth=0`,
        )
      ).body.docs[0]
      expect(rest).toMatchObject({
        currency: 'GBP',
        targetAmount: 500_000,
        raisedAmount: 0,
        progressPercent: 0,
        isOpen: true,
      })
      const gql = await backend.api.graphql(
        `query ($slug: String!) { DonationAppeals(where: { slug: { equals: $slug } }) { docs { currency targetAmount raisedAmount donationCount progressPercent isOpen } } }`,
        { slug: fixture.appeal.slug },
      )
      expect(gql.data.DonationAppeals.docs).toEqual([
        {
          currency: 'GBP',
          targetAmount: 500_000,
          raisedAmount: 0,
          donationCount: 0,
          progressPercent: 0,
          isOpen: true,
        },
      ])
    })
  })

  describe('rich text', () => {
    it('accepts and returns headings, lists, links, quotes, images and a social-post embed (REST and GraphQL)', async () => {
      const content = richText(
        heading('h2', 'What happened'),
        paragraph('Read ', link('https://example.org/report', 'the full report'), ' online.'),
        bulletList('Panel with the police', 'Advice on safeguarding'),
        quote('Everyone can spot the signs.'),
        uploadNode(fixture.image.id),
        socialEmbed('https://bsky.example/profile/charity/post/1'),
      )
      const created = await backend.api.request('/api/posts', {
        body: { title: unique('Rich'), content, _status: 'published' },
        token: backend.admin.token,
      })
      expect(created.status).toBe(201)
      const stored = (await backend.api.request(`/api/posts/${created.body.doc.id}?depth=1`)).body
        .content.root.children
      expect(stored.map((node: { type: string }) => node.type)).toEqual([
        'heading',
        'paragraph',
        'list',
        'quote',
        'upload',
        'block',
      ])
      expect(stored[0].tag).toBe('h2')
      expect(stored[1].children[1]).toMatchObject({
        type: 'link',
        fields: { url: 'https://example.org/report' },
      })
      expect(stored[2].children).toHaveLength(2)
      // Images in the text come populated, so websites have the file's address.
      expect(stored[4].value).toMatchObject({
        id: fixture.image.id,
        alt: 'Volunteers at the training day',
        url: expect.any(String),
      })
      expect(stored[5].fields).toMatchObject({
        blockType: 'socialEmbed',
        platform: 'bluesky',
        url: 'https://bsky.example/profile/charity/post/1',
      })

      const gql = await backend.api.graphql(
        `mutation ($data: mutationPostInput!) { createPost(data: $data) { content } }`,
        { data: { title: unique('Rich GraphQL'), content } },
        backend.admin.token,
      )
      expect(gql.errors).toBeUndefined()
      expect(
        gql.data.createPost.content.root.children.map((node: { type: string }) => node.type),
      ).toEqual(['heading', 'paragraph', 'list', 'quote', 'upload', 'block'])
    })
  })

  describe('related documents (defaultPopulate)', () => {
    it("a post's campaign, categories, events and image come small at depth 1", async () => {
      const post = (await backend.api.request(`/api/posts/${fixture.post.id}?depth=1`)).body
      const keys = (value: object) => Object.keys(value).sort()
      expect(keys(post.campaign)).toEqual([
        'campaignStatus',
        'heroImage',
        'id',
        'slug',
        'summary',
        'title',
      ])
      expect(keys(post.categories[0])).toEqual(['id', 'slug', 'title'])
      expect(keys(post.relatedEvents[0])).toEqual([
        'endsAt',
        'eventStatus',
        'heroImage',
        'id',
        'slug',
        'startsAt',
        'title',
      ])
      expect(post.heroImage).toMatchObject({
        id: fixture.image.id,
        alt: 'Volunteers at the training day',
        url: expect.any(String),
      })

      const appeal = (
        await backend.api.request(`/api/donation-appeals/${fixture.appeal.id}?depth=1`)
      ).body
      expect(keys(appeal.campaign)).toEqual([
        'campaignStatus',
        'heroImage',
        'id',
        'slug',
        'summary',
        'title',
      ])
      const event = (await backend.api.request(`/api/events/${fixture.event.id}?depth=1`)).body
      expect(keys(event.campaign)).toEqual([
        'campaignStatus',
        'heroImage',
        'id',
        'slug',
        'summary',
        'title',
      ])
    })

    it('an appeal picked in site settings comes with what a donate button needs, its progress right', async () => {
      const appeal = await createDoc(backend, 'donation-appeals', {
        title: unique('Button'),
        currency: 'GBP',
        targetAmount: 2000,
        closesAt: fromNow(DAY),
        _status: 'published',
      })
      await setAppealTotals(backend, appeal.id, { raisedAmount: 1500, donationCount: 5 })
      const saved = await backend.api.request('/api/globals/site-settings', {
        body: {
          organisationName: 'Stop the Traffik Test',
          donateCallToAction: { label: 'Donate', appeal: appeal.id },
        },
        token: backend.admin.token,
      })
      expect(saved.status).toBe(200)
      const populated = (await backend.api.request('/api/globals/site-settings?depth=1')).body
        .donateCallToAction.appeal
      expect(Object.keys(populated).sort()).toEqual([
        '_status',
        'closesAt',
        'currency',
        'donateUrl',
        'donationCount',
        'heroImage',
        'id',
        'isOpen',
        'opensAt',
        'progressPercent',
        'raisedAmount',
        'slug',
        'suggestedAmounts',
        'targetAmount',
        'title',
      ])
      expect(populated).toMatchObject({ raisedAmount: 1500, progressPercent: 75, isOpen: true })
    })
  })

  describe('drafts, versions and autosave', () => {
    const minimal: Record<string, () => Record<string, unknown>> = {
      posts: () => ({ title: unique('Versioned') }),
      events: () => ({
        title: unique('Versioned'),
        startsAt: fromNow(DAY),
        endsAt: fromNow(DAY + HOUR),
      }),
      campaigns: () => ({ title: unique('Versioned') }),
      'donation-appeals': () => ({
        title: unique('Versioned'),
        currency: 'GBP',
        targetAmount: 1000,
      }),
    }

    it.each(Object.keys(minimal))(
      '%s: keeps versions, autosaves into one draft version, and shows readers the published version meanwhile',
      async (collection) => {
        const doc = await createDoc(backend, collection, {
          ...minimal[collection](),
          summary: 'Published text',
          excerpt: 'Published text',
          _status: 'published',
        })
        const versions = async () =>
          (
            await backend.api.request(
              `/api/${collection}/versions?where[parent][equals]=${doc.id}&limit=100&depth=0`,
              { token: backend.admin.token },
            )
          ).body.totalDocs as number
        const before = await versions()
        expect(before).toBeGreaterThanOrEqual(1)

        for (const text of ['Draft 1', 'Draft 12', 'Draft 123']) {
          const autosaved = await backend.api.request(
            `/api/${collection}/${doc.id}?draft=true&autosave=true`,
            {
              method: 'PATCH',
              body: { title: text },
              token: backend.admin.token,
            },
          )
          expect(autosaved.status).toBe(200)
        }
        // Autosave writes over its own draft version rather than adding one per keystroke.
        expect(await versions()).toBe(before + 1)

        const publicView = (await backend.api.request(`/api/${collection}/${doc.id}?depth=0`)).body
        expect(publicView.title).toBe(doc.title)
        const draftView = (
          await backend.api.request(`/api/${collection}/${doc.id}?depth=0&draft=true`, {
            token: backend.admin.token,
          })
        ).body
        expect(draftView.title).toBe('Draft 123')

        // Readers never see the version history.
        expect((await backend.api.request(`/api/${collection}/versions`)).status).toBe(403)
      },
    )
  })

  describe('indexes for what websites query', () => {
    const EXPECTED: Record<string, string[]> = {
      posts: ['slug', '_status', 'published_at', 'campaign_id', 'created_by_id'],
      events: ['slug', '_status', 'starts_at', 'campaign_id', 'created_by_id'],
      campaigns: ['slug', '_status', 'created_by_id'],
      donation_appeals: ['slug', '_status', 'campaign_id', 'created_by_id'],
      categories: ['slug'],
    }
    const MONGO: Record<string, string[]> = {
      posts: ['slug', '_status', 'publishedAt', 'campaign', 'createdBy'],
      events: ['slug', '_status', 'startsAt', 'campaign', 'createdBy'],
      campaigns: ['slug', '_status', 'createdBy'],
      'donation-appeals': ['slug', '_status', 'campaign', 'createdBy'],
      categories: ['slug'],
    }

    it('the database has an index leading with each queried column', async () => {
      const expected = backend.adapter === 'mongodb' ? MONGO : EXPECTED
      const missing: string[] = []
      for (const [table, columns] of Object.entries(expected)) {
        const leading = new Set((await indexedColumns(backend, table)).map((index) => index[0]))
        for (const column of columns) if (!leading.has(column)) missing.push(`${table}.${column}`)
      }
      expect(missing).toEqual([])
    })
  })
})

describe('admin configuration', () => {
  let collections: CollectionConfig[] = []
  let globals: GlobalConfig[] = []

  beforeAll(async () => {
    const { charityPlugin } = await import('../src/plugin.ts')
    const config = await charityPlugin()({ collections: [], globals: [] } as never)
    collections = config.collections ?? []
    globals = config.globals ?? []
  })

  const dataFieldNames = (fields: CollectionConfig['fields']): string[] =>
    fields.flatMap((field) => {
      if ('name' in field && field.name) return [field.name]
      if ('fields' in field && Array.isArray(field.fields)) return dataFieldNames(field.fields)
      return []
    })

  it('groups content collections under Content, appeals under Fundraising, and settings under Settings', () => {
    const groups = Object.fromEntries(collections.map((c) => [c.slug, c.admin?.group]))
    expect(groups).toMatchObject({
      posts: 'Content',
      events: 'Content',
      campaigns: 'Content',
      categories: 'Content',
      media: 'Content',
      'donation-appeals': 'Fundraising',
      users: 'Settings',
    })
    expect(Object.fromEntries(globals.map((g) => [g.slug, g.admin?.group]))).toEqual({
      'site-settings': 'Settings',
      navigation: 'Settings',
    })
  })

  it('lists each content collection by title with columns that are real fields', () => {
    const builtIn = ['id', 'createdAt', 'updatedAt', '_status', 'filename', 'mimeType', 'email']
    const contentModel = [
      'posts',
      'events',
      'campaigns',
      'donation-appeals',
      'categories',
      'media',
      'users',
    ]
    for (const collection of collections.filter((c) => contentModel.includes(c.slug))) {
      const names = new Set([...dataFieldNames(collection.fields), ...builtIn])
      const columns = collection.admin?.defaultColumns ?? []
      expect([collection.slug, columns.length > 1]).toEqual([collection.slug, true])
      expect([collection.slug, columns.filter((column) => !names.has(column))]).toEqual([
        collection.slug,
        [],
      ])
      expect([collection.slug, names.has(collection.admin?.useAsTitle ?? '')]).toEqual([
        collection.slug,
        true,
      ])
    }
  })

  it('keeps drafts, versions (with a cap) and autosave on posts, events, campaigns and appeals, and scheduled publishing on posts', () => {
    for (const slug of ['posts', 'events', 'campaigns', 'donation-appeals']) {
      const versions = collections.find((c) => c.slug === slug)?.versions
      expect(versions).toMatchObject({
        maxPerDoc: expect.any(Number),
        drafts: { autosave: expect.anything() },
      })
    }
    expect(collections.find((c) => c.slug === 'posts')?.versions).toMatchObject({
      drafts: { schedulePublish: true },
    })
  })
})
