import type { AdapterName } from './helpers/databases.ts'
import type { RunningTestServer } from './helpers/server.ts'

import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { migrationDirOf } from '../backend/database/adapter.ts'
import { ApiClient } from './helpers/client.ts'
import { createDoc } from './helpers/content.ts'
import { deliver } from './helpers/donations.ts'
import { bootBackend, describeForEachAdapter, untilServing } from './helpers/harness.ts'
import {
  createFreshDatabase,
  ROOT,
  runServerToExit,
  runToExit,
  spawnScript,
  startServerProcess,
} from './helpers/server.ts'
import { sqlRows } from './helpers/sql.ts'

/**
 * The last commit whose databases got their tables by a schema push (its
 * `createSchemaIfEmpty` on a first production start, or `npm run dev`), not
 * by migrations. Databases it made are what the first migration adopts.
 */
const LAST_PUSHED_RELEASE = '31ba388d598fe6a8d6cf4c3fbb5513fbd181e24b'

// A production start needs the public address (docs/operators.md, SERVER_URL); nothing here reads it.
const PRODUCTION = {
  NODE_ENV: 'production',
  PAYLOAD_JOBS_AUTORUN: 'false',
  SERVER_URL: 'https://cms.example.org',
}

/** The migrations committed for an adapter, by the names Payload records them under. */
const committedMigrations = (adapter: 'postgres' | 'sqlite') =>
  readdirSync(migrationDirOf(adapter))
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => file.replace(/\.ts$/, ''))
    .sort()

const migrationRows = async (adapter: AdapterName, uri: string) =>
  (await sqlRows(adapter, uri, 'SELECT name, batch FROM payload_migrations ORDER BY name')).map(
    (row) => ({ name: String(row.name), batch: Number(row.batch) }),
  )

/** The production server on an existing database, ready to serve. */
const startProduction = async (
  uri: string,
  mediaDir: string,
  env: Record<string, string> = {},
): Promise<{ server: RunningTestServer; api: ApiClient }> => {
  const server = await startServerProcess({
    DATABASE_URI: uri,
    MEDIA_DIR: mediaDir,
    ...PRODUCTION,
    ...env,
  })
  const api = new ApiClient(server.url)
  await untilServing(api)
  return { server, api }
}

/** A fresh database and media folder for one test, thrown away after it. */
const onFreshDatabase = async (
  adapter: AdapterName,
  use: (uri: string, mediaDir: string) => Promise<void>,
): Promise<void> => {
  const database = await createFreshDatabase(adapter)
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'charity-media-'))
  try {
    await use(database.uri, mediaDir)
  } finally {
    await database.drop().catch(() => undefined)
    rmSync(mediaDir, { force: true, recursive: true })
  }
}

const SQL_ONLY = (adapter: AdapterName) => {
  if (adapter !== 'mongodb') return false
  it.skip('has nothing to migrate: MongoDB keeps no SQL schema', () => undefined)
  return true
}

describeForEachAdapter('a production start on an empty database', (adapter) => {
  if (SQL_ONLY(adapter)) return
  const sql = adapter as 'postgres' | 'sqlite'

  it('creates the schema by running the committed migrations, and serves content from it', async () => {
    const backend = await bootBackend(adapter, { env: PRODUCTION })
    try {
      expect(backend.server.output()).toMatch(/Migrating: \d{8}_\d{6}_initial/)
      expect(await migrationRows(adapter, backend.database.uri)).toEqual(
        committedMigrations(sql).map((name) => ({ name, batch: 1 })),
      )

      const created = await backend.api.request('/api/posts', {
        body: { title: 'Written after migrating', _status: 'published' },
        token: backend.admin.token,
      })
      expect(created.status).toBe(201)
      const read = await backend.api.request(`/api/posts/${created.body.doc.id}`)
      expect(read.body).toMatchObject({ title: 'Written after migrating' })

      // A second production start finds every migration recorded and runs none.
      const again = await startProduction(
        backend.database.uri,
        mkdtempSync(path.join(tmpdir(), 'charity-media-')),
      )
      try {
        expect(again.server.output()).not.toMatch(/Migrating:/)
        const list = await again.api.request('/api/posts')
        expect(list.body.docs.map((doc: { title: string }) => doc.title)).toEqual([
          'Written after migrating',
        ])
      } finally {
        await again.server.stop()
      }

      // A development start pushed onto it since (Payload's `dev` row): production refuses, and says why.
      await sqlRows(
        adapter,
        backend.database.uri,
        `INSERT INTO payload_migrations (name, batch, updated_at, created_at) VALUES ('dev', -1, '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')`,
      )
      const refused = await runServerToExit({ DATABASE_URI: backend.database.uri, ...PRODUCTION })
      expect(refused.code).not.toBe(0)
      expect(refused.stdout + refused.stderr).toMatch(
        /has run migrations and was then changed by a development start/,
      )
    } finally {
      await backend.server.stop()
    }
  }, 240_000)
})

