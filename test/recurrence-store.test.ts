import type { Id } from './helpers/accessFixtures.ts'
import type { TestBackend, TestUser } from './helpers/harness.ts'

/**
 * The stored occurrences behind `GET /api/events/occurrences`
 * (src/recurrence/store.ts): one row per occurrence of each event as its own
 * row stands, following every publish, unpublish, edit and delete in the
 * save's transaction; an open-ended series stored to a horizon and extended
 * when a list reaches past it; `npm run occurrences:rebuild` after a bulk load.
 */
import { shortcutQuery, shortcutsFor } from '../src/components/ListShortcuts/shortcuts.ts'
import { tag } from './helpers/accessFixtures.ts'
import { expectRestFieldError } from './helpers/content.ts'
import { describeEachAdapter } from './helpers/harness.ts'
import { runToExit, spawnScript } from './helpers/server.ts'
import { sqlRows } from './helpers/sql.ts'

type Row = {
  startsAt: string
  endsAt: string
  originalStartsAt: string
  status: string
  _status: string
}

/** A weekly Thursday class, 18:00-19:30 London time, five times from 2 October 2031. */
const weeklyClass = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  eventType: 'training',
  attendanceMode: 'in-person',
  timezone: 'Europe/London',
  startsAt: '2031-10-02T17:00:00.000Z',
  endsAt: '2031-10-02T18:30:00.000Z',
  recurrence: { frequency: 'weekly', weekdays: [{ day: 'TH' }], ends: 'count', count: 5 },
  _status: 'published',
  ...extra,
})

const DAY_MS = 24 * 60 * 60 * 1000

