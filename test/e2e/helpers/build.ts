import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { ROOT } from '../../helpers/server.ts'

/** What the admin bundle is built from: a change to any of these makes `.next` stale. */
const BUILD_INPUTS = [
  'src',
  'backend',
  'collections',
  'globals',
  'payload.config.ts',
  'tsconfig.json',
  'package-lock.json',
]

/** Build output and installed packages inside the inputs: written by builds, not sources. */
const NOT_SOURCES = new Set(['.next', 'build', 'node_modules'])

const newestMtime = (target: string): number => {
  if (!existsSync(target)) return 0
  const stats = statSync(target)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(target)
    .filter((name) => !NOT_SOURCES.has(name))
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), 0)
}

/** Why the production build must be (re)made, or null when `.next` is current. */
export const staleBuildReason = (): null | string => {
  const buildId = path.join(ROOT, 'backend', '.next', 'BUILD_ID')
  if (!existsSync(buildId)) return 'no production build yet'
  const builtAt = statSync(buildId).mtimeMs
  const changed = BUILD_INPUTS.find((input) => newestMtime(path.join(ROOT, input)) > builtAt)
  return changed ? `${changed} changed since the last build` : null
}

/**
 * `npm run build:backend` when the production admin is missing or older than its
 * sources: the suite must test the code in front of it, not yesterday's bundle.
 */
export const ensureProductionBuild = (log: (line: string) => void = console.log): void => {
  const reason = staleBuildReason()
  if (!reason) return
  log(`e2e: building the production admin (${reason})`)
  // The admin only: `npm run build` builds the website too (its suite builds it when it needs to).
  const result = spawnSync('npm', ['run', 'build:backend'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env },
  })
  if (result.status !== 0) {
    throw new Error(
      `npm run build:backend failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    )
  }
}
