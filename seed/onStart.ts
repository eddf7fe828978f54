import type { Payload } from 'payload'

import type { SeedLock } from './lock.ts'

import { registerWebsiteWebhook } from './websiteWebhook.ts'

/**
 * Whether `npm run dev` should seed an empty database: only in development
 * (NODE_ENV unset or "development"; tests and production never), and not
 * when SEED_ON_START=false.
 */
export const seedOnStartWanted = (env: NodeJS.ProcessEnv = process.env): boolean =>
  (!env.NODE_ENV || env.NODE_ENV === 'development') && env.SEED_ON_START !== 'false'

/**
 * The seed lock `npm run seed` takes, for a server that may seed on start:
 * taken before the server connects (which creates the schema of a new
 * database) and released once `seedIfEmpty` is done. A server started while
 * a seed runs waits for it, then finds accounts and seeds nothing; a seed
 * started while the server seeds waits, then finds everything there.
 */
export const lockSeedOnStart = async (): Promise<SeedLock> => {
  // Loaded only when needed, like the sample content below. Importing the config does not connect.
  const [{ lockSeeding, seedDatabaseOf }, { default: config }] = await Promise.all([
    import('./lock.ts'),
    import('../payload.config.ts'),
  ])
  return lockSeeding(seedDatabaseOf(await config), (line) => console.log(line))
}

/**
 * Seed the sample charity when the database has no accounts yet, and say how
 * to log in. A database with any account is someone's: it is left alone.
 * Returns the lines to print, or null when nothing was done. Call it holding
 * the seed lock (`lockSeedOnStart`), so the count and the seed are one step.
 */
export const seedIfEmpty = async (
  payload: Payload,
  serverURL: string,
): Promise<string[] | null> => {
  // Counting accounts is a system check at start-up, with no visitor to check access for.
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return null
  payload.logger.info(
    'The database is empty: seeding the sample charity (set SEED_ON_START=false to skip)…',
  )
  // Loaded only when needed, so a server that never seeds never loads the sample content.
  const [{ seedSampleContent }, { loginLines, summaryLines }] = await Promise.all([
    import('./run.ts'),
    import('./report.ts'),
  ])
  const report = await seedSampleContent(payload, {
    adminEmail: process.env.SEED_ADMIN_EMAIL,
    adminPassword: process.env.SEED_ADMIN_PASSWORD,
    log: { info: (line) => payload.logger.info(line), warn: (line) => payload.logger.warn(line) },
  })
  return [...summaryLines(report), ...loginLines(report, { ...process.env, SERVER_URL: serverURL })]
}

/** A failed auto-seed leaves a working (if partly filled) server: say why and how to finish it. */
const reportSeedFailure = (payload: Payload) => (error: unknown) => {
  payload.logger.error(
    `Seeding the sample content failed: ${error instanceof Error ? error.message : String(error)}. Run \`npm run seed\` to finish it.`,
  )
  return null
}

/**
 * The first-start seed as work around a server's start (the server's
 * `StartupTask`, by shape: the seed imports nothing of the server): the lock
 * is taken before Payload connects, the seed runs once the server listens,
 * and the lock is released either way. Null when this start should not seed.
 */
export const seedOnStart = (env: NodeJS.ProcessEnv = process.env) => {
  if (!seedOnStartWanted(env)) return null
  let lock: null | SeedLock = null
  return {
    before: async () => {
      lock = await lockSeedOnStart()
    },
    after: async (running: { payload: Payload; url: string }): Promise<null | string[]> => {
      if (!lock) return null
      await lock.connected(running.payload)
      const seeded = await seedIfEmpty(running.payload, running.url).catch(
        reportSeedFailure(running.payload),
      )
      const website = await registerWebsiteWebhook(running.payload, env).catch((error: unknown) => {
        running.payload.logger.warn(
          `Could not register the website's webhook endpoint: ${error instanceof Error ? error.message : String(error)}`,
        )
        return null
      })
      return website ? [...(seeded ?? []), website] : seeded
    },
    release: async () => {
      await lock?.release()
    },
  }
}
