import type { Id } from './helpers/accessFixtures.ts'
import type { TestBackend, TestUser } from './helpers/harness.ts'

/**
 * A group's `meeting`: one of its own repeating events, from whose rule the
 * public `meets` is written in English and Welsh; without one (or when the
 * reader may not see it) the editors' own text stays.
 */
import { groupData, tag } from './helpers/accessFixtures.ts'
import { restErrorPaths } from './helpers/content.ts'
import { describeEachAdapter } from './helpers/harness.ts'

/** The second Tuesday of each month, 19:00-21:00 London time, from January 2031. */
const monthlyMeeting = (title: string, group: Id, extra: Record<string, unknown> = {}) => ({
  title,
  eventType: 'meeting',
  attendanceMode: 'in-person',
  timezone: 'Europe/London',
  startsAt: '2031-01-14T19:00:00.000Z',
  endsAt: '2031-01-14T21:00:00.000Z',
  recurrence: { frequency: 'monthly', weekdays: [{ day: 'TU', position: 'second' }] },
  group,
  _status: 'published',
  ...extra,
})

describeEachAdapter('group meetings', (backend: TestBackend) => {
  const t = tag()
  let editor: TestUser
  const ids = {} as Record<string, Id>
  const api = () => backend.api

  const create = async (key: string, slug: string, data: Record<string, unknown>) => {
    const { status, body } = await api().request(`/api/${slug}`, {
      body: data,
      token: editor.token,
    })
    if (status !== 201) throw new Error(`creating ${key}: ${status} ${JSON.stringify(body)}`)
    ids[key] = body.doc.id
    return body.doc
  }
  const setMeeting = (group: Id, meeting: Id | null) =>
    api().request(`/api/groups/${group}`, {
      method: 'PATCH',
      body: { meeting },
      token: editor.token,
    })
  const publicMeets = async (group: Id, locale: string) => {
    const { status, body } = await api().request(`/api/groups/${group}?locale=${locale}&depth=0`)
    expect(status).toBe(200)
    return body.meets
  }

  beforeAll(async () => {
    editor = await backend.createUser('editor', 'Edie Editor')
    await create('london', 'groups', {
      ...groupData(`London ${t}`, 'london', { meets: 'Ask us when we meet' }),
      _status: 'published',
    })
    await create('sheffield', 'groups', {
      ...groupData(`Sheffield ${t}`, 'yorkshire-and-the-humber'),
      _status: 'published',
    })
    await create('series', 'events', monthlyMeeting(`London meeting ${t}`, ids.london))
    await create('once', 'events', {
      ...monthlyMeeting(`London one-off ${t}`, ids.london),
      recurrence: {},
    })
    await create('elsewhere', 'events', monthlyMeeting(`Sheffield meeting ${t}`, ids.sheffield))
    await create(
      'draftSeries',
      'events',
      monthlyMeeting(`London draft meeting ${t}`, ids.london, {
        _status: 'draft',
        startsAt: '2031-01-30T18:30:00.000Z',
        endsAt: '2031-01-30T20:30:00.000Z',
        recurrence: { frequency: 'monthly', weekdays: [{ day: 'TH', position: 'last' }] },
      }),
    )
  }, 120_000)

  it('refuses an event that is not one of the group’s own series, with a 400 saying why', async () => {
    for (const [event, says] of [
      [ids.elsewhere, 'belongs to another group'],
      [ids.once, 'happens once'],
    ] as const) {
      const reply = await setMeeting(ids.london, event)
      expect({ status: reply.status, paths: restErrorPaths(reply) }).toEqual({
        status: 400,
        paths: ['meeting'],
      })
      expect(reply.body.errors[0].data.errors[0].message).toContain(says)
    }
    const created = await api().request('/api/groups', {
      body: { ...groupData(`New ${t}`, 'london'), meeting: ids.series },
      token: editor.token,
    })
    expect(created.status).toBe(400)
    expect(created.body.errors[0].data.errors[0].message).toContain('Save the group first')
    // Nothing changed: London still has no meeting and its own text.
    expect(await publicMeets(ids.london, 'en')).toBe('Ask us when we meet')
  })

  it('writes the public `meets` from the series’ rule in English and Welsh, over REST and GraphQL', async () => {
    const reply = await setMeeting(ids.london, ids.series)
    expect(reply.status).toBe(200)
    expect(await publicMeets(ids.london, 'en')).toBe('Second Tuesday of the month, 7pm')
    expect(await publicMeets(ids.london, 'cy')).toBe('Ail ddydd Mawrth y mis, 7pm')
    const { body } = await api().request(
      `/api/groups?locale=cy&depth=0&where[id][equals]=${ids.london}`,
    )
    expect(body.docs[0].meets).toBe('Ail ddydd Mawrth y mis, 7pm')
    const gql = await api().graphql(
      `query ($id: ${typeof ids.london === 'number' ? 'Int' : 'String'}!) { Group(id: $id, locale: cy) { meets } }`,
      { id: ids.london },
    )
    expect(gql.data?.Group?.meets).toBe('Ail ddydd Mawrth y mis, 7pm')
    // A group without a meeting keeps its editors' text.
    expect(await publicMeets(ids.sheffield, 'en')).toBeNull()
  })

  it('keeps the editors’ text for readers who may not see the series (a draft)', async () => {
    expect((await setMeeting(ids.london, ids.draftSeries)).status).toBe(200)
    expect(await publicMeets(ids.london, 'en')).toBe('Ask us when we meet')
    const asEditor = await api().request(`/api/groups/${ids.london}?locale=en&depth=0`, {
      token: editor.token,
    })
    expect(asEditor.body.meets).toBe('Last Thursday of the month, 6.30pm')
    expect((await setMeeting(ids.london, null)).status).toBe(200)
    expect(await publicMeets(ids.london, 'en')).toBe('Ask us when we meet')
  })
})
