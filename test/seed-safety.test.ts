import type { RunningTestServer } from './helpers/server.ts'

import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { SUPPORT_US_DONATIONS } from '../seed/content/appeals.ts'
import { SAMPLE_ARTWORK } from '../seed/images.ts'
import { requestBody } from './helpers/accessFixtures.ts'
import { ApiClient } from './helpers/client.ts'
import { describeForEachAdapter } from './helpers/harness.ts'
import { runSeed, SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD, type SeedRun } from './helpers/seed.ts'
import { createFreshDatabase, startServerProcess } from './helpers/server.ts'

/**
 * The seed in the situations a developer meets besides a plain second run
 * (test/seed.test.ts): a deleted database with the media folder kept,
 * `--reset`, two seeds at once, and a seed while the server runs.
 */

const SAMPLE_FILES = Object.values(SAMPLE_ARTWORK).map((art) => art.filename)

/** What `npm run seed` makes in the collections that would show a second run's duplicates. */
const EXPECTED = {
  users: 5,
  media: 6,
  groups: 3,
  posts: 6,
  donations: SUPPORT_US_DONATIONS.length,
  'training-requests': 4,
}

const expectSuccess = (run: SeedRun, what = 'seed') => {
  if (run.code !== 0)
    throw new Error(`${what} exited with ${run.code}:\n${run.stdout}\n${run.stderr}`)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A database, a media folder, and the environment the seed and the server share. */
const workspace = async (adapter: Parameters<typeof createFreshDatabase>[0]) => {
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'charity-seed-safety-media-'))
  const servers: RunningTestServer[] = []
  const ws = {
    mediaDir,
    database: await createFreshDatabase(adapter),
    env: () => ({
      DATABASE_URI: ws.database.uri,
      MEDIA_DIR: mediaDir,
      SEED_ADMIN_EMAIL,
      SEED_ADMIN_PASSWORD,
    }),
    seed: (args: string[] = []) => runSeed(ws.env(), args),
    /** Throw the database away and start on an empty one; the media folder stays. */
    newDatabase: async () => {
      await ws.database.drop()
      ws.database = await createFreshDatabase(adapter)
    },
    server: async (extra: Record<string, string> = {}) => {
      const server = await startServerProcess({ ...ws.env(), ...extra })
      servers.push(server)
      return { server, api: new ApiClient(server.url) }
    },
    files: () => readdirSync(mediaDir).sort(),
    cleanUp: async () => {
      for (const server of servers) await server.stop()
      await ws.database.drop().catch(() => undefined)
      rmSync(mediaDir, { force: true, recursive: true })
    },
  }
  return ws
}

type Workspace = Awaited<ReturnType<typeof workspace>>

/** Run `work` in a fresh workspace, and throw the workspace away however it ends. */
const inWorkspace = async (
  adapter: Parameters<typeof createFreshDatabase>[0],
  work: (ws: Workspace) => Promise<void>,
) => {
  const ws = await workspace(adapter)
  try {
    await work(ws)
  } finally {
    await ws.cleanUp()
  }
}

type MediaDoc = { filename: string; sizes?: Record<string, { filename?: null | string }> }

const media = async (api: ApiClient): Promise<MediaDoc[]> => {
  // Media are public: any reader may list them.
  const response = await api.request('/api/media?limit=1000&depth=0')
  expect(response.status).toBe(200)
  return response.body.docs
}

/** Every file the media documents name: the upload and each generated size. */
const filesOf = (docs: MediaDoc[]) =>
  docs
    .flatMap((doc) => [
      doc.filename,
      ...Object.values(doc.sizes ?? {}).map((size) => size.filename ?? ''),
    ])
    .filter(Boolean)
    .sort()

const totalDocs = async (api: ApiClient, token: string, collection: string) => {
  const response = await api.request(`/api/${collection}?limit=0&depth=0`, { token })
  expect(response.status).toBe(200)
  return response.body.totalDocs as number
}

/** Each collection holds the sample's documents once: nothing was made twice. */
const expectSampleOnce = async (api: ApiClient, token: string) => {
  for (const [collection, expected] of Object.entries(EXPECTED)) {
    expect({ collection, total: await totalDocs(api, token, collection) }).toEqual({
      collection,
      total: expected,
    })
  }
}

