import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith'
import ICAL from 'ical.js'

import { describeEachAdapter } from './helpers/harness.ts'

const inDays = (days: number, hour = 10) => {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000)
  date.setUTCHours(hour, 0, 0, 0)
  return date.toISOString()
}

describeEachAdapter(
  'subscription feeds',
  (backend) => {
    const create = (collection: string, body: Record<string, unknown>) =>
      backend.api.request(`/api/${collection}`, { body, token: backend.admin.token })

    const ids = {} as Record<string, any>

    beforeAll(async () => {
      ids.category = (await create('categories', { title: 'Supply chains' })).body.doc
      ids.otherCategory = (await create('categories', { title: 'Training' })).body.doc
      ids.campaign = (
        await create('campaigns', { title: 'No fees for work', _status: 'published' })
      ).body.doc
      ids.draftCampaign = (await create('campaigns', { title: 'Secret campaign' })).body.doc
      await create('posts', {
        title: 'Supply chain post',
        excerpt: 'In a category and a campaign',
        _status: 'published',
        publishedAt: inDays(-2),
        categories: [ids.category.id],
        campaign: ids.campaign.id,
      })
      await create('posts', {
        title: 'Training post',
        _status: 'published',
        publishedAt: inDays(-4),
        categories: [ids.otherCategory.id],
        campaign: ids.draftCampaign.id,
      })
      await create('events', {
        title: 'Campaign launch',
        _status: 'published',
        startsAt: inDays(15),
        endsAt: inDays(15, 18),
        campaign: ids.campaign.id,
      })
      await create('events', {
        title: 'Community training day',
        _status: 'published',
        startsAt: inDays(20),
        endsAt: inDays(20, 16),
        venue: { name: 'Friends Meeting House', city: 'London' },
      })
      await create('events', {
        title: 'Sheffield coordinators meeting',
        _status: 'published',
        eventStatus: 'cancelled',
        startsAt: inDays(10),
        endsAt: inDays(10, 12),
      })
      await create('events', {
        title: 'Draft event nobody may see',
        _status: 'draft',
        startsAt: inDays(5),
        endsAt: inDays(5, 12),
      })
      await create('events', {
        title: 'Long past event',
        _status: 'published',
        startsAt: inDays(-400),
        endsAt: inDays(-400, 12),
      })
      await create('posts', {
        title: 'Older news',
        excerpt: 'First',
        _status: 'published',
        publishedAt: inDays(-3),
      })
      await create('posts', {
        title: 'Newer news',
        excerpt: 'Second',
        _status: 'published',
        publishedAt: inDays(-1),
      })
      await create('posts', {
        title: 'Scheduled news',
        _status: 'published',
        publishedAt: inDays(3),
      })
      await create('posts', { title: 'Draft news', _status: 'draft' })
    })

    it('serves published events from the last 30 days on as an iCalendar feed, cancelled ones marked CANCELLED', async () => {
      const { status, body, headers } = await backend.api.request('/api/events/calendar.ics')
      expect(status).toBe(200)
      expect(headers.get('content-type')).toMatch(/^text\/calendar/)
      expect(body).toMatch(/^BEGIN:VCALENDAR/)
      expect(body).toContain('SUMMARY:Community training day')
      expect(body).toContain('URL;VALUE=URI:https://charity.example/events/community-training-day')
      const blocks: string[] = body.split('BEGIN:VEVENT').slice(1)
      const cancelled = blocks.find((block) =>
        block.includes('SUMMARY:Sheffield coordinators meeting'),
      )
      expect(cancelled).toMatch(/STATUS:CANCELLED/)
      expect(blocks.find((block) => block.includes('SUMMARY:Community training day'))).toMatch(
        /STATUS:CONFIRMED/,
      )
      expect(body).not.toContain('Draft event nobody may see')
      expect(body).not.toContain('Long past event')
      expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(3)
    })

    it('gives an all-day event its own day in its zone, and an all-day series DATE values that calendars expand to the API’s occurrences', async () => {
      const file = async (id: number | string) => {
        const reply = await backend.api.request(`/api/events/${id}/calendar.ics`)
        expect(reply.status).toBe(200)
        return reply.body as string
      }
      // 1 June 2031 in London: its midnight (summer time) is 23:00 UTC the day before.
      const single = (
        await create('events', {
          title: 'Open day',
          _status: 'published',
          allDay: true,
          timezone: 'Europe/London',
          startsAt: '2031-05-31T23:00:00.000Z',
          endsAt: '2031-06-01T15:00:00.000Z',
        })
      ).body.doc
      const one = await file(single.id)
      expect(one).toContain('DTSTART;VALUE=DATE:20310601')
      expect(one).toContain('DTEND;VALUE=DATE:20310602')

      // The first Saturday of each month, all day, from 7 June to the end of 2031: July's is off,
      // August's moves to the Sunday; November and December fall after the clocks go back.
      const series = (
        await create('events', {
          title: 'Stall day',
          _status: 'published',
          allDay: true,
          timezone: 'Europe/London',
          startsAt: '2031-06-06T23:00:00.000Z',
          endsAt: '2031-06-07T15:00:00.000Z',
          recurrence: {
            frequency: 'monthly',
            weekdays: [{ day: 'SA', position: 'first' }],
            ends: 'until',
            until: '2031-12-31T12:00:00.000Z',
          },
          exceptions: [
            { occurrence: '2031-07-04T23:00:00.000Z', cancelled: true },
            {
              occurrence: '2031-08-01T23:00:00.000Z',
              startsAt: '2031-08-02T23:00:00.000Z',
              endsAt: '2031-08-03T15:00:00.000Z',
            },
          ],
        })
      ).body.doc
      expect(series.id).toBeDefined()
      const text = await file(series.id)
      expect(text).toContain('DTSTART;VALUE=DATE:20310607')
      expect(text).toMatch(/RRULE:FREQ=MONTHLY;BYDAY=\+1SA;UNTIL=20311231\r?\n/)
      expect(text).toContain('EXDATE;VALUE=DATE:20310705')
      expect(text).toContain('RECURRENCE-ID;VALUE=DATE:20310802')

      // What a calendar program makes of it: the days the API lists (cancelled ones aside).
      const calendar = new ICAL.Component(ICAL.parse(text))
      const vevents = calendar.getAllSubcomponents('vevent')
      const event = new ICAL.Event(
        vevents.find((vevent) => !vevent.hasProperty('recurrence-id')),
        { exceptions: vevents.filter((vevent) => vevent.hasProperty('recurrence-id')) },
      )
      const days: string[] = []
      const iterator = event.iterator()
      for (let next = iterator.next(); next && days.length < 20; next = iterator.next()) {
        const details = event.getOccurrenceDetails(next)
        expect(details.startDate.isDate).toBe(true)
        days.push(details.startDate.toString())
      }
      const londonDay = (iso: string) =>
        new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(iso))
      const { body } = await backend.api.request(
        '/api/events/occurrences?from=2031-06-01&to=2032-01-01&limit=100',
      )
      const api = body.docs
        .filter((doc: any) => doc.event === series.id && doc.status !== 'cancelled')
        .map((doc: any) => londonDay(doc.startsAt))
      expect(days).toEqual(api)
      expect(api).toEqual([
        '2031-06-07',
        '2031-08-03',
        '2031-09-06',
        '2031-10-04',
        '2031-11-01',
        '2031-12-06',
      ])
    })

    it('keeps drafts out of the feed even for a logged-in editor', async () => {
      const { body } = await backend.api.request('/api/events/calendar.ics', {
        token: backend.admin.token,
      })
      expect(body).not.toContain('Draft event nobody may see')
    })

    it('answers a malformed campaign filter with a 400', async () => {
      const { status, body } = await backend.api.request(
        "/api/events/calendar.ics?campaign=1'%20OR%201=1",
      )
      expect(status).toBe(400)
      expect(body.errors[0].message).toMatch(
        /campaign must be the id or the slug of one of the campaigns/,
      )
    })

    it('serves published posts newest first as RSS, without drafts or scheduled posts', async () => {
      const { status, body, headers } = await backend.api.request('/api/posts/feed.xml')
      expect(status).toBe(200)
      expect(headers.get('content-type')).toMatch(/^application\/rss\+xml/)
      const titles = [...body.matchAll(/<title><!\[CDATA\[(.*?)\]\]><\/title>/g)].map(
        (match) => match[1],
      )
      expect(titles).toEqual(['Newer news', 'Supply chain post', 'Older news', 'Training post'])
      expect(body).toContain('<link>https://charity.example/posts/newer-news</link>')
    })

    /** Atom text constructs come back as `{ value, type }`. */
    const textOf = (value: unknown) =>
      typeof value === 'object' && value !== null ? (value as { value?: string }).value : value

    const titlesOf = {
      rss: (text: string) => parseRssFeed(text).items?.map((item) => item.title) ?? [],
      atom: (text: string) =>
        parseAtomFeed(text).entries?.map((entry) => textOf(entry.title)) ?? [],
      json: (text: string) => parseJsonFeed(text).items?.map((item) => item.title) ?? [],
    }
    const raw = async (path: string) => {
      const response = await fetch(backend.url + path)
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        text: await response.text(),
      }
    }

    it('serves the same posts as RSS, Atom and JSON Feed 1.1, each readable by a feed parser', async () => {
      const expected = ['Newer news', 'Supply chain post', 'Older news', 'Training post']
      const rss = await raw('/api/posts/feed.xml')
      const atom = await raw('/api/posts/feed.atom')
      const json = await raw('/api/posts/feed.json')
      expect([rss.type, atom.type, json.type]).toEqual([
        'application/rss+xml; charset=utf-8',
        'application/atom+xml; charset=utf-8',
        'application/feed+json; charset=utf-8',
      ])
      expect(titlesOf.rss(rss.text)).toEqual(expected)
      expect(titlesOf.atom(atom.text)).toEqual(expected)
      expect(titlesOf.json(json.text)).toEqual(expected)

      const feed = parseJsonFeed(json.text)
      expect(JSON.parse(json.text).version).toBe('https://jsonfeed.org/version/1.1')
      expect(feed.feed_url).toBe(`${backend.url}/api/posts/feed.json`)
      expect(feed.home_page_url).toBe('https://charity.example')
      const item = feed.items?.find((entry) => entry.title === 'Supply chain post')
      expect(item).toMatchObject({
        id: 'https://charity.example/posts/supply-chain-post',
        url: 'https://charity.example/posts/supply-chain-post',
        summary: 'In a category and a campaign',
        content_text: 'In a category and a campaign',
      })
      const entry = parseAtomFeed(atom.text).entries?.find((e) => textOf(e.title) === 'Newer news')
      expect(entry?.links?.[0]?.href).toBe('https://charity.example/posts/newer-news')
    })

    it.each(['rss', 'atom', 'json'] as const)(
      'filters the %s feed by category and campaign, by id or slug',
      async (format) => {
        const path = `/api/posts/feed.${format === 'rss' ? 'xml' : format}`
        const titles = async (query: string) => {
          const reply = await raw(`${path}?${query}`)
          expect(reply.status).toBe(200)
          return titlesOf[format](reply.text)
        }
        expect(await titles('category=supply-chains')).toEqual(['Supply chain post'])
        expect(await titles(`category=${ids.otherCategory.id}`)).toEqual(['Training post'])
        expect(await titles('campaign=no-fees-for-work')).toEqual(['Supply chain post'])
        expect(await titles(`campaign=${ids.campaign.id}&category=supply-chains`)).toEqual([
          'Supply chain post',
        ])
        expect(await titles(`campaign=${ids.campaign.id}&category=training`)).toEqual([])
      },
    )

    it('filters the calendar by campaign, read by an iCalendar parser', async () => {
      const reply = await raw('/api/events/calendar.ics?campaign=no-fees-for-work')
      expect(reply.status).toBe(200)
      const calendar = new ICAL.Component(ICAL.parse(reply.text))
      const summaries = calendar
        .getAllSubcomponents('vevent')
        .map((event) => new ICAL.Event(event).summary)
      expect(summaries).toEqual(['Campaign launch'])
    })

    it('answers bad filters with a 4xx that says what to send, and gives a draft campaign away to nobody', async () => {
      const cases: [string, number, RegExp][] = [
        [
          '/api/posts/feed.json?category=Not%20A%20Slug!',
          400,
          /category must be the id or the slug/,
        ],
        [
          '/api/posts/feed.atom?campaign=no-such-campaign',
          404,
          /No published campaigns has the slug/,
        ],
        ['/api/posts/feed.xml?campaign=secret-campaign', 404, /No published campaigns/],
        [
          '/api/events/calendar.ics?category=supply-chains',
          400,
          /cannot be filtered by category; it takes campaign/,
        ],
      ]
      for (const [path, status, message] of cases) {
        const reply = await backend.api.request(path)
        expect({ path, status: reply.status, message: reply.body.errors?.[0]?.message }).toEqual({
          path,
          status,
          message: expect.stringMatching(message),
        })
      }
      // Even an editor's filter cannot reach the draft campaign's posts.
      const asEditor = await backend.api.request('/api/posts/feed.json?campaign=secret-campaign', {
        token: backend.admin.token,
      })
      expect(asEditor.status).toBe(404)
    })
  },
  { env: { FRONTEND_URL: 'https://charity.example' } },
)