describeForEachAdapter('a production start on a database a development start made', (adapter) => {
  if (SQL_ONLY(adapter)) return
  const sql = adapter as 'postgres' | 'sqlite'

  it(
    'records every migration without running it, keeps the content, and serves',
    () =>
      onFreshDatabase(adapter, async (uri, mediaDir) => {
        // 1. `npm run dev` on an empty database: the schema is pushed from the config.
        const dev = await startServerProcess({
          DATABASE_URI: uri,
          MEDIA_DIR: mediaDir,
          NODE_ENV: 'development',
          PAYLOAD_JOBS_AUTORUN: 'false',
          // The sample content is not what is tested here (test/seed.test.ts seeds a pushed database).
          SEED_ON_START: 'false',
        })
        let postId: number | string
        try {
          const api = new ApiClient(dev.url)
          await untilServing(api)
          const first = await api.request('/api/users/first-register', {
            body: { email: 'dev@example.org', password: 'a-development-password', name: 'Dev' },
          })
          expect(first.status).toBe(200)
          const post = await api.request('/api/posts', {
            body: { title: 'Written in development', _status: 'published' },
            token: first.body.token,
          })
          expect(post.status).toBe(201)
          postId = post.body.doc.id
        } finally {
          await dev.stop()
        }
        expect(await migrationRows(adapter, uri)).toEqual([{ name: 'dev', batch: -1 }])

        // 2. `npm start` on it: the first migration adopts the tables, and every later one
        // finds its columns pushed already (running it would add them twice).
        const next = await startProduction(uri, mediaDir)
        try {
          const later = committedMigrations(sql).slice(1)
          for (const name of later) {
            expect(next.server.output()).toContain(
              `The pushed tables already match migration ${name}: recording it without changes.`,
            )
          }
          expect(await migrationRows(adapter, uri)).toEqual(
            committedMigrations(sql).map((name) => ({ name, batch: 1 })),
          )
          const read = await next.api.request(`/api/posts/${postId}`)
          expect(read.status).toBe(200)
          expect(read.body).toMatchObject({ title: 'Written in development' })
        } finally {
          await next.server.stop()
        }
      }),
    240_000,
  )
})

describeForEachAdapter('several API nodes started together on an empty database', (adapter) => {
  if (adapter !== 'postgres') {
    it.skip('runs on PostgreSQL only: several nodes share a PostgreSQL database, an SQLite file has one server', () =>
      undefined)
    return
  }

  it('migrate it once, one after another, and all serve', async () => {
    await onFreshDatabase(adapter, async (uri, mediaDir) => {
      const nodes = await Promise.all(
        [1, 2, 3].map(async () => {
          const node = await startServerProcess({
            DATABASE_URI: uri,
            MEDIA_DIR: mediaDir,
            ...PRODUCTION,
          })
          return { server: node, api: new ApiClient(node.url) }
        }),
      )
      try {
        await Promise.all(nodes.map((node) => untilServing(node.api)))
        expect(await migrationRows(adapter, uri)).toEqual(
          committedMigrations('postgres').map((name) => ({ name, batch: 1 })),
        )
        // Exactly one node ran them; the others waited for its lock and found nothing left to run.
        const ran = nodes.filter((node) => /Migrating: /.test(node.server.output()))
        expect(ran).toHaveLength(1)
        for (const node of nodes) {
          const health = await node.api.request('/api/health')
          expect(health.status).toBe(200)
        }
      } finally {
        await Promise.all(nodes.map((node) => node.server.stop()))
      }
    })
  }, 240_000)
})