/** One media document per sample picture under its own name, and on disk exactly their files. */
const expectOneOfEachPicture = async (api: ApiClient, files: string[]) => {
  const docs = await media(api)
  expect(docs.map((doc) => doc.filename).sort()).toEqual([...SAMPLE_FILES].sort())
  expect(files).toEqual(filesOf(docs))
  // No numbered copy (`sample-x-1.png`, `sample-x-1-400x300.png`) anywhere.
  expect(files.filter((file) => /-\d+(-\d+x\d+)?\.png$/.test(file))).toEqual([])
}

describeForEachAdapter('the seed, safe in every situation a developer meets', (adapter) => {
  it(
    'after the database is deleted and the media folder kept, seeds one document and one file per sample picture, and a second run changes nothing',
    () =>
      inWorkspace(adapter, async (ws) => {
        expectSuccess(await ws.seed())
        const firstFiles = ws.files()
        expect(firstFiles.length).toBeGreaterThan(SAMPLE_FILES.length)

        await ws.newDatabase()
        const afresh = await ws.seed()
        expectSuccess(afresh)
        expect(afresh.stdout).toMatch(/media\s+6 created\s+0 already there/)
        const again = await ws.seed()
        expectSuccess(again)
        expect(again.stdout).toMatch(/already complete, nothing changed/)

        // The same names as the first database's run: nothing renamed, nothing added.
        expect(ws.files()).toEqual(firstFiles)
        const { api } = await ws.server()
        await expectOneOfEachPicture(api, ws.files())
      }),
    600_000,
  )

  it(
    'with --reset removes the files it owned: none is left without a document, even after the database was deleted',
    () =>
      inWorkspace(adapter, async (ws) => {
        expectSuccess(await ws.seed())
        const firstFiles = ws.files()
        expectSuccess(await ws.seed(['--reset']), 'seed --reset')
        expect(ws.files()).toEqual(firstFiles)

        // A reset on a new database, with the old database's files still in the folder.
        await ws.newDatabase()
        expectSuccess(await ws.seed(['--reset']), 'seed --reset on a new database')
        expect(ws.files()).toEqual(firstFiles)
        const { api } = await ws.server()
        await expectOneOfEachPicture(api, ws.files())
      }),
    600_000,
  )

  /** Two `npm run seed` at once, and what they made: no duplicates, the appeals equal to the ledger. */
  const expectTwoSeedsAgree = async (ws: Workspace) => {
    const [first, second] = await Promise.all([ws.seed(), ws.seed()])
    expectSuccess(first, 'the first seed')
    expectSuccess(second, 'the second seed')
    // The one that waited found the other's work complete.
    const outputs = [first.stdout, second.stdout]
    expect(
      outputs.filter((out) => /Another seed is running on this database; waiting/.test(out)),
    ).toHaveLength(1)
    expect(outputs.filter((out) => /already complete, nothing changed/.test(out))).toHaveLength(1)

    const { api } = await ws.server()
    const token = await api.login(SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD)
    await expectSampleOnce(api, token)
    await expectOneOfEachPicture(api, ws.files())
    const appeals = (await api.request('/api/donation-appeals?limit=100&depth=0', { token })).body
      .docs as { id: number | string; raisedAmount: number; donationCount: number }[]
    const donations = (await api.request('/api/donations?limit=1000&depth=0', { token })).body
      .docs as { appeal: number | string; amount: number }[]
    for (const appeal of appeals) {
      const own = donations.filter((gift) => String(gift.appeal) === String(appeal.id))
      expect({ raised: appeal.raisedAmount, count: appeal.donationCount }).toEqual({
        raised: own.reduce((sum, gift) => sum + gift.amount, 0),
        count: own.length,
      })
    }
  }

  it(
    'with two `npm run seed` started together on a new database: both exit 0, one waits for the other, nothing is made twice and the appeal totals equal the ledger',
    () => inWorkspace(adapter, expectTwoSeedsAgree),
    600_000,
  )

  it(
    'with two `npm run seed` started together on a database the server has already set up: the same',
    () =>
      inWorkspace(adapter, async (ws) => {
        // The schema exists and no account does: the seeds race only each other.
        const { server } = await ws.server()
        await server.stop()
        await expectTwoSeedsAgree(ws)
      }),
    600_000,
  )

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
