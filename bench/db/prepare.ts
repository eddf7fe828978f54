import type { DatabaseKind } from '../options.ts'
import type { CopyReport } from './types.ts'

import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { runSeed } from '../../test/helpers/seed.ts'
import { runToExit, spawnScript } from '../../test/helpers/server.ts'
import {
  analyzePostgres,
  copyPostgres,
  createPostgres,
  dropPostgres,
  postgresExists,
  postgresSchema,
} from './postgres.ts'
import { copySqlite, removeSqlite, sqliteExists, sqliteSchema, sqliteUri } from './sqlite.ts'

/** The seeded admin both Payload servers sign in as (a throwaway database: the password is no secret). */
export const ADMIN = { email: 'bench-admin@example.org', password: 'bench-admin-password' }

export const BARE_CONFIG = 'bench/bare/payload.config.ts'

export type SeedStats = {
  documents: number
  /** The seed's own rate over its bulk phase (what `npm run seed` prints). */
  perSecond: number
  /** Whole run of `npm run seed`, start-up and sample content included. */
  wallSeconds: number
  seededAt: string
  /** True when a kept database was reused: the numbers are from when it was seeded. */
  reused: boolean
}

export type Databases = {
  kind: DatabaseKind
  scale: number
  ours: string
  /** Null when bare Payload is not loaded (--only). */
  bare: null | string
  mediaDir: string
  seed: SeedStats
  copy: CopyReport | null
  /** Drops what this run made and does not keep (bare's copy always goes). */
  cleanup: () => Promise<void>
}

type Manifest = Record<string, { ours: string; mediaDir: string; seed: SeedStats }>

const log = (line: string) => console.log(line)

/** Where each database lives: a kept folder (or named PostgreSQL databases), or throwaway ones. */
const places = (
  kind: DatabaseKind,
  scale: number,
  keepDir: null | string,
  server: null | string,
) => {
  const suffix = keepDir ? `s${scale}` : `s${scale}_${Date.now()}_${randomBytes(3).toString('hex')}`
  const dir = keepDir
    ? path.resolve(keepDir, `${kind}-s${scale}`)
    : mkdtempSync(path.join(tmpdir(), `charity-bench-${kind}-`))
  mkdirSync(dir, { recursive: true })
  return {
    dir,
    mediaDir: path.join(dir, 'media'),
    name: (role: string) => `charity_bench_${role}_${suffix}`,
    file: (role: string) => sqliteUri(path.join(dir, `${role}.db`)),
    server,
  }
}

/** A fresh, empty database of the given kind. */
const freshDatabase = async (
  kind: DatabaseKind,
  place: ReturnType<typeof places>,
  role: string,
) => {
  if (kind === 'sqlite') {
    const uri = place.file(role)
    removeSqlite(uri)
    return uri
  }
  return createPostgres(place.server as string, place.name(role))
}

const dropDatabase = async (kind: DatabaseKind, server: null | string, uri: string) =>
  kind === 'sqlite' ? removeSqlite(uri) : dropPostgres(server as string, uri)

/**
 * Payload regenerates types outside production (in a process of its own that
 * may finish after the seed does): into a scratch folder, away from the
 * committed payload-types.ts, removed when the benchmark exits.
 */
const TYPES_DIR = mkdtempSync(path.join(tmpdir(), 'charity-bench-types-'))
const TYPES_SCRATCH = path.join(TYPES_DIR, 'payload-types.ts')
process.once('exit', () => rmSync(TYPES_DIR, { force: true, recursive: true }))

/** Payload creating its tables on an empty database for a config (bench/schema/push.ts). */
const pushSchema = async (uri: string, configPath: string, secret: string) => {
  const result = await runToExit(
    spawnScript('bench/schema/push.ts', [], {
      DATABASE_URI: uri,
      PAYLOAD_CONFIG_PATH: configPath,
      PAYLOAD_SECRET: secret,
      PAYLOAD_TYPES_OUTPUT: TYPES_SCRATCH,
    }),
    `schema push for ${configPath}`,
    300_000,
  )
  if (result.code !== 0) {
    throw new Error(`creating tables for ${configPath} failed:\n${result.stdout}\n${result.stderr}`)
  }
}

const schemaOf = (kind: DatabaseKind, uri: string) =>
  kind === 'sqlite' ? sqliteSchema(uri) : postgresSchema(uri)

/** Whether a kept database still has the tables and indexes the backend would make today. */
const schemaIsCurrent = async (
  kind: DatabaseKind,
  place: ReturnType<typeof places>,
  kept: string,
  secret: string,
) => {
  const scratch = await freshDatabase(kind, place, 'schema_check')
  try {
    await pushSchema(scratch, 'payload.config.ts', secret)
    const [expected, actual] = await Promise.all([schemaOf(kind, scratch), schemaOf(kind, kept)])
    return expected.join('\n') === actual.join('\n')
  } finally {
    await dropDatabase(kind, place.server, scratch)
  }
}

const BULK_LINE =
  /Bulk: (\d+) documents created, (\d+) already there, in ([\d.]+) s \(([\d.]+) documents per second\)/

