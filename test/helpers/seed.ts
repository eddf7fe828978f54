import type { AdapterName } from './databases.ts'
import type { FreshDatabase, ProcessResult, RunningTestServer } from './server.ts'

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ApiClient } from './client.ts'
import { describeEachBooted } from './harness.ts'
import { createFreshDatabase, runToExit, spawnScript, startServerProcess } from './server.ts'

export const SEED_ADMIN_EMAIL = 'seed-admin@example.org'
export const SEED_ADMIN_PASSWORD = 'seed-admin-password-for-tests'

export type SeedRun = ProcessResult & { seconds: number }

/**
 * `npm run seed` as a child process, exactly as a developer runs it (the
 * explicit export condition avoids lexical's top-level-await entry on Node 20).
 */
export const runSeed = async (
  env: Record<string, string | undefined>,
  args: string[] = [],
  timeoutMs = 300_000,
): Promise<SeedRun> => {
  const started = performance.now()
  const result = await runToExit(spawnScript('backend/cli/seed.ts', args, env), 'seed', timeoutMs)
  return { ...result, seconds: (performance.now() - started) / 1000 }
}

/** A database filled by the seed CLI, and the real server reading it. */
export type SeededBackend = {
  adapter: AdapterName
  database: FreshDatabase
  /** The environment the seed and the server share (database, media folder, admin login). */
  env: Record<string, string>
  firstRun: SeedRun
  server: RunningTestServer
  api: ApiClient
  /** A fresh admin token (log in again after `--reset` re-creates the account). */
  adminToken: () => Promise<string>
  seed: (args?: string[], extraEnv?: Record<string, string | undefined>) => Promise<SeedRun>
}

export type SeededOptions = {
  /** Arguments for the first seed run, e.g. `['--scale', '500']`. */
  args?: string[]
}

/** Seed a fresh database with the CLI, then boot the server on it (no first-register step: the seed made the accounts). */
export const bootSeededBackend = async (
  adapter: AdapterName,
  options: SeededOptions = {},
): Promise<SeededBackend> => {
  const database = await createFreshDatabase(adapter)
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'charity-seed-media-'))
  const env = {
    DATABASE_URI: database.uri,
    MEDIA_DIR: mediaDir,
    SEED_ADMIN_EMAIL,
    SEED_ADMIN_PASSWORD,
  }
  const seed = (args: string[] = [], extraEnv: Record<string, string | undefined> = {}) =>
    runSeed({ ...env, ...extraEnv }, args)
  const firstRun = await seed(options.args)
  if (firstRun.code !== 0) {
    await database.drop().catch(() => undefined)
    throw new Error(
      `the first seed run failed (${firstRun.code}):\n${firstRun.stdout}\n${firstRun.stderr}`,
    )
  }
  const server = await startServerProcess(env)
  const api = new ApiClient(server.url)
  const originalStop = server.stop
  server.stop = async () => {
    await originalStop()
    await database.drop().catch(() => undefined)
    rmSync(mediaDir, { force: true, recursive: true })
  }
  return {
    adapter,
    database,
    env,
    firstRun,
    server,
    api,
    adminToken: () => api.login(SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD),
    seed,
  }
}

/** Like `describeEachAdapter`, but each database is filled by the seed CLI before the server starts. */
export const describeEachSeededAdapter = (
  title: string,
  define: (backend: SeededBackend) => void,
  options: SeededOptions = {},
): void =>
  describeEachBooted(title, (adapter) => bootSeededBackend(adapter, options), define, 600_000)
