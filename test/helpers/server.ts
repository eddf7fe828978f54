import type { ChildProcess } from 'node:child_process'

import type { AdapterName } from './databases.ts'

import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { bundleServer } from '../../backend/cli/bundleServer.ts'
import { freePort } from '../../deploy/cluster.ts'

export { freePort }

export const ROOT = path.resolve(import.meta.dirname, '../..')

export const TEST_SECRET = 'test-secret-' + randomBytes(16).toString('hex')

/** A fresh, empty database on the given adapter, and how to throw it away. */
export type FreshDatabase = { uri: string; drop: () => Promise<void> }

const uniqueName = (prefix: string) => `${prefix}_${Date.now()}_${randomBytes(4).toString('hex')}`

/** A new database on the PostgreSQL server of POSTGRES_URL, empty or a copy of `template`'s. */
const createPostgresDatabase = async (template?: string): Promise<FreshDatabase> => {
  const { default: pg } = await import('pg')
  const base = process.env.POSTGRES_URL as string
  const name = uniqueName('charity_test')
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`)
  } finally {
    await admin.end()
  }
  const url = new URL(base)
  url.pathname = `/${name}`
  return {
    uri: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}

export const createFreshDatabase = async (adapter: AdapterName): Promise<FreshDatabase> => {
  if (adapter === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'charity-sqlite-'))
    return {
      uri: `file:${path.join(dir, 'test.db')}`,
      drop: async () => rmSync(dir, { force: true, recursive: true }),
    }
  }
  if (adapter === 'postgres') return createPostgresDatabase()
  const url = new URL(process.env.TEST_MONGODB_URL as string)
  const name = uniqueName('charity_test')
  url.pathname = `/${name}`
  return {
    uri: url.toString(),
    drop: async () => {
      const { MongoClient } = await import('mongodb')
      const client = await MongoClient.connect(url.toString())
      await client.db(name).dropDatabase()
      await client.close()
    },
  }
}

/**
 * A new database holding what `source` holds, to start a test from a state made once (e.g. a seeded
 * charity) on a database of its own. SQLite copies the file (with its WAL), PostgreSQL makes it with
 * `CREATE DATABASE … TEMPLATE` (nobody may be connected to `source`), MongoDB has no cheap copy: null.
 */
export const copyDatabase = async (
  adapter: AdapterName,
  source: FreshDatabase,
): Promise<FreshDatabase | null> => {
  if (adapter === 'mongodb') return null
  if (adapter === 'sqlite') {
    const copy = await createFreshDatabase('sqlite')
    cpSync(path.dirname(fileURLToPath(source.uri)), path.dirname(fileURLToPath(copy.uri)), {
      recursive: true,
    })
    return copy
  }
  return createPostgresDatabase(new URL(source.uri).pathname.slice(1))
}

export type ProcessResult = { code: number | null; stdout: string; stderr: string }

/**
 * A project script run as `node --conditions=development --import tsx <script>`,
 * exactly as the npm scripts run it: the explicit export condition avoids
 * lexical's top-level-await entry, which Node 20 sometimes abandons (exit 13).
 */
export const spawnScript = (
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
): ChildProcess => {
  const bundled = bundledProgramOf(script, env)
  if (bundled) return spawnNode(['--conditions=production', bundled, ...args], env)
  return spawnNode(
    ['--conditions=development', '--import', 'tsx', path.join(ROOT, script), ...args],
    env,
  )
}

/** A Node program of the project's, from its folder, with the test environment under `env`. */
const spawnNode = (args: string[], env: Record<string, string | undefined>): ChildProcess =>
  spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'test',
      PAYLOAD_SECRET: TEST_SECRET,
      // Node's compile cache for every program a suite starts (the bundle turns it on by itself;
      // scripts through tsx gain a little too): shared by the run's processes, reused by the next run.
      NODE_COMPILE_CACHE: path.join(tmpdir(), 'charity-test-compile-cache'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })

/** The environment of a bundled server (`npm start`'s) under test: production, API only, no jobs, a free port. */
export const bundleEnv = (env: Record<string, string>): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PAYLOAD_SECRET: TEST_SECRET,
  PAYLOAD_ADMIN: 'false',
  PAYLOAD_JOBS_AUTORUN: 'false',
  PORT: '0',
  // Production needs its public address; nothing reads an absolute URL from a bundle under test.
  SERVER_URL: 'https://cms.example.org',
  ...env,
})

/** Collect a child's output until it exits by itself; kill it after `timeoutMs`. */
export const runToExit = (
  child: ChildProcess,
  what: string,
  timeoutMs: number,
): Promise<ProcessResult> =>
  new Promise((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (chunk) => (stdout += chunk))
    child.stderr?.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${what} did not finish within ${timeoutMs} ms:\n${stdout}\n${stderr}`))
    }, timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })

/**
 * The server program the suites start: `backend/main.ts` with the reference
 * config, bundled once per jest run (globalSetup) exactly as `npm start`'s is
 * (`npm run build:server`), into a folder of its own. Why: a boot from the
 * sources spends ~8 s of processor time having tsx find and load two thousand
 * modules, the bundle ~2.5 s, and the suites boot some 150 servers a run.
 * The sources still run where a test gives its own config (PAYLOAD_CONFIG_PATH,
 * which the bundle refuses) and when TEST_SERVER=source asks for it (a
 * debugger on the sources; docs/contributing.md).
 */
const TEST_BUNDLE = {
  entry: 'backend/server/bundleEntry.ts',
  outdir: 'backend/build/test-server',
  /**
   * The command line tools the suites run most, bundled beside the server (sharing its
   * chunks): a seed through tsx spent about 4 of its 5 s of processor time finding and
   * compiling modules. The tools that read the project's folders at run time (migrations,
   * backup and restore: the migrations folder beside their source) run from the sources.
   */
  programs: {
    seed: 'backend/cli/seed.ts',
    privacy: 'backend/cli/privacy.ts',
    searchRebuild: 'backend/cli/searchRebuild.ts',
    occurrencesRebuild: 'backend/cli/occurrencesRebuild.ts',
    reconcile: 'backend/cli/reconcile.ts',
    giftAidExport: 'backend/cli/giftAidExport.ts',
  },
}
const TEST_BUNDLE_MAIN = path.join(ROOT, TEST_BUNDLE.outdir, 'main.js')

/** The bundled build of a script the suites run, when this run has one and the script may use it. */
const bundledProgramOf = (
  script: string,
  env: Record<string, string | undefined>,
): null | string => {
  if (fromSources(env)) return null
  const name = Object.entries(TEST_BUNDLE.programs).find(([, source]) => source === script)?.[0]
  const file = name && path.join(ROOT, TEST_BUNDLE.outdir, `${name}.js`)
  return file && existsSync(file) ? file : null
}

const fromSources = (env: Record<string, string | undefined>) =>
  process.env.TEST_SERVER === 'source' || env.PAYLOAD_CONFIG_PATH !== undefined

/** Bundle the server the suites start (globalSetup, once per run), unless they run the sources. */
export const bundleTestServer = async (): Promise<string | null> => {
  if (process.env.TEST_SERVER === 'source') return null
  await bundleServer(TEST_BUNDLE)
  return TEST_BUNDLE_MAIN
}

/** The server as a program, API only, on a free port: bundled (see above), or from its sources as `npm run dev` starts it. */
export const spawnServer = (env: Record<string, string | undefined>): ChildProcess => {
  const serverEnv = { NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_ADMIN: 'false', PORT: '0', ...env }
  if (fromSources(env)) return spawnScript('backend/main.ts', [], serverEnv)
  return spawnNode(['--conditions=production', TEST_BUNDLE_MAIN], serverEnv)
}

/** Run the server until it exits by itself (for start-up refusals). */
export const runServerToExit = (
  env: Record<string, string | undefined>,
  timeoutMs = 60_000,
): Promise<ProcessResult> => runToExit(spawnServer(env), 'the server', timeoutMs)

export type RunningTestServer = {
  url: string
  child: ChildProcess
  output: () => string
  stop: () => Promise<void>
}

const LISTENING = /Server listening on (http:\/\/localhost:\d+)/

/**
 * Production refuses to start without its public address (SERVER_URL), which
 * must be where it listens: a port is picked first, as an operator would.
 * Elsewhere PORT=0, and the server takes its own address once it listens.
 */
const withServerUrl = async (
  env: Record<string, string | undefined>,
): Promise<Record<string, string | undefined>> => {
  if (env.NODE_ENV !== 'production' || env.SERVER_URL) return env
  const port = await freePort()
  return { PORT: String(port), SERVER_URL: `http://localhost:${port}`, ...env }
}

/** Start the real server on an ephemeral port and wait until it listens (`start`: another way to run it, e.g. a bundle). */
export const startServerProcess = async (
  env: Record<string, string | undefined>,
  timeoutMs = 120_000,
  start?: () => ChildProcess,
): Promise<RunningTestServer> => {
  const child = start ? start() : spawnServer(await withServerUrl(env))
  return new Promise((resolve, reject) => {
    let log = ''
    const onData = (chunk: Buffer) => {
      log += chunk.toString()
      const match = LISTENING.exec(log)
      if (match) {
        clearTimeout(timer)
        child.off('exit', onEarlyExit)
        resolve({
          url: match[1],
          child,
          output: () => log,
          stop: () =>
            new Promise<void>((done) => {
              // A child killed by a signal has no exit code, only a signal code.
              if (child.exitCode !== null || child.signalCode !== null) return done()
              const kill = setTimeout(() => child.kill('SIGKILL'), 15_000)
              child.once('exit', () => {
                clearTimeout(kill)
                done()
              })
              child.kill('SIGTERM')
            }),
        })
      }
    }
    const onEarlyExit = (code: number | null) => {
      clearTimeout(timer)
      reject(new Error(`server exited with code ${code} before listening:\n${log}`))
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not listen within ${timeoutMs} ms:\n${log}`))
    }, timeoutMs)
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', onEarlyExit)
  })
}