describeForEachAdapter(
  'upgrading a database made by the last release without migrations',
  (adapter) => {
    if (SQL_ONLY(adapter)) return
    const sql = adapter as 'postgres' | 'sqlite'

    let previous: string
    beforeAll(() => {
      // That release's config and database code, as it was committed; the packages are today's.
      previous = mkdtempSync(path.join(tmpdir(), 'charity-previous-'))
      const archive = execFileSync(
        'git',
        [
          'archive',
          LAST_PUSHED_RELEASE,
          'payload.config.ts',
          'payload-types.ts',
          'src',
          'collections',
          'globals',
          'seed',
          'tsconfig.json',
          'package.json',
        ],
        { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 },
      )
      writeFileSync(path.join(previous, 'release.tar'), archive)
      execFileSync('tar', ['-xf', 'release.tar'], { cwd: previous })
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(previous, 'node_modules'))
    })
    afterAll(() => rmSync(previous, { force: true, recursive: true }))

    /** The previous release, started in production on an empty database: it pushes its schema. */
    const startPrevious = (uri: string, mediaDir: string) =>
      startProduction(uri, mediaDir, {
        PAYLOAD_CONFIG_PATH: path.join(previous, 'payload.config.ts'),
      })

    it(
      'adopts its pushed tables, keeps its content, and records the first migration',
      () =>
        onFreshDatabase(adapter, async (uri, mediaDir) => {
          // 1. The previous release made the tables and took some content.
          const old = await startPrevious(uri, mediaDir)
          let token: string
          let postId: number | string
          try {
            expect(old.server.output()).toMatch(
              /creating the tables for this first production start/,
            )
            const first = await old.api.request('/api/users/first-register', {
              body: { email: 'upgrade@example.org', password: 'an-upgrade-password', name: 'Ada' },
            })
            expect(first.status).toBe(200)
            token = first.body.token
            const post = await old.api.request('/api/posts', {
              body: { title: 'Written before migrations', _status: 'published' },
              token,
            })
            expect(post.status).toBe(201)
            postId = post.body.doc.id
          } finally {
            await old.server.stop()
          }
          expect(await migrationRows(adapter, uri)).toEqual([{ name: 'dev', batch: -1 }])

          // 2. This release, started in production on it: the first migration adopts the tables.
          const next = await startProduction(uri, mediaDir)
          try {
            expect(next.server.output()).toMatch(/match the first migration: recording it/)
            expect(await migrationRows(adapter, uri)).toEqual(
              committedMigrations(sql).map((name) => ({ name, batch: 1 })),
            )
            const read = await next.api.request(`/api/posts/${postId}`)
            expect(read.status).toBe(200)
            expect(read.body).toMatchObject({ title: 'Written before migrations' })
            const login = await next.api.login('upgrade@example.org', 'an-upgrade-password')
            const written = await next.api.request('/api/posts', {
              body: { title: 'Written after the upgrade', _status: 'published' },
              token: login,
            })
            expect(written.status).toBe(201)
            const list = await next.api.request('/api/posts?sort=createdAt')
            expect(list.body.docs.map((doc: { title: string }) => doc.title)).toEqual([
              'Written before migrations',
              'Written after the upgrade',
            ])
          } finally {
            await next.server.stop()
          }
        }),
      300_000,
    )

    it(
      'refuses a database pushed by an older release that lacks part of the schema, naming what is missing',
      () =>
        onFreshDatabase(adapter, async (uri, mediaDir) => {
          await (await startPrevious(uri, mediaDir)).server.stop()
          // An older schema: one column this release expects was not there yet.
          await sqlRows(adapter, uri, 'ALTER TABLE posts_locales DROP COLUMN reading_time_minutes')
          const refused = await runServerToExit({ DATABASE_URI: uri, ...PRODUCTION })
          expect(refused.code).not.toBe(0)
          expect(refused.stdout + refused.stderr).toMatch(
            /column posts_locales\.reading_time_minutes/,
          )
          expect(refused.stdout + refused.stderr).toMatch(/Upgrading/)
        }),
      240_000,
    )
  },
)

