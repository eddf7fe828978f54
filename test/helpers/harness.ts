import type { AdapterName } from './databases.ts'
import type { FreshDatabase, RunningTestServer } from './server.ts'

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ApiClient } from './client.ts'
import { ADAPTER_LABELS, adapterAvailability } from './databases.ts'
import { createFreshDatabase, startServerProcess } from './server.ts'

export type Role = 'admin' | 'author' | 'coordinator' | 'editor' | 'website-preview'

export type TestUser = {
  id: number | string
  email: string
  password: string
  token: string
  role: Role
}

/** One running backend on one database: the real server process and a client for it. */
export type TestBackend = {
  adapter: AdapterName
  url: string
  api: ApiClient
  /** The first registered account (an admin). */
  admin: TestUser
  server: RunningTestServer
  database: FreshDatabase
  /** Create a staff account through the API (as the admin) and log it in; `extra` adds fields (e.g. `groups`). */
  createUser: (role: Role, name?: string, extra?: Record<string, unknown>) => Promise<TestUser>
}

export type BackendOptions = {
  /** Extra environment for the server process. */
  env?: Record<string, string | undefined>
}

const newPassword = () => `Pw-${randomBytes(9).toString('base64url')}`

/** Listening is not ready: /api/health says "starting" (503) until the GraphQL schema is built. */
export const untilServing = async (api: ApiClient): Promise<void> => {
  for (
    let waited = 0;
    (await api.request('/api/health')).status === 503 && waited < 30_000;
    waited += 100
  ) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Boot a backend on a fresh database and register its first (admin) user. */
export const bootBackend = async (
  adapter: AdapterName,
  options: BackendOptions = {},
): Promise<TestBackend> => {
  const database = await createFreshDatabase(adapter)
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'charity-media-'))
  const server = await startServerProcess({
    DATABASE_URI: database.uri,
    MEDIA_DIR: mediaDir,
    // Suites send many requests of each limited kind from one address; the limits have their own suite.
    TRAINING_REQUEST_RATE_LIMIT: '100000',
    LOGIN_RATE_LIMIT: '100000',
    LOGIN_ACCOUNT_RATE_LIMIT: '100000',
    PASSWORD_RESET_RATE_LIMIT: '100000',
    PASSWORD_RESET_ACCOUNT_RATE_LIMIT: '100000',
    DONATIONS_WEBHOOK_RATE_LIMIT: '100000',
    GROUPS_NEAR_RATE_LIMIT: '100000',
    SEARCH_RATE_LIMIT: '100000',
    FEEDS_RATE_LIMIT: '100000',
    JSON_LD_RATE_LIMIT: '100000',
    PRIVACY_RATE_LIMIT: '100000',
    ...options.env,
  })
  const api = new ApiClient(server.url)
  await untilServing(api)

  const adminEmail = `admin-${randomBytes(3).toString('hex')}@example.org`
  const adminPassword = newPassword()
  const first = await api.request('/api/users/first-register', {
    body: { email: adminEmail, password: adminPassword, name: 'First Admin' },
  })
  if (first.status !== 200) {
    throw new Error(`first-register failed: ${first.status} ${JSON.stringify(first.body)}`)
  }
  const admin: TestUser = {
    id: first.body.user.id,
    email: adminEmail,
    password: adminPassword,
    token: first.body.token,
    role: first.body.user.role,
  }

  let counter = 0
  const createUser = async (
    role: Role,
    name = `Test ${role} ${++counter}`,
    extra: Record<string, unknown> = {},
  ): Promise<TestUser> => {
    const email = `${role}-${randomBytes(4).toString('hex')}@example.org`
    const password = newPassword()
    const created = await api.request('/api/users', {
      body: { email, password, name, role, ...extra },
      token: admin.token,
    })
    if (created.status !== 201) {
      throw new Error(
        `creating a ${role} failed: ${created.status} ${JSON.stringify(created.body)}`,
      )
    }
    const token = await api.login(email, password)
    return { id: created.body.doc.id, email, password, token, role }
  }

  const originalStop = server.stop
  server.stop = async () => {
    await originalStop()
    await database.drop().catch(() => undefined)
    rmSync(mediaDir, { force: true, recursive: true })
  }

  return { adapter, url: server.url, api, admin, server, database, createUser }
}

/**
 * `describeForEachAdapter('title', (adapter) => { ... })`: one describe block
 * per database. A database that cannot be had here shows up as a skipped
 * suite with the reason in its name, never silently.
 */
export const describeForEachAdapter = (
  title: string,
  body: (adapter: AdapterName) => void,
): void => {
  for (const availability of adapterAvailability()) {
    const label = ADAPTER_LABELS[availability.name]
    if (!availability.available) {
      describe.skip(`${title} [${label}: skipped, ${availability.reason}]`, () => {
        it(`runs when ${label} is available`, () => undefined)
      })
      continue
    }
    describe(`${title} [${label}]`, () => body(availability.name))
  }
}

/**
 * Boot something with a server once per database before the suite's tests,
 * and stop it after them. The `backend` object is filled in before the first
 * test runs.
 */
export const describeEachBooted = <T extends { server: { stop: () => Promise<void> } }>(
  title: string,
  boot: (adapter: AdapterName) => Promise<T>,
  define: (backend: T) => void,
  bootTimeoutMs = 180_000,
): void =>
  describeForEachAdapter(title, (adapter) => {
    const backend = {} as T
    beforeAll(async () => {
      Object.assign(backend, await boot(adapter))
    }, bootTimeoutMs)
    afterAll(async () => {
      await backend.server?.stop()
    }, 60_000)
    define(backend)
  })

/**
 * `describeEachAdapter('title', (backend) => { it(...) })` runs the suite once
 * per available database, each against its own freshly booted server.
 */
export const describeEachAdapter = (
  title: string,
  define: (backend: TestBackend) => void,
  options: BackendOptions = {},
): void => describeEachBooted(title, (adapter) => bootBackend(adapter, options), define)