/** `npm run seed -- --scale N --seed 1` into an empty database, timed. */
const seed = async (uri: string, mediaDir: string, scale: number, secret: string) => {
  log(`  seeding ${scale} posts, events and appeals (${3 * scale} documents)…`)
  const started = performance.now()
  const heartbeat = setInterval(
    () => log(`  …still seeding (${Math.round((performance.now() - started) / 1000)} s)`),
    60_000,
  )
  try {
    const run = await runSeed(
      {
        DATABASE_URI: uri,
        PAYLOAD_SECRET: secret,
        MEDIA_DIR: mediaDir,
        SEED_ADMIN_EMAIL: ADMIN.email,
        SEED_ADMIN_PASSWORD: ADMIN.password,
        PAYLOAD_TYPES_OUTPUT: TYPES_SCRATCH,
      },
      ['--scale', String(scale), '--seed', '1'],
      // Room for slow machines: about 40 documents a second today, plus start-up.
      600_000 + scale * 3 * 200,
    )
    if (run.code !== 0)
      throw new Error(`seeding failed (${run.code}):\n${run.stdout}\n${run.stderr}`)
    const bulk = BULK_LINE.exec(run.stdout)
    const documents = bulk ? Number(bulk[1]) + Number(bulk[2]) : 3 * scale
    const stats: SeedStats = {
      documents,
      perSecond: bulk ? Number(bulk[4]) : documents / run.seconds,
      wallSeconds: Math.round(run.seconds * 10) / 10,
      seededAt: new Date().toISOString(),
      reused: false,
    }
    log(`  seeded in ${stats.wallSeconds} s (${stats.perSecond} documents/s in the bulk phase)`)
    return stats
  } finally {
    clearInterval(heartbeat)
  }
}

const readManifest = (keepDir: string): Manifest => {
  const file = path.join(keepDir, 'manifest.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : {}
}

const writeManifest = (keepDir: string, manifest: Manifest) =>
  writeFileSync(path.join(keepDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)

/**
 * The two databases a run reads: ours (seeded by the project's seed CLI, or
 * a kept copy whose schema still matches) and bare (bare Payload's own
 * tables, pushed by its own config, then filled with a copy of ours' rows).
 */
export const prepareDatabases = async (
  kind: DatabaseKind,
  scale: number,
  options: {
    keepDir: null | string
    postgresUrl: null | string
    secret: string
    withBare: boolean
  },
): Promise<Databases> => {
  const { keepDir, postgresUrl, secret } = options
  const place = places(kind, scale, keepDir, postgresUrl)
  const key = `${kind}-s${scale}`
  const manifest = keepDir ? readManifest(keepDir) : {}
  const kept = manifest[key]

  let ours: null | string = null
  let seedStats: null | SeedStats = null
  if (kept) {
    const exists =
      kind === 'sqlite'
        ? sqliteExists(kept.ours)
        : await postgresExists(postgresUrl as string, kept.ours)
    if (!exists) log(`  the kept ${key} database is gone: seeding again`)
    else if (!(await schemaIsCurrent(kind, place, kept.ours, secret))) {
      log(`  the kept ${key} database has an older schema than the backend's today: seeding again`)
    } else {
      log(`  reusing the kept ${key} database (seeded ${kept.seed.seededAt})`)
      ours = kept.ours
      seedStats = { ...kept.seed, reused: true }
    }
  }
  if (!ours || !seedStats) {
    ours = await freshDatabase(kind, place, 'ours')
    rmSync(place.mediaDir, { force: true, recursive: true })
    seedStats = await seed(ours, place.mediaDir, scale, secret)
    if (keepDir) {
      manifest[key] = { ours, mediaDir: place.mediaDir, seed: seedStats }
      writeManifest(keepDir, manifest)
    }
  }

  let bare: null | string = null
  let copy: CopyReport | null = null
  if (options.withBare) {
    log('  bare Payload: its own tables, then a copy of the seeded rows…')
    bare = await freshDatabase(kind, place, 'bare')
    await pushSchema(bare, BARE_CONFIG, secret)
    copy = kind === 'sqlite' ? await copySqlite(ours, bare) : await copyPostgres(ours, bare)
    log(`  copied ${copy.rows} rows in ${copy.tables} tables`)
    if (copy.skipped.length) log(`  bare tables with no seeded rows: ${copy.skipped.join(', ')}`)
    if (copy.columnsMissing.length) {
      log(`  bare columns left at their defaults: ${copy.columnsMissing.join(', ')}`)
    }
  }
  if (kind === 'postgres') {
    await Promise.all([ours, bare].map((uri) => (uri ? analyzePostgres(uri) : undefined)))
  }

  const oursUri = ours
  return {
    kind,
    scale,
    ours: oursUri,
    bare,
    mediaDir: place.mediaDir,
    seed: seedStats,
    copy,
    // Bare's copy is made afresh every run, so it never stays; ours stays when kept.
    cleanup: async () => {
      if (bare) await dropDatabase(kind, postgresUrl, bare).catch(() => undefined)
      if (keepDir) return
      await dropDatabase(kind, postgresUrl, oursUri).catch(() => undefined)
      rmSync(place.dir, { force: true, recursive: true })
    },
  }
}
