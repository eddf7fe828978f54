import { requestBody } from './helpers/accessFixtures.ts'
import { describeForEachAdapter } from './helpers/harness.ts'
import { SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD } from './helpers/seed.ts'
import {
  expectOneOfEachPicture,
  expectSampleOnce,
  expectSuccess,
  inWorkspace,
  sleep,
  totalDocs,
} from './helpers/seedWorkspace.ts'

/**
 * The seed while a server runs on the same database, the rest of the seed's safety suite
 * (test/seed-safety.test.ts): the server seeding at start-up, and the server serving the whole time.
 */

describeForEachAdapter('the seed, safe in every situation a developer meets', (adapter) => {
  it(
    'with `npm run seed` while `npm run dev` seeds the empty database at start-up: both finish and nothing is made twice',
    () =>
      inWorkspace(adapter, async (ws) => {
        // The server seeds before it listens; the command line starts at the same moment.
        const [started, seeded] = await Promise.all([
          ws.server({ NODE_ENV: 'development' }),
          ws.seed(),
        ])
        expectSuccess(seeded)
        const token = await started.api.login(SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD)
        await expectSampleOnce(started.api, token)
        expect(started.server.output()).not.toMatch(/Seeding the sample content failed/)
        // Whichever came second waited for the other.
        expect(
          [seeded.stdout, started.server.output()].filter((out) =>
            /Another seed is running on this database; waiting/.test(out),
          ),
        ).toHaveLength(1)
        await expectOneOfEachPicture(started.api, ws.files())
      }),
    600_000,
  )

  it(
    'while the server runs: the server keeps answering reads and writes the whole time, and anonymous readers see the seeded content afterwards',
    () =>
      inWorkspace(adapter, async (ws) => {
        const { api } = await ws.server({ TRAINING_REQUEST_RATE_LIMIT: '100000' })
        let seeding = true
        const answers: { what: string; status: number }[] = []
        const run = ws.seed().finally(() => (seeding = false))
        // A website reading and a visitor sending the training form (a write, which on SQLite
        // waits for the seed's) the whole time the seed runs.
        for (let i = 0; seeding; i++) {
          const [posts, form] = await Promise.all([
            api.request('/api/posts?limit=100'),
            api.request('/api/training-requests', { body: requestBody(`Visitor ${i}`) }),
          ])
          answers.push(
            { what: 'read', status: posts.status },
            { what: 'form', status: form.status },
          )
          await sleep(200)
        }
        expectSuccess(await run)
        expect(answers.length).toBeGreaterThan(10)
        expect(
          answers.filter((answer) => answer.status !== (answer.what === 'read' ? 200 : 201)),
        ).toEqual([])

        expect((await api.request('/api/posts?limit=100')).body.totalDocs).toBe(4)
        const token = await api.login(SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD)
        // The seed's four sample requests beside the visitors' own.
        expect(await totalDocs(api, token, 'training-requests')).toBe(
          4 + answers.filter((answer) => answer.what === 'form').length,
        )
      }),
    600_000,
  )

  it(
    'while the server runs and writes nothing itself: its cached anonymous lists show the seeded content within RESPONSE_CACHE_TTL_SECONDS',
    () =>
      inWorkspace(adapter, async (ws) => {
        const { api } = await ws.server({ RESPONSE_CACHE_TTL_SECONDS: '5' })
        // An anonymous list, answered once and then from the server's in-process cache.
        expect((await api.request('/api/posts?limit=100')).body.totalDocs).toBe(0)
        const cached = await api.request('/api/posts?limit=100')
        expect(cached.headers.get('x-cache')).toBe('HIT')

        let seeding = true
        const run = ws.seed().finally(() => (seeding = false))
        while (seeding) {
          expect((await api.request('/api/posts?limit=100')).status).toBe(200)
          await sleep(200)
        }
        expectSuccess(await run)

        // The seed wrote from another process: this server heard of none of it, and its cached
        // copies live until they expire. A copy cached mid-seed (one post of four) lives on as
        // long as any other, so wait for the whole sample, not for the first post.
        const finished = Date.now()
        let published = 0
        while (Date.now() - finished < 15_000) {
          published = (await api.request('/api/posts?limit=100')).body.totalDocs
          if (published === 4) break
          await sleep(250)
        }
        expect(published).toBe(4)
        expect(Date.now() - finished).toBeLessThanOrEqual(5_000 + 1_000)
      }),
    600_000,
  )
})
