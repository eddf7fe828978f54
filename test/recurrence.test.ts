import type { Id } from './helpers/accessFixtures.ts'
import type { TestBackend, TestUser } from './helpers/harness.ts'

/**
 * Repeating events as a website reads them: the RRULE made from the editor's
 * fields, and `GET /api/events/occurrences` expanding series (exceptions,
 * daylight saving) beside single events, with the collection's read access.
 */
import ICAL from 'ical.js'

import { groupData, tag } from './helpers/accessFixtures.ts'
import { expectRestFieldError } from './helpers/content.ts'
import { describeEachAdapter } from './helpers/harness.ts'

type OccurrenceDoc = {
  event: Id
  title: string
  startsAt: string
  endsAt: string
  originalStartsAt: string
  status: string
  recurring: boolean
  override: null | Record<string, unknown>
}

/** London's meeting: the second Tuesday of each month, 19:00-21:00 local, from January 2031. */
const monthlyMeeting = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  eventType: 'meeting',
  attendanceMode: 'in-person',
  timezone: 'Europe/London',
  startsAt: '2031-01-14T19:00:00.000Z',
  endsAt: '2031-01-14T21:00:00.000Z',
  recurrence: { frequency: 'monthly', weekdays: [{ day: 'TU', position: 'second' }] },
  _status: 'published',
  ...extra,
})