describeForEachAdapter('the lowercase_emails data migration', (adapter) => {
  if (SQL_ONLY(adapter)) return
  const sql = adapter as 'postgres' | 'sqlite'

  it('lower-cases and trims the emails rows hold from before normalisation, leaving accounts that would collide', async () => {
    const secret = 'whsec-lowercase-migration'
    const backend = await bootBackend(adapter, {
      env: { ...PRODUCTION, DONATIONS_WEBHOOK_SECRET: secret },
    })
    const mediaDir = mkdtempSync(path.join(tmpdir(), 'charity-media-'))
    let restarted: RunningTestServer | undefined
    try {
      const uri = backend.database.uri
      const appeal = await createDoc(backend, 'donation-appeals', {
        title: 'Lower-case appeal',
        currency: 'GBP',
        targetAmount: 100_000,
        _status: 'published',
      })
      const gift = { externalId: 'pi_lowercase', appeal: appeal.id, amount: 500, currency: 'GBP' }
      const delivered = await deliver(
        backend,
        { ...gift, donorName: 'Zed Case', donorEmail: 'zed.case@example.org' },
        { secret },
      )
      expect(delivered.status).toBe(201)
      const editor = await backend.createUser('editor')
      const taken = await backend.createUser('editor')
      const twin = await backend.createUser('editor')

      // Rows as a release before normalisation wrote them (the write paths lower-case now).
      await sqlRows(adapter, uri, `UPDATE donations SET donor_email = ' Zed.Case@Example.ORG'`)
      await sqlRows(
        adapter,
        uri,
        `UPDATE users SET email = '${editor.email.toUpperCase()}' WHERE id = ${editor.id}`,
      )
      // Two accounts differing only in case: lower-casing one would break the unique sign-in address.
      await sqlRows(
        adapter,
        uri,
        `UPDATE users SET email = '${taken.email.toUpperCase()}' WHERE id = ${twin.id}`,
      )
      const [name] = committedMigrations(sql).filter((file) => file.endsWith('_lowercase_emails'))
      await sqlRows(adapter, uri, `DELETE FROM payload_migrations WHERE name = '${name}'`)
      // Stopped without the harness's stop, which would drop the database too.
      await new Promise((exited) => {
        backend.server.child.once('exit', exited)
        backend.server.child.kill('SIGTERM')
      })

      restarted = (await startProduction(uri, mediaDir)).server
      expect(restarted.output()).toContain(`Migrating: ${name}`)
      expect(await sqlRows(adapter, uri, 'SELECT donor_email FROM donations')).toEqual([
        { donor_email: 'zed.case@example.org' },
      ])
      const emails = await sqlRows(adapter, uri, `SELECT id, email FROM users ORDER BY id`)
      const emailOf = (id: number | string) =>
        emails.find((row) => String(row.id) === String(id))?.email
      expect(emailOf(editor.id)).toBe(editor.email)
      expect(emailOf(taken.id)).toBe(taken.email)
      expect(emailOf(twin.id)).toBe(taken.email.toUpperCase())
      await new ApiClient(restarted.url).login(editor.email, editor.password)
    } finally {
      await restarted?.stop()
      await backend.server.stop()
      rmSync(mediaDir, { force: true, recursive: true })
    }
  }, 240_000)
})

describe('npm run migrate:check', () => {
  it('fails when the schema differs from the newest snapshot, naming the table and column and the fix', async () => {
    // A copy of the committed migrations whose SQLite snapshot lacks a column the config has.
    const copy = mkdtempSync(path.join(tmpdir(), 'charity-migrations-'))
    try {
      for (const kind of ['sqlite', 'postgres'] as const) {
        mkdirSync(path.join(copy, kind))
        cpSync(migrationDirOf(kind), path.join(copy, kind), { recursive: true })
      }
      const snapshotFile = path.join(
        copy,
        'sqlite',
        // The newest snapshot: the one the check compares with.
        readdirSync(path.join(copy, 'sqlite'))
          .filter((file) => file.endsWith('.json'))
          .sort()
          .at(-1) as string,
      )
      const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8'))
      delete snapshot.tables.posts_locales.columns.reading_time_minutes
      writeFileSync(snapshotFile, JSON.stringify(snapshot))

      const result = await runToExit(
        spawnScript('backend/cli/migrations.ts', ['check', '--dir', copy], {}),
        'npm run migrate:check',
        180_000,
      )
      const output = result.stdout + result.stderr
      expect(result.code).toBe(1)
      expect(output).toMatch(/SQLite: the schema differs/)
      expect(output).toMatch(/posts_locales\.reading_time_minutes: column added/)
      expect(output).toMatch(/PostgreSQL: the schema matches/)
      expect(output).toMatch(/npm run migrate:create/)
    } finally {
      rmSync(copy, { force: true, recursive: true })
    }
  }, 200_000)
})
