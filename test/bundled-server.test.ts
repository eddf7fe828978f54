import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { bundleServer } from '../backend/cli/bundleServer.ts'
import { ApiClient } from './helpers/client.ts'
import { describeForEachAdapter, untilServing } from './helpers/harness.ts'
import {
  bundleEnv,
  createFreshDatabase,
  type FreshDatabase,
  ROOT,
  runToExit,
} from './helpers/server.ts'

/**
 * The bundle `npm start` runs (`npm run build:server`, backend/cli/bundleServer.ts):
 * built here into a folder of its own, then started as `npm start` starts it,
 * in production, on a database with nothing in it.
 */
const OUTDIR = path.join('backend', 'build', `test-bundle-${randomBytes(4).toString('hex')}`)
const MAIN = path.join(ROOT, OUTDIR, 'main.js')

const startBundle = (env: Record<string, string>): ChildProcess =>
  spawn(process.execPath, ['--conditions=production', MAIN], {
    cwd: ROOT,
    env: bundleEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  })

const LISTENING = /Server listening on (http:\/\/localhost:\d+)/

/** The bundle's address once it says it listens (it says so once ready), and its output so far. */
const listening = (child: ChildProcess, timeoutMs = 120_000) =>
  new Promise<{ url: string; output: () => string }>((resolve, reject) => {
    let log = ''
    const timer = setTimeout(
      () => reject(new Error(`the bundle did not listen within ${timeoutMs} ms:\n${log}`)),
      timeoutMs,
    )
    const onData = (chunk: Buffer) => {
      log += chunk.toString()
      const match = LISTENING.exec(log)
      if (match) {
        clearTimeout(timer)
        resolve({ url: match[1] as string, output: () => log })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the bundle exited with code ${code} before listening:\n${log}`))
    })
  })

beforeAll(async () => {
  await bundleServer({ entry: 'backend/server/bundleEntry.ts', outdir: OUTDIR })
}, 120_000)

afterAll(() => {
  rmSync(path.join(ROOT, OUTDIR), { recursive: true, force: true })
})

describeForEachAdapter('the bundled server (npm start)', (adapter) => {
  let database: FreshDatabase
  let child: ChildProcess | undefined
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'charity-bundle-media-'))
  // The bundle's own temporary folder, where Node keeps its compiled code (os.tmpdir() follows TMPDIR).
  const ownTmp = mkdtempSync(path.join(tmpdir(), 'charity-bundle-tmp-'))

  beforeAll(async () => {
    database = await createFreshDatabase(adapter)
  })

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await database?.drop()
    rmSync(mediaDir, { recursive: true, force: true })
    rmSync(ownTmp, { recursive: true, force: true })
  })

  it('migrates an empty database, answers REST, GraphQL and the feeds, stops on SIGTERM, and leaves its compiled code for the next start', async () => {
    expect(existsSync(MAIN)).toBe(true)
    child = startBundle({ DATABASE_URI: database.uri, MEDIA_DIR: mediaDir, TMPDIR: ownTmp })
    const { url, output } = await listening(child)

    await untilServing(new ApiClient(url))
    const health = await (await fetch(`${url}/api/health`)).json()
    expect(health).toEqual({ status: 'ok', database: adapter })

    const posts = await fetch(`${url}/api/posts?limit=1`)
    expect(posts.status).toBe(200)
    expect(await posts.json()).toMatchObject({ docs: [], totalDocs: 0 })

    const graphql = await fetch(`${url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Events(limit: 1) { totalDocs } }' }),
    })
    expect(graphql.status).toBe(200)
    expect(await graphql.json()).toEqual({ data: { Events: { totalDocs: 0 } } })

    const rss = await fetch(`${url}/api/posts/feed.xml`)
    expect(rss.status).toBe(200)
    expect(rss.headers.get('content-type')).toMatch(/rss\+xml/)

    // The committed migrations ran: the tables came from them, not from a schema push.
    if (adapter !== 'mongodb') expect(output()).toMatch(/Migrated:\s+\S+_initial/)

    const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)

    // Node's compile cache, which the bundle turns on itself (no NODE_COMPILE_CACHE here):
    // the next start reads the chunks' compiled code instead of compiling them again.
    const cache = path.join(ownTmp, 'node-compile-cache')
    expect(existsSync(cache) ? readdirSync(cache, { recursive: true }).length : 0).toBeGreaterThan(
      1,
    )
  }, 180_000)
})

describe('the bundled server refuses what it cannot serve', () => {
  it('stops with a message naming PAYLOAD_CONFIG_PATH instead of loading a second copy of Payload', async () => {
    const result = await runToExit(
      startBundle({
        DATABASE_URI: `file:${path.join(tmpdir(), `charity-bundle-${randomBytes(4).toString('hex')}.db`)}`,
        PAYLOAD_CONFIG_PATH: 'bench/bare/payload.config.ts',
      }),
      'the bundle',
      60_000,
    )
    expect(result.code).toBe(1)
    expect(result.stdout + result.stderr).toMatch(
      /PAYLOAD_CONFIG_PATH is set \(bench\/bare\/payload\.config\.ts\), but the bundled server/,
    )
    expect(result.stdout + result.stderr).toMatch(/node --import tsx backend\/main\.ts/)
  })

  it('refuses a short PAYLOAD_SECRET in production, as the sources do', async () => {
    const result = await runToExit(
      startBundle({ PAYLOAD_SECRET: 'short-but-not-default', DATABASE_URI: 'file:./unused.db' }),
      'the bundle',
      60_000,
    )
    expect(result.code).not.toBe(0)
    expect(result.stdout + result.stderr).toMatch(/Refusing to start in production: PAYLOAD_SECRET/)
  })
})