describeEachAdapter('recurring events', (backend: TestBackend) => {
  const t = tag()
  let editor: TestUser
  let coordinator: TestUser
  const ids = {} as Record<string, Id>
  const api = () => backend.api

  const create = async (
    key: string,
    slug: string,
    data: Record<string, unknown>,
    token = editor.token,
  ) => {
    const { status, body } = await api().request(`/api/${slug}`, { body: data, token })
    if (status !== 201) throw new Error(`creating ${key}: ${status} ${JSON.stringify(body)}`)
    ids[key] = body.doc.id
    return body.doc
  }
  const occurrences = async (query: string, token?: string) => {
    const { status, body } = await api().request(`/api/events/occurrences?${query}`, { token })
    expect({ status, errors: body?.errors }).toEqual({ status: 200, errors: undefined })
    return body as { docs: OccurrenceDoc[]; totalDocs: number; page: number; totalPages: number }
  }
  const mine = (docs: OccurrenceDoc[]) => docs.filter((doc) => doc.title.endsWith(t))
  const FIRST_HALF = 'from=2031-01-01&to=2031-07-01&limit=100'

  beforeAll(async () => {
    editor = await backend.createUser('editor', 'Edie Editor')
    await create('london', 'groups', {
      ...groupData(`London ${t}`, 'london'),
      _status: 'published',
    })
    await create('sheffield', 'groups', {
      ...groupData(`Sheffield ${t}`, 'yorkshire-and-the-humber'),
      _status: 'published',
    })
    coordinator = await backend.createUser('coordinator', 'Cora Coordinator', {
      groups: [ids.london],
    })
    await create(
      'meeting',
      'events',
      monthlyMeeting(`London meeting ${t}`, {
        group: ids.london,
        exceptions: [
          { occurrence: '2031-03-11T19:00:00.000Z', cancelled: true },
          // April's meeting (the 8th, in summer time) moves to Thursday the 10th, same hour.
          {
            occurrence: '2031-04-08T18:00:00.000Z',
            startsAt: '2031-04-10T18:00:00.000Z',
            venue: { name: 'Central Library' },
            note: 'Moved for the Easter holidays.',
          },
        ],
      }),
    )
    await create('workshop', 'events', {
      ...monthlyMeeting(`Training day ${t}`),
      eventType: 'training',
      startsAt: '2031-02-01T09:00:00.000Z',
      endsAt: '2031-02-01T16:00:00.000Z',
      recurrence: {},
    })
    await create(
      'unannounced',
      'events',
      monthlyMeeting(`Unannounced series ${t}`, {
        group: ids.london,
        recurrence: { frequency: 'weekly', weekdays: [{ day: 'SA' }], ends: 'count', count: 2 },
        startsAt: '2031-05-03T10:00:00.000Z',
        endsAt: '2031-05-03T11:00:00.000Z',
        _status: 'draft',
      }),
      coordinator.token,
    )
  }, 120_000)

  describe('a series as stored', () => {
    it('carries the RFC 5545 rule made from its fields, and its bounds', async () => {
      const { body } = await api().request(`/api/events/${ids.meeting}?depth=0`)
      expect(body.recurrence).toMatchObject({
        frequency: 'monthly',
        ends: 'never',
        rule: 'FREQ=MONTHLY;BYDAY=+2TU',
      })
      expect(body.seriesStartsAt).toBe('2031-01-14T19:00:00.000Z')
      expect(body.seriesEndsAt).toBeNull()
      const single = (await api().request(`/api/events/${ids.workshop}?depth=0`)).body
      expect(single.recurrence.rule ?? null).toBeNull()
      expect([single.seriesStartsAt, single.seriesEndsAt]).toEqual([
        '2031-02-01T09:00:00.000Z',
        '2031-02-01T16:00:00.000Z',
      ])
    })

    it('keeps the rule and the bounds its own: a client cannot write them', async () => {
      const { status, body } = await api().request(`/api/events/${ids.meeting}?depth=0`, {
        method: 'PATCH',
        token: editor.token,
        body: {
          recurrence: { rule: 'FREQ=DAILY' },
          seriesEndsAt: '2031-02-01T00:00:00.000Z',
        },
      })
      expect(status).toBe(200)
      expect(body.doc.recurrence.rule).toBe('FREQ=MONTHLY;BYDAY=+2TU')
      expect(body.doc.seriesEndsAt).toBeNull()
    })

    it('ends the series when the editor gives its last day', async () => {
      const doc = await create(
        'ending',
        'events',
        // A draft, so the public lists below stay London's meeting and the training day.
        monthlyMeeting(`Ending ${t}`, {
          _status: 'draft',
          recurrence: {
            frequency: 'monthly',
            weekdays: [{ day: 'TU', position: 'second' }],
            ends: 'until',
            until: '2031-06-30T12:00:00.000Z',
          },
        }),
      )
      expect(doc.recurrence.rule).toBe('FREQ=MONTHLY;BYDAY=+2TU;UNTIL=20310630T225959Z')
      // The last meeting, 10 June, 19:00-21:00 in summer time.
      expect(doc.seriesEndsAt).toBe('2031-06-10T20:00:00.000Z')
    })

    it('refuses fields that make no rule, and exceptions that name no occurrence, with the field', async () => {
      expectRestFieldError(
        await api().request('/api/events', {
          token: editor.token,
          body: monthlyMeeting(`Bad ${t}`, {
            recurrence: { frequency: 'weekly', weekdays: [{ day: 'TU', position: 'second' }] },
          }),
        }),
        'recurrence.weekdays',
      )
      expectRestFieldError(
        await api().request('/api/events', {
          token: editor.token,
          body: monthlyMeeting(`Bad ${t}`, {
            exceptions: [{ occurrence: '2031-03-12T19:00:00.000Z', cancelled: true }],
          }),
        }),
        'exceptions.0.occurrence',
      )
      expectRestFieldError(
        await api().request('/api/events', {
          token: editor.token,
          body: monthlyMeeting(`Bad ${t}`, {
            recurrence: {},
            exceptions: [{ occurrence: '2031-01-14T19:00:00.000Z', cancelled: true }],
          }),
        }),
        'exceptions',
      )
    })
  })

  describe('GET /api/events/occurrences', () => {
    it('lists every occurrence in start order, series and single events alike, 19:00 local in winter and summer', async () => {
      const { docs } = await occurrences(FIRST_HALF)
      expect(
        mine(docs).map((doc) => [doc.title.replace(` ${t}`, ''), doc.startsAt, doc.status]),
      ).toEqual([
        ['London meeting', '2031-01-14T19:00:00.000Z', 'scheduled'],
        ['Training day', '2031-02-01T09:00:00.000Z', 'scheduled'],
        ['London meeting', '2031-02-11T19:00:00.000Z', 'scheduled'],
        ['London meeting', '2031-03-11T19:00:00.000Z', 'cancelled'],
        // Summer time from 30 March: 19:00 in London is 18:00 UTC.
        ['London meeting', '2031-04-10T18:00:00.000Z', 'rescheduled'],
        ['London meeting', '2031-05-13T18:00:00.000Z', 'scheduled'],
        ['London meeting', '2031-06-10T18:00:00.000Z', 'scheduled'],
      ])
    })

    it('gives each occurrence its series, own end, original start and override', async () => {
      const { docs } = await occurrences('from=2031-04-01&to=2031-05-01')
      expect(mine(docs)).toEqual([
        {
          event: ids.meeting,
          title: `London meeting ${t}`,
          slug: expect.any(String),
          eventType: 'meeting',
          recurring: true,
          startsAt: '2031-04-10T18:00:00.000Z',
          endsAt: '2031-04-10T20:00:00.000Z',
          originalStartsAt: '2031-04-08T18:00:00.000Z',
          status: 'rescheduled',
          override: { venue: { name: 'Central Library' }, note: 'Moved for the Easter holidays.' },
        },
      ])
    })

    it('filters by group and type, and pages', async () => {
      const sheffield = await occurrences(`${FIRST_HALF}&group=${ids.sheffield}`)
      expect(sheffield.docs).toEqual([])
      const london = await occurrences(`${FIRST_HALF}&group=${ids.london}`)
      expect(london.docs.map((doc) => doc.event)).toEqual(Array(6).fill(ids.meeting))
      const training = await occurrences(`${FIRST_HALF}&type=training`)
      expect(mine(training.docs).map((doc) => doc.event)).toEqual([ids.workshop])

      const second = await occurrences(
        `from=2031-01-01&to=2031-07-01&group=${ids.london}&limit=4&page=2`,
      )
      expect(second.docs.map((doc) => doc.startsAt)).toEqual([
        '2031-05-13T18:00:00.000Z',
        '2031-06-10T18:00:00.000Z',
      ])
      expect(second).toMatchObject({ totalDocs: 6, page: 2, totalPages: 2 })
    })

    it("shows a draft series to its group's coordinator only", async () => {
      const draft = (docs: OccurrenceDoc[]) =>
        docs.filter((doc) => doc.event === ids.unannounced).map((doc) => doc.startsAt)
      expect(draft((await occurrences(FIRST_HALF)).docs)).toEqual([])
      expect(draft((await occurrences(FIRST_HALF, coordinator.token)).docs)).toEqual([
        '2031-05-03T10:00:00.000Z',
        '2031-05-10T10:00:00.000Z',
      ])
    })

    it('is offered over GraphQL as EventOccurrences, with the same access and checks', async () => {
      const rest = await occurrences(`${FIRST_HALF}&group=${ids.london}`)
      const list = (token?: string, args = '') =>
        api().graphql(
          `{ EventOccurrences(from: "2031-01-01", to: "2031-07-01", group: "${ids.london}", limit: 100${args}) { docs { event startsAt endsAt originalStartsAt status override { venue { name } note } } totalDocs } }`,
          undefined,
          token,
        )
      const anonymous = await list()
      expect(anonymous.errors).toBeUndefined()
      expect(anonymous.data.EventOccurrences.docs).toEqual(
        rest.docs.map(({ event, startsAt, endsAt, originalStartsAt, status, override }) => ({
          event: String(event),
          startsAt,
          endsAt,
          originalStartsAt,
          status,
          override: override
            ? { venue: override.venue ?? null, note: override.note ?? null }
            : null,
        })),
      )
      const staff = await list(coordinator.token)
      expect(staff.data.EventOccurrences.totalDocs).toBe(rest.totalDocs + 2)
      const tooLong = await list(undefined, ', page: 1, type: "picnic"')
      expect(tooLong.errors?.[0]?.message).toMatch(/type must be one of/)
    })

    it('answers HEAD as GET', async () => {
      const path = `${backend.url}/api/events/occurrences?${FIRST_HALF}`
      const get = await fetch(path)
      await get.arrayBuffer()
      const head = await fetch(path, { method: 'HEAD' })
      expect(head.status).toBe(get.status)
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
      expect((await head.arrayBuffer()).byteLength).toBe(0)
    })

    it.each([
      ['from=2031-01-01&to=2032-02-01', /longer than 366 days/],
      ['from=2031-02-01&to=2031-01-01', /to must be after from/],
      // Past the bound, a request would make the server store every open series that far.
      ['from=2126-01-01&to=2126-06-01', /listed up to 10 years ahead/],
      ['from=next-tuesday', /from must be a day/],
      ['type=picnic', /type must be one of workshop/],
      ['limit=500', /limit must be between 1 and 100/],
      ['colour=blue', /Unknown parameter "colour"/],
      ['locale=fr', /locale must be one of/],
    ])('refuses %s with a 400 that says what to send', async (query, message) => {
      const { status, body } = await api().request(`/api/events/occurrences?${query}`)
      expect(status).toBe(400)
      expect(body.errors[0].message).toMatch(message)
    })
  })

  describe('structured data', () => {
    it('describes a series as an EventSeries with its next occurrences as subEvents', async () => {
      const { body: event } = await api().request(`/api/events/${ids.meeting}?depth=0`)
      const { status, body } = await api().request(`/api/events/jsonld?slug=${event.slug}`)
      expect(status).toBe(200)
      expect(body).toMatchObject({
        '@type': 'EventSeries',
        name: `London meeting ${t}`,
        startDate: '2031-01-14T19:00:00.000Z',
      })
      expect(body).not.toHaveProperty('endDate')
      expect(body.subEvent).toHaveLength(12)
      expect(
        body.subEvent
          .slice(2, 4)
          .map((sub: Record<string, unknown>) => [
            sub.startDate,
            sub.eventStatus,
            sub.previousStartDate,
          ]),
      ).toEqual([
        ['2031-03-11T19:00:00.000Z', 'https://schema.org/EventCancelled', undefined],
        [
          '2031-04-10T18:00:00.000Z',
          'https://schema.org/EventRescheduled',
          '2031-04-08T18:00:00.000Z',
        ],
      ])
      expect(body.subEvent[3].location).toMatchObject({ '@type': 'Place', name: 'Central Library' })
    })
  })

  describe('the calendar feed', () => {
    /** Every occurrence a calendar program makes of the feed's events in [from, to), as ical.js expands them. */
    const expandFeed = (text: string, from: string, to: string) => {
      const calendar = new ICAL.Component(ICAL.parse(text))
      for (const zone of calendar.getAllSubcomponents('vtimezone'))
        ICAL.TimezoneService.register(zone)
      const vevents = calendar.getAllSubcomponents('vevent')
      const end = ICAL.Time.fromJSDate(new Date(to), true)
      const found: { uid: string; startsAt: string; endsAt: string }[] = []
      for (const master of vevents.filter((vevent) => !vevent.hasProperty('recurrence-id'))) {
        const uid = String(master.getFirstPropertyValue('uid'))
        const event = new ICAL.Event(master, {
          exceptions: vevents.filter(
            (vevent) =>
              vevent.hasProperty('recurrence-id') && vevent.getFirstPropertyValue('uid') === uid,
          ),
        })
        const iterator = event.iterator()
        for (let next = iterator.next(); next && next.compare(end) < 0; next = iterator.next()) {
          const details = event.getOccurrenceDetails(next)
          const startsAt = details.startDate.toJSDate().toISOString()
          const endsAt = details.endDate.toJSDate().toISOString()
          if (endsAt > new Date(from).toISOString() && startsAt < new Date(to).toISOString())
            found.push({ uid, startsAt, endsAt })
        }
      }
      return found.sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    }

    it('carries a series as one VEVENT with RRULE, EXDATE and RECURRENCE-ID that calendars expand to the API’s occurrences over a year, DST included', async () => {
      const reply = await fetch(`${backend.url}/api/events/calendar.ics?group=${ids.london}`)
      expect(reply.status).toBe(200)
      const text = await reply.text()
      expect(text).toContain('RRULE:FREQ=MONTHLY;BYDAY=+2TU')
      expect(text).toContain('DTSTART;TZID=Europe/London:20310114T190000')
      expect(text).toContain('EXDATE;TZID=Europe/London:20310311T190000')
      expect(text).toContain('RECURRENCE-ID;TZID=Europe/London:20310408T190000')
      expect(text).toContain('BEGIN:VTIMEZONE')

      const from = '2031-01-01T00:00:00.000Z'
      const to = '2031-12-31T00:00:00.000Z'
      const api = await occurrences(`from=${from}&to=${to}&group=${ids.london}&limit=100`)
      const uid = `events-${ids.meeting}@payload-plugin-charity`
      expect(expandFeed(text, from, to)).toEqual(
        api.docs
          .filter((doc) => doc.status !== 'cancelled')
          .map((doc) => ({ uid, startsAt: doc.startsAt, endsAt: doc.endsAt })),
      )
      // Both sides of both clock changes: 19:00 local is 19:00 UTC in winter, 18:00 in summer.
      expect(api.docs.map((doc) => doc.startsAt)).toEqual(
        expect.arrayContaining([
          '2031-02-11T19:00:00.000Z',
          '2031-10-14T18:00:00.000Z',
          '2031-11-11T19:00:00.000Z',
        ]),
      )
    })
  })
})
