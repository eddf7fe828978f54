import type { RunningProcess } from './processes.ts'
import type { StandInWebsite } from './website.ts'

import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ApiClient } from '../../helpers/client.ts'
import { ROOT } from '../../helpers/server.ts'
import { ensureProductionBuild } from './build.ts'
import { run, startProductionServer } from './processes.ts'
import { startStandInWebsite } from './website.ts'

export type Role = 'admin' | 'editor' | 'author'
export type Account = { id: number | string; email: string; password: string; token: string }

export type E2EStack = {
  url: string
  api: ApiClient
  website: StandInWebsite
  accounts: Record<Role, Account>
  server: RunningProcess
  stop: () => Promise<void>
}

const ADMIN_EMAIL = 'e2e-admin@example.org'
const password = (role: Role) => `e2e-${role}-password-${Date.now().toString(36)}`

/**
 * The seed's accounts for editor and author get random passwords printed once;
 * the admin gives them known ones, the way an admin would reset a password.
 */
const accountFor = async (
  api: ApiClient,
  adminToken: string,
  role: Exclude<Role, 'admin'>,
): Promise<Account> => {
  const found = await api.request(`/api/users?where[role][equals]=${role}&limit=1&depth=0`, {
    token: adminToken,
  })
  const user = found.body?.docs?.[0]
  if (!user) throw new Error(`The seed made no ${role} account: ${JSON.stringify(found.body)}`)
  const secret = password(role)
  const updated = await api.request(`/api/users/${user.id}`, {
    method: 'PATCH',
    token: adminToken,
    body: { password: secret },
  })
  if (updated.status !== 200)
    throw new Error(`Could not set the ${role}'s password: ${JSON.stringify(updated.body)}`)
  return {
    id: user.id,
    email: user.email,
    password: secret,
    token: await api.login(user.email, secret),
  }
}

/**
 * Everything the browser suite runs against: the production admin build, a
 * fresh SQLite database seeded by `npm run seed`, the production server on
 * it, and a stand-in website for the preview buttons.
 *
 * The seed runs first, as production runs: the committed migrations make the
 * schema (as the production server's own start would), so the database is
 * one a production server can open. A development seed would push the schema
 * instead, and a later migration would then find its columns already there.
 */
export type StackOptions = {
  /** Where the admin's preview buttons go (FRONTEND_URL); the stand-in website when unset. */
  frontendUrl?: string
  /** More of the production server's environment (e.g. a lower rate limit). */
  serverEnv?: Record<string, string>
}

export const startE2EStack = async (
  log: (line: string) => void = console.log,
  options: StackOptions = {},
): Promise<E2EStack> => {
  ensureProductionBuild(log)

  const dir = mkdtempSync(path.join(tmpdir(), 'charity-e2e-'))
  const dataEnv = {
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
  }
  const adminPassword = password('admin')

  const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts ?? {}
  const seedEnv = {
    ...dataEnv,
    NODE_ENV: 'production',
    SEED_ADMIN_EMAIL: ADMIN_EMAIL,
    SEED_ADMIN_PASSWORD: adminPassword,
  }
  log('e2e: seeding a fresh database')
  // --force: sample content in production is refused unless asked for (with a chosen admin password).
  if (scripts.seed) await run('npm', ['run', 'seed', '--', '--force'], seedEnv, 300_000)
  else
    await run(
      process.execPath,
      ['--conditions=development', '--import', 'tsx', 'backend/cli/seed.ts', '--force'],
      seedEnv,
      300_000,
    )

  const website = await startStandInWebsite()
  let server: RunningProcess | undefined
  try {
    // `npm start` bundles the server first (`npm run build:server`) and runs the bundle.
    log('e2e: bundling the server')
    await run('npm', ['run', 'build:server'], {}, 180_000)
    log('e2e: starting the production server')
    server = await startProductionServer({
      ...dataEnv,
      FRONTEND_URL: options.frontendUrl ?? website.url,
      ...options.serverEnv,
    })
    const api = new ApiClient(server.url)
    const adminToken = await api.login(ADMIN_EMAIL, adminPassword)
    const me = await api.request('/api/users/me', { token: adminToken })
    const accounts: Record<Role, Account> = {
      admin: {
        id: me.body.user.id,
        email: ADMIN_EMAIL,
        password: adminPassword,
        token: adminToken,
      },
      editor: await accountFor(api, adminToken, 'editor'),
      author: await accountFor(api, adminToken, 'author'),
    }
    const running = server
    return {
      url: server.url,
      api,
      website,
      accounts,
      server,
      stop: async () => {
        await running.stop()
        await website.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await server?.stop()
    await website.close()
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
}
