import type { Id } from './helpers/accessFixtures.ts'
import type { TestBackend, TestUser } from './helpers/harness.ts'

/**
 * Local groups as a website reads them: "find a group near me"
 * (`GET /api/groups/near`), the group's own posts and events (joins), the
 * campaigns groups take part in, and who coordinates a group (staff only).
 */
import { groupData, tag } from './helpers/accessFixtures.ts'
import { describeEachAdapter } from './helpers/harness.ts'

const PLACES = {
  london: { latitude: 51.5072, longitude: -0.1276 },
  reading: { latitude: 51.4543, longitude: -0.9781 },
  brighton: { latitude: 50.8225, longitude: -0.1372 },
  sheffield: { latitude: 53.3811, longitude: -1.4701 },
}

describeEachAdapter('local groups', (backend: TestBackend) => {
  let editor: TestUser
  const t = tag()
  const ids = {} as Record<string, Id>
  const api = () => backend.api

  const createGroup = async (key: string, data: Record<string, unknown>) => {
    const { status, body } = await api().request('/api/groups', {
      body: { _status: 'published', ...data },
      token: editor.token,
    })
    if (status !== 201) throw new Error(`creating ${key}: ${status} ${JSON.stringify(body)}`)
    ids[key] = body.doc.id
  }

  beforeAll(async () => {
    editor = await backend.createUser('editor', 'Edie Editor')
    await createGroup('london', groupData(`London ${t}`, 'london', { location: PLACES.london }))
    await createGroup(
      'reading',
      groupData(`Reading ${t}`, 'south-east', {
        town: 'Reading',
        location: PLACES.reading,
        groupStatus: 'forming',
        meets: 'First Monday of the month, 7pm',
        contactEmail: 'reading@example.org',
      }),
    )
    await createGroup(
      'brighton',
      groupData(`Brighton ${t}`, 'south-east', { town: 'Brighton', location: PLACES.brighton }),
    )
    await createGroup(
      'sheffield',
      groupData(`Sheffield ${t}`, 'yorkshire-and-the-humber', { location: PLACES.sheffield }),
    )
    // Near London, but not to be found: paused, a draft, and one without a location.
    await createGroup(
      'paused',
      groupData(`Paused ${t}`, 'london', { location: PLACES.london, groupStatus: 'paused' }),
    )
    await createGroup(
      'draft',
      groupData(`Draft ${t}`, 'london', { location: PLACES.london, _status: 'draft' }),
    )
    await createGroup('online', groupData(`Online ${t}`, 'online', { town: null }))
  }, 120_000)

  describe('find a group near me', () => {
    const near = (query: string, token?: string) =>
      api().request(`/api/groups/near?${query}`, { token })
    const names = (docs: { name: string }[]) => docs.map((doc) => doc.name.replace(` ${t}`, ''))

    it('lists published active and forming groups within the radius, nearest first, with distanceKm', async () => {
      const { status, body } = await near(
        `lat=${PLACES.london.latitude}&lng=${PLACES.london.longitude}&radiusKm=100`,
      )
      expect(status).toBe(200)
      expect(names(body.docs)).toEqual(['London', 'Reading', 'Brighton'])
      expect(body.docs.map((doc: { distanceKm: number }) => doc.distanceKm)).toEqual([
        0,
        expect.closeTo(58.8, 0),
        expect.closeTo(76.0, 0),
      ])
      expect(body).toMatchObject({
        totalDocs: 3,
        radiusKm: 100,
        origin: { lat: PLACES.london.latitude, lng: PLACES.london.longitude },
      })
      expect(body.docs[1]).toMatchObject({
        id: ids.reading,
        slug: expect.any(String),
        town: 'Reading',
        region: 'south-east',
        groupStatus: 'forming',
        meets: 'First Monday of the month, 7pm',
        contactEmail: 'reading@example.org',
        location: PLACES.reading,
      })
      // The long description and the joins stay on the group's own page.
      expect(body.docs[1]).not.toHaveProperty('description')
      expect(body.docs[1]).not.toHaveProperty('events')
      expect(body.docs[1]).not.toHaveProperty('coordinators')
    })

    it('searches 25 km by default, up to 500 km when asked, and returns `limit` of them', async () => {
      const from = `lat=${PLACES.london.latitude}&lng=${PLACES.london.longitude}`
      expect(names((await near(from)).body.docs)).toEqual(['London'])
      expect(names((await near(`${from}&radiusKm=500`)).body.docs)).toEqual([
        'London',
        'Reading',
        'Brighton',
        'Sheffield',
      ])
      const limited = (await near(`${from}&radiusKm=500&limit=2`)).body
      expect({ names: names(limited.docs), totalDocs: limited.totalDocs }).toEqual({
        names: ['London', 'Reading'],
        totalDocs: 4,
      })
    })

    it('shows a signed-in editor the same public finder (no drafts, no paused groups)', async () => {
      const { body } = await near(
        `lat=${PLACES.london.latitude}&lng=${PLACES.london.longitude}`,
        editor.token,
      )
      expect(names(body.docs)).toEqual(['London'])
    })

    it.each([
      ['lng=-0.12', 'lat', /lat is required/],
      ['lat=north&lng=-0.12', 'lat', /lat must be a number/],
      ['lat=51.5&lng=200', 'lng', /lng must be a number from -180 to 180/],
      ['lat=51.5', 'lng', /lng is required/],
      ['lat=51.5&lng=-0.12&radiusKm=1000', 'radiusKm', /at most 500/],
    ])('answers %s with a 400 that names %s', async (query, _parameter, message) => {
      const { status, body } = await near(query)
      expect(status).toBe(400)
      expect(body).toEqual({ errors: [{ message: expect.stringMatching(message) }] })
    })

    it('is answered from an index on the location, not by reading every group', async () => {
      if (backend.adapter === 'mongodb') return
      // The index is declared on the collection, so the schema carries it on every SQL adapter.
      const { body } = await api().request('/api/groups?limit=1&depth=0', {
        token: backend.admin.token,
      })
      expect(body.totalDocs).toBeGreaterThan(0)
      if (backend.adapter === 'sqlite') {
        const { createClient } = await import('@libsql/client')
        const client = createClient({ url: backend.database.uri })
        const plan = await client.execute(
          'EXPLAIN QUERY PLAN SELECT id FROM groups WHERE location_latitude BETWEEN 51 AND 52 AND location_longitude BETWEEN -1 AND 1',
        )
        client.close()
        expect(plan.rows.map((row) => String(row.detail)).join('\n')).toMatch(
          /USING (COVERING )?INDEX .*location_latitude/i,
        )
      } else {
        const { default: pg } = await import('pg')
        const client = new pg.Client({ connectionString: backend.database.uri })
        await client.connect()
        const { rows } = await client.query(
          "SELECT indexdef FROM pg_indexes WHERE tablename = 'groups'",
        )
        await client.end()
        expect(rows.map((row) => row.indexdef).join('\n')).toMatch(
          /\(location_latitude, location_longitude\)/,
        )
      }
    })
  })

  describe("a group's page", () => {
    let coordinator: TestUser
    beforeAll(async () => {
      coordinator = await backend.createUser('coordinator', 'Cora Coordinator', {
        groups: [ids.london],
      })
      const create = (slug: string, data: Record<string, unknown>, token = editor.token) =>
        api().request(`/api/${slug}`, { body: data, token })
      const event = (title: string, status: string) => ({
        title,
        eventType: 'meeting',
        attendanceMode: 'in-person',
        startsAt: '2031-03-11T19:00:00.000Z',
        endsAt: '2031-03-11T21:00:00.000Z',
        group: ids.london,
        _status: status,
      })
      await create('events', event(`Monthly meeting ${t}`, 'published'), coordinator.token)
      await create('events', event(`Unannounced meeting ${t}`, 'draft'), coordinator.token)
      await create('posts', {
        title: `Our first year ${t}`,
        group: ids.london,
        _status: 'published',
      })
      await create('campaigns', {
        title: `No fees for work ${t}`,
        campaignStatus: 'active',
        groups: [ids.london, ids.sheffield],
        _status: 'published',
      })
    }, 60_000)

    it("lists the group's published posts and events for a website, drafts only for staff", async () => {
      const pub = (await api().request(`/api/groups/${ids.london}?depth=0`)).body
      const titles = (join: { docs: unknown[] }, slug: string) =>
        Promise.all(
          join.docs.map(
            async (id) =>
              (await api().request(`/api/${slug}/${id}?depth=0`, { token: editor.token })).body
                .title,
          ),
        )
      expect(await titles(pub.events, 'events')).toEqual([`Monthly meeting ${t}`])
      expect(await titles(pub.posts, 'posts')).toEqual([`Our first year ${t}`])
      const staff = (
        await api().request(`/api/groups/${ids.london}?depth=0`, { token: editor.token })
      ).body
      expect(staff.events.docs).toHaveLength(2)
    })

    it('never tells a website who coordinates it, over REST or GraphQL', async () => {
      const rest = (await api().request(`/api/groups/${ids.london}?depth=1`)).body
      expect(rest).not.toHaveProperty('coordinators')
      const gql = await api().graphql(
        `{ Group(id: ${JSON.stringify(ids.london)}) { name coordinators { docs { id email } } } }`,
      )
      expect(gql.data?.Group?.coordinators ?? null).toBeNull()
      expect(JSON.stringify(gql)).not.toContain(coordinator.email)
      const staff = (
        await api().request(`/api/groups/${ids.london}?depth=0`, { token: editor.token })
      ).body
      expect(staff.coordinators.docs.map(String)).toEqual([String(coordinator.id)])
    })

    it('shows the groups taking part in a campaign', async () => {
      const { body } = await api().request(
        `/api/campaigns?where[title][equals]=${encodeURIComponent(`No fees for work ${t}`)}&depth=1`,
      )
      expect(body.docs[0].groups.map((group: { name: string }) => group.name)).toEqual([
        `London ${t}`,
        `Sheffield ${t}`,
      ])
    })

    it('lets the coordinator keep changes to a live post as a draft, seen by staff and never by the public', async () => {
      const created = await api().request('/api/posts', {
        body: { title: `Live news ${t}`, group: ids.london, _status: 'published' },
        token: coordinator.token,
      })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const draft = await api().request(`/api/posts/${id}?draft=true`, {
        method: 'PATCH',
        body: { title: `Unreviewed news ${t}` },
        token: coordinator.token,
      })
      expect(draft.status).toBe(200)
      const asCoordinator = await api().request(`/api/posts/${id}?draft=true&depth=0`, {
        token: coordinator.token,
      })
      const asPublic = await api().request(`/api/posts/${id}?draft=true&depth=0`)
      expect({ coordinator: asCoordinator.body.title, public: asPublic.body.title }).toEqual({
        coordinator: `Unreviewed news ${t}`,
        public: `Live news ${t}`,
      })
    })

    it('tells a coordinator who writes outside their groups what they may do, and saves nothing', async () => {
      const title = `Sheffield news by London ${t}`
      for (const body of [
        { title, group: null },
        { title, group: ids.sheffield },
      ]) {
        const { status, body: reply } = await api().request('/api/events', {
          body: {
            ...body,
            eventType: 'meeting',
            attendanceMode: 'online',
            onlineUrl: 'https://example.org/meet',
            startsAt: '2031-03-11T19:00:00.000Z',
            endsAt: '2031-03-11T21:00:00.000Z',
          },
          token: coordinator.token,
        })
        expect(status).toBe(403)
        expect(reply.errors[0].message).toMatch(/own groups only: set group to one of the groups/)
      }
      const stored = await api().request(
        `/api/events?where[title][equals]=${encodeURIComponent(title)}`,
        { token: editor.token },
      )
      expect(stored.body.totalDocs).toBe(0)
    })

    it("starts a coordinator's document in their group when it names none (as the admin's new-document form does)", async () => {
      const { status, body } = await api().request('/api/posts', {
        body: { title: `No group given ${t}` },
        token: coordinator.token,
      })
      expect(status).toBe(201)
      expect(String(body.doc.group?.id ?? body.doc.group)).toBe(String(ids.london))
    })

    it("shows a coordinator another group's published events only, through its page", async () => {
      const other = await backend.createUser('coordinator', 'Sid Sheffield', {
        groups: [ids.sheffield],
      })
      const { body } = await api().request(`/api/groups/${ids.london}?depth=0`, {
        token: other.token,
      })
      expect(body.events.docs).toHaveLength(1)
    })

    it('finds posts and events by group, for a website listing "our group\'s news"', async () => {
      const { body } = await api().request(`/api/events?where[group][equals]=${ids.london}&depth=0`)
      expect(body.docs.map((doc: { title: string }) => doc.title)).toEqual([`Monthly meeting ${t}`])
    })
  })
})
