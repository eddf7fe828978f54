import type { Payload } from 'payload'

/**
 * Whether `npm run dev` should seed an empty database: only in development
 * (NODE_ENV unset or "development"; tests and production never), and not
 * when SEED_ON_START=false.
 */
export const seedOnStartWanted = (env: NodeJS.ProcessEnv = process.env): boolean =>
  (!env.NODE_ENV || env.NODE_ENV === 'development') && env.SEED_ON_START !== 'false'

/**
 * Seed the sample charity when the database has no accounts yet, and say how
 * to log in. A database with any account is someone's: it is left alone.
 * Returns the lines to print, or null when nothing was done.
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
