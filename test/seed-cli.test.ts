import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ApiClient } from './helpers/client.ts'
import { describeForEachAdapter } from './helpers/harness.ts'
import { runSeed } from './helpers/seed.ts'
import { createFreshDatabase, startServerProcess } from './helpers/server.ts'

/**
 * The seed's command line: refusals and usage errors happen before anything
 * touches a database, so these runs point at a SQLite file that must never
 * appear.
 */
/** How long one refused run of the command may take (see the usage tests). */
const USAGE_RUN_MS = 110_000

describe('the seed command line', () => {
  let dir: string
  let env: Record<string, string>
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'charity-seed-cli-'))
    env = { DATABASE_URI: `file:${path.join(dir, 'never.db')}`, MEDIA_DIR: path.join(dir, 'media') }
  })
  afterAll(() => rmSync(dir, { force: true, recursive: true }))

  const untouched = () => {
    expect(existsSync(path.join(dir, 'never.db'))).toBe(false)
    expect(existsSync(path.join(dir, 'media'))).toBe(false)
  }

  it('refuses NODE_ENV=production without --force, and says what it would take', async () => {
    const run = await runSeed({
      ...env,
      NODE_ENV: 'production',
      SEED_ADMIN_PASSWORD: 'a-long-production-password',
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/Refusing to seed: NODE_ENV is "production"/)
    expect(run.stderr).toMatch(/--force/)
    untouched()
  })

  it('refuses NODE_ENV=production with --force but no SEED_ADMIN_PASSWORD', async () => {
    const run = await runSeed({ ...env, NODE_ENV: 'production' }, ['--force'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/SEED_ADMIN_PASSWORD/)
    untouched()
  })

  it('refuses NODE_ENV=production with --force and a short SEED_ADMIN_PASSWORD', async () => {
    const run = await runSeed({ ...env, NODE_ENV: 'production', SEED_ADMIN_PASSWORD: 'short' }, [
      '--force',
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/shorter than 12 characters/)
    untouched()
  })

  it('explains --scale and --seed in --help', async () => {
    const run = await runSeed(env, ['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /--scale N\s+After the sample, also generate N posts, N events and N donation\s+appeals \(3 × N documents\)/,
    )
    expect(run.stdout).toMatch(/--seed S/)
    expect(run.stdout).toMatch(/--reset/)
    expect(run.stdout).toMatch(/SEED_ADMIN_EMAIL/)
    untouched()
  })

  it.each([
    [['--scale', 'many'], /--scale takes a whole number/],
    [['--scale', '0'], /--scale must be between 1 and/],
    [['--seed', '3'], /--seed only applies together with --scale/],
    [['--wipe'], /Unknown option '--wipe'/],
  ])(
    'rejects %j with exit code 2 and a usage message',
    async (args, message) => {
      // A refusal takes ~3 s, but once in a clean-clone CI run a start of the sources beside the hosts'
      // builds passed jest's 60 s: the command has its own limit below the test's, so a slow or hung
      // start fails with the command's output rather than jest's bare timeout.
      const run = await runSeed(env, args, USAGE_RUN_MS)
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(message)
      expect(run.stderr).toMatch(/--help/)
      untouched()
    },
    USAGE_RUN_MS + 10_000,
  )
})

/** `npm run dev` on an empty database seeds it; tests and SEED_ON_START=false do not. */
describeForEachAdapter('the development server on an empty database', (adapter) => {
  const boot = async (extra: Record<string, string | undefined>) => {
    const database = await createFreshDatabase(adapter)
    const mediaDir = mkdtempSync(path.join(tmpdir(), 'charity-dev-media-'))
    const server = await startServerProcess({
      DATABASE_URI: database.uri,
      MEDIA_DIR: mediaDir,
      ...extra,
    })
    const api = new ApiClient(server.url)
    const stop = async () => {
      await server.stop()
      await database.drop().catch(() => undefined)
      rmSync(mediaDir, { force: true, recursive: true })
    }
    return { server, api, stop }
  }

  it('seeds the sample and prints where the admin is and how to log in (NODE_ENV=development)', async () => {
    const { server, api, stop } = await boot({
      NODE_ENV: 'development',
      SEED_ADMIN_EMAIL: 'dev-admin@example.org',
    })
    try {
      // The login lines follow the "listening" line the harness waits for.
      const loginLine = /admin\s+dev-admin@example\.org\s+(\S+)/
      for (let waited = 0; !loginLine.test(server.output()) && waited < 10_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const log = server.output()
      expect(log).toMatch(/The database is empty: seeding the sample charity/)
      expect(log).toMatch(/Admin: http:\/\/localhost:\d+\/admin|log in through the API/)
      const printed = loginLine.exec(log)
      expect(printed).not.toBeNull()
      // The generated password printed in the log is the one that works.
      const token = await api.login('dev-admin@example.org', printed![1])
      const posts = await api.request('/api/posts?limit=0', { token })
      expect(posts.body.totalDocs).toBeGreaterThan(0)
      const users = await api.request('/api/users?limit=0', { token })
      // The admin, editor and author, and the London and Sheffield coordinators.
      expect(users.body.totalDocs).toBe(5)
    } finally {
      await stop()
    }
  }, 300_000)

  it('leaves the database empty with SEED_ON_START=false, and in tests (NODE_ENV=test)', async () => {
    for (const extra of [
      { NODE_ENV: 'development', SEED_ON_START: 'false' },
      { NODE_ENV: 'test' },
    ]) {
      const { server, api, stop } = await boot(extra)
      try {
        expect(server.output()).not.toMatch(/seeding the sample charity/)
        // Nobody has registered yet, so the first account may still be created.
        const first = await api.request('/api/users/first-register', {
          body: { email: 'first@example.org', password: 'first-password-1', name: 'First' },
        })
        expect({ extra, status: first.status }).toEqual({ extra, status: 200 })
        const posts = await api.request('/api/posts?limit=0', { token: first.body.token })
        expect(posts.body.totalDocs).toBe(0)
      } finally {
        await stop()
      }
    }
  }, 300_000)
})
