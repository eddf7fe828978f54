import type { AdapterName } from './databases.ts'
import type { FreshDatabase, RunningTestServer } from './server.ts'

import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { SUPPORT_US_DONATIONS } from '../../seed/content/appeals.ts'
import { SAMPLE_ARTWORK } from '../../seed/images.ts'
import { ApiClient } from './client.ts'
import { runSeed, SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD, type SeedRun } from './seed.ts'
import { copyDatabase, createFreshDatabase, startServerProcess } from './server.ts'

/**
 * Workspaces for the seed's safety suites (test/seed-safety.test.ts, test/seed-while-serving.test.ts):
 * each test gets a database and a media folder of its own, and the servers it starts stop with it.
 */

export const SAMPLE_FILES = Object.values(SAMPLE_ARTWORK).map((art) => art.filename)

/** What `npm run seed` makes in the collections that would show a second run's duplicates. */
const EXPECTED = {
  users: 5,
  media: 6,
  groups: 3,
  posts: 6,
  donations: SUPPORT_US_DONATIONS.length,
  'training-requests': 4,
}

export const expectSuccess = (run: SeedRun, what = 'seed') => {
  if (run.code !== 0)
    throw new Error(`${what} exited with ${run.code}:\n${run.stdout}\n${run.stderr}`)
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A database, a media folder, and the environment the seed and the server share. */
const workspace = async (adapter: AdapterName) => {
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
    /** Start where `npm run seed` leaves a charity: a copy of `template`'s database and media folder. */
    seededFrom: async (template: { database: FreshDatabase; mediaDir: string }) => {
      const copy = await copyDatabase(adapter, template.database)
      // No cheap copy on this database: seed it here instead, as the template was.
      if (!copy) return expectSuccess(await ws.seed())
      await ws.database.drop()
      ws.database = copy
      cpSync(template.mediaDir, mediaDir, { recursive: true })
    },
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

export type Workspace = Awaited<ReturnType<typeof workspace>>

/**
 * One workspace seeded by the CLI, made when a test first asks for it and kept until the suite ends:
 * tests that start from a seeded charity copy it instead of each running the whole seed again.
 */
export const seededTemplate = (adapter: AdapterName) => {
  let made: Promise<Workspace> | undefined
  return {
    get: () =>
      (made ??= workspace(adapter).then(async (ws) => {
        expectSuccess(await ws.seed(), 'the seed of the template')
        return ws
      })),
    cleanUp: async () => (await made?.catch(() => undefined))?.cleanUp(),
  }
}

/** Run `work` in a fresh workspace, and throw the workspace away however it ends. */
export const inWorkspace = async (adapter: AdapterName, work: (ws: Workspace) => Promise<void>) => {
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

export const totalDocs = async (api: ApiClient, token: string, collection: string) => {
  const response = await api.request(`/api/${collection}?limit=0&depth=0`, { token })
  expect(response.status).toBe(200)
  return response.body.totalDocs as number
}

/** Each collection holds the sample's documents once: nothing was made twice. */
export const expectSampleOnce = async (api: ApiClient, token: string) => {
  for (const [collection, expected] of Object.entries(EXPECTED)) {
    expect({ collection, total: await totalDocs(api, token, collection) }).toEqual({
      collection,
      total: expected,
    })
  }
}

/** One media document per sample picture under its own name, and on disk exactly their files. */
export const expectOneOfEachPicture = async (api: ApiClient, files: string[]) => {
  const docs = await media(api)
  expect(docs.map((doc) => doc.filename).sort()).toEqual([...SAMPLE_FILES].sort())
  expect(files).toEqual(filesOf(docs))
  // No numbered copy (`sample-x-1.png`, `sample-x-1-400x300.png`) anywhere.
  expect(files.filter((file) => /-\d+(-\d+x\d+)?\.png$/.test(file))).toEqual([])
}
