import type { Databases } from '../db/prepare.ts'
import type { RunningTarget, TargetName } from './process.ts'

import { bundledPath } from './compile.ts'
import { startTarget } from './process.ts'

/** The reference server, bundled by `compileTargets` before the first start. */
const SERVER = bundledPath('ours')

/**
 * How each server under test starts. Both Payload servers are the reference
 * server program (backend/server/index.ts), bundled alike, in production
 * mode, API only, with jobs off; bare's bundle serves its own config
 * (bench/bare/main.ts). The raw server reads the seeded (ours) database:
 * same rows, same indexes. Old and old-uncached are another checkout's server
 * (`--compare-with`, e.g. main before a redesign) on ours' database, with and
 * without its response cache.
 */
export const startTargetFor = (
  name: TargetName,
  databases: Databases,
  secret: string,
  /** The other checkout's server bundle and folder (`--compare-with`), for old and old-uncached. */
  other: null | { entry: string; dir: string } = null,
  /** Development mode runs the same bundle as `npm run dev` runs the server: Payload and graphql-js check more. */
  nodeEnv: 'production' | 'development' = 'production',
): Promise<RunningTarget> => {
  const production = {
    NODE_ENV: nodeEnv,
    PAYLOAD_SECRET: secret,
    PAYLOAD_ADMIN: 'false',
    PAYLOAD_JOBS_AUTORUN: 'false',
    MEDIA_DIR: databases.mediaDir,
    // One address sends thousands of reads: the plugin's per-address limits (feeds: 120 a minute) would answer 429.
    RATE_LIMITS: 'off',
  }
  if (name === 'ours') {
    return startTarget(name, SERVER, {
      ...production,
      DATABASE_URI: databases.ours,
    })
  }
  if (name === 'uncached') {
    // This backend without its in-process response cache: what a miss costs, and what the cache buys.
    return startTarget(name, SERVER, {
      ...production,
      DATABASE_URI: databases.ours,
      RESPONSE_CACHE: 'off',
    })
  }
  if (name === 'old' || name === 'old-uncached') {
    if (!other) throw new Error(`${name} needs --compare-with`)
    // The same database as ours, at the same time: both read the same rows, and take turns.
    return startTarget(
      name,
      other.entry,
      {
        ...production,
        DATABASE_URI: databases.ours,
        ...(name === 'old-uncached' ? { RESPONSE_CACHE: 'off' } : {}),
      },
      { cwd: other.dir },
    )
  }
  if (name === 'bare') {
    if (!databases.bare) throw new Error('bare Payload has no database: it was not prepared')
    return startTarget(name, bundledPath('bare'), {
      ...production,
      DATABASE_URI: databases.bare,
    })
  }
  return startTarget(name, 'bench/raw/server.ts', {
    NODE_ENV: 'production',
    DATABASE_URI: databases.ours,
  })
}