describeEachAdapter('stored event occurrences', (backend: TestBackend) => {
  const t = tag()
  let editor: TestUser
  const api = () => backend.api

  /** The event's stored rows, as staff read them (the collection is hidden, not secret). */
  const rows = async (id: Id): Promise<Row[]> => {
    const { status, body } = await api().request(
      `/api/event-occurrences?where[event][equals]=${id}&sort=originalStartsAt&limit=0&depth=0`,
      { token: editor.token },
    )
    expect(status).toBe(200)
    return body.docs.map(({ startsAt, endsAt, originalStartsAt, status, _status }: Row) => ({
      startsAt,
      endsAt,
      originalStartsAt,
      status,
      _status,
    }))
  }
  const starts = async (id: Id) => (await rows(id)).map((row) => row.startsAt)
  /** The list's starts of one event in the autumn of 2031 (the public's, unless a token is given). */
  const publicStarts = async (id: Id, token?: string) => {
    const { status, body } = await api().request(
      '/api/events/occurrences?from=2031-09-01&to=2032-01-01&limit=100',
      { token },
    )
    expect(status).toBe(200)
    return (body.docs as { event: Id; startsAt: string }[])
      .filter((doc) => doc.event === id)
      .map((doc) => doc.startsAt)
  }
  const create = async (data: Record<string, unknown>): Promise<Id> => {
    const { status, body } = await api().request('/api/events', { body: data, token: editor.token })
    if (status !== 201) throw new Error(`creating: ${status} ${JSON.stringify(body)}`)
    return body.doc.id
  }
  const patch = (id: Id, body: Record<string, unknown>, query = '') =>
    api().request(`/api/events/${id}${query}`, { method: 'PATCH', body, token: editor.token })

  const FIVE = [
    '2031-10-02T17:00:00.000Z',
    '2031-10-09T17:00:00.000Z',
    '2031-10-16T17:00:00.000Z',
    '2031-10-23T17:00:00.000Z',
    // After the clocks go back on 26 October: 18:00 in London is 18:00 UTC.
    '2031-10-30T18:00:00.000Z',
  ]

  beforeAll(async () => {
    editor = await backend.createUser('editor', 'Edie Editor')
  }, 60_000)

  it("stores a published series' occurrences and a single event's one, published", async () => {
    const series = await create(weeklyClass(`Class ${t}`))
    expect(await rows(series)).toEqual(
      FIVE.map((start) => ({
        startsAt: start,
        endsAt: new Date(new Date(start).getTime() + 90 * 60 * 1000).toISOString(),
        originalStartsAt: start,
        status: 'scheduled',
        _status: 'published',
      })),
    )
    const single = await create(weeklyClass(`One-off ${t}`, { recurrence: {} }))
    expect(await starts(single)).toEqual([FIVE[0]])
  })

  it('follows a publish of changed times and rule, and ignores a draft saved beside the published event', async () => {
    const id = await create(weeklyClass(`Edited ${t}`))
    const draft = await patch(
      id,
      { recurrence: { frequency: 'weekly', weekdays: [{ day: 'TH' }], ends: 'count', count: 2 } },
      '?draft=true',
    )
    expect(draft.status).toBe(200)
    expect(await starts(id)).toEqual(FIVE)
    expect(await publicStarts(id)).toEqual(FIVE)

    const published = await patch(id, {
      startsAt: '2031-10-02T18:00:00.000Z',
      endsAt: '2031-10-02T19:30:00.000Z',
      recurrence: { frequency: 'weekly', weekdays: [{ day: 'TH' }], ends: 'count', count: 2 },
      _status: 'published',
    })
    expect(published.status).toBe(200)
    expect(await starts(id)).toEqual(['2031-10-02T18:00:00.000Z', '2031-10-09T18:00:00.000Z'])
    expect(await publicStarts(id)).toEqual(['2031-10-02T18:00:00.000Z', '2031-10-09T18:00:00.000Z'])
  })

  it('follows exceptions: a cancelled occurrence keeps its row, a moved one moves', async () => {
    const id = await create(weeklyClass(`Excepted ${t}`))
    const { status } = await patch(id, {
      exceptions: [
        { occurrence: FIVE[1], cancelled: true },
        { occurrence: FIVE[2], startsAt: '2031-10-17T17:00:00.000Z' },
      ],
      _status: 'published',
    })
    expect(status).toBe(200)
    expect((await rows(id)).map((row) => [row.startsAt, row.originalStartsAt, row.status])).toEqual(
      [
        [FIVE[0], FIVE[0], 'scheduled'],
        [FIVE[1], FIVE[1], 'cancelled'],
        ['2031-10-17T17:00:00.000Z', FIVE[2], 'rescheduled'],
        [FIVE[3], FIVE[3], 'scheduled'],
        [FIVE[4], FIVE[4], 'scheduled'],
      ],
    )
  })

  it('keeps the rows of an unpublished event for staff, out of the public list, and drops them on delete', async () => {
    const id = await create(weeklyClass(`Withdrawn ${t}`))
    expect(await publicStarts(id)).toEqual(FIVE)
    expect((await patch(id, { _status: 'draft' })).status).toBe(200)
    expect((await rows(id)).map((row) => row._status)).toEqual(Array(5).fill('draft'))
    expect(await publicStarts(id)).toEqual([])
    const anonymous = await api().request(`/api/event-occurrences?where[event][equals]=${id}`)
    expect(anonymous.body.docs).toEqual([])

    const removed = await api().request(`/api/events/${id}`, {
      method: 'DELETE',
      token: editor.token,
    })
    expect(removed.status).toBe(200)
    expect(await rows(id)).toEqual([])
  })

  it("lets an author list their own draft's occurrences, through the event's owner", async () => {
    const author = await backend.createUser('author', 'Aled Author')
    const { status, body } = await api().request('/api/events', {
      body: weeklyClass(`Author's draft ${t}`, { _status: 'draft' }),
      token: author.token,
    })
    expect(status).toBe(201)
    expect(await publicStarts(body.doc.id, author.token)).toEqual(FIVE)
    expect(await publicStarts(body.doc.id)).toEqual([])
  })

  it('leaves the rows as they were when a save fails', async () => {
    const id = await create(weeklyClass(`Refused ${t}`))
    const before = await rows(id)
    expectRestFieldError(
      await patch(id, {
        startsAt: '2031-10-03T17:00:00.000Z',
        endsAt: '2031-10-03T18:30:00.000Z',
        exceptions: [{ occurrence: '2031-10-05T17:00:00.000Z', cancelled: true }],
        _status: 'published',
      }),
      'exceptions.0.occurrence',
    )
    expect(await rows(id)).toEqual(before)
  })

  it('stores an open-ended series to its horizon, and further when a list reaches past it', async () => {
    const id = await create(
      weeklyClass(`Open-ended ${t}`, {
        recurrence: { frequency: 'weekly', weekdays: [{ day: 'TH' }] },
      }),
    )
    const stored = await rows(id)
    const horizon = new Date('2031-10-02T17:00:00.000Z').getTime() + 731 * DAY_MS
    expect(new Date(stored.at(-1)?.originalStartsAt ?? 0).getTime()).toBeLessThan(horizon)
    expect(new Date(stored.at(-1)?.originalStartsAt ?? 0).getTime()).toBeGreaterThan(
      horizon - 7 * DAY_MS,
    )

    const { status, body } = await api().request(
      '/api/events/occurrences?from=2036-01-01&to=2036-02-01&limit=100',
    )
    expect(status).toBe(200)
    expect(
      (body.docs as { event: Id; startsAt: string }[])
        .filter((doc) => doc.event === id)
        .map((doc) => doc.startsAt),
    ).toEqual([
      '2036-01-03T18:00:00.000Z',
      '2036-01-10T18:00:00.000Z',
      '2036-01-17T18:00:00.000Z',
      '2036-01-24T18:00:00.000Z',
      '2036-01-31T18:00:00.000Z',
    ])
    const extended = await rows(id)
    // Every week from the first, none twice.
    expect(extended.length).toBeGreaterThan(52 * 4)
    expect(new Set(extended.map((row) => row.originalStartsAt)).size).toBe(extended.length)
    expect(extended.slice(0, stored.length)).toEqual(stored)
  })

  it('npm run occurrences:rebuild stores them again after a load that bypassed the hooks', async () => {
    const id = await create(weeklyClass(`Rebuilt ${t}`))
    await sqlRows(backend.adapter, backend.database.uri, 'DELETE FROM event_occurrences')
    // As staff: an anonymous answer may be cached, and the server cannot know of a change made beside it.
    expect(await publicStarts(id, editor.token)).toEqual([])
    const result = await runToExit(
      spawnScript('backend/cli/occurrencesRebuild.ts', [], { DATABASE_URI: backend.database.uri }),
      'npm run occurrences:rebuild',
      120_000,
    )
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/Stored \d+ occurrences/),
    })
    expect(await publicStarts(id, editor.token)).toEqual(FIVE)
  }, 150_000)

  it("the admin's Upcoming events include a series that started in the past and still runs", async () => {
    const now = Date.now()
    const at = (days: number) => new Date(now + days * DAY_MS).toISOString()
    const event = (title: string, startsIn: number, recurrence: Record<string, unknown>) =>
      create({
        ...weeklyClass(`${title} ${t}`),
        startsAt: at(startsIn),
        endsAt: at(startsIn + 1 / 24),
        recurrence,
      })
    const weekly = (extra: Record<string, unknown> = {}) => ({ frequency: 'weekly', ...extra })
    await event('Now: running for ever', -30, weekly())
    await event('Now: running until next month', -29, weekly({ ends: 'count', count: 9 }))
    await event('Now: over last week', -60, weekly({ ends: 'count', count: 7 }))
    await event('Now: tomorrow', 1, {})
    await event('Now: yesterday', -1, {})

    const upcoming = shortcutsFor('events', new Date(now).toISOString()).find(
      (shortcut) => shortcut.label === 'Upcoming',
    )
    // As the admin's list asks for it: the latest version of each event.
    const { status, body } = await api().request(
      `/api/events${shortcutQuery(upcoming ?? { label: '', where: [] })}&depth=0&limit=100&draft=true`,
      { token: editor.token },
    )
    expect(status).toBe(200)
    expect(
      (body.docs as { title: string }[])
        .map((doc) => doc.title)
        .filter((title) => title.startsWith('Now: ') && title.endsWith(t))
        .map((title) => title.replace(` ${t}`, '')),
    ).toEqual(['Now: running for ever', 'Now: running until next month', 'Now: tomorrow'])
  })
})
