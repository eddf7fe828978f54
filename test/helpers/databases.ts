/**
 * Which databases the suites run on. globalSetup decides once per `npm test`
 * and hands the answer to every worker through environment variables.
 */
export type AdapterName = 'mongodb' | 'postgres' | 'sqlite'

export type AdapterAvailability =
  { name: AdapterName; available: true } | { name: AdapterName; available: false; reason: string }

export const ADAPTER_LABELS: Record<AdapterName, string> = {
  mongodb: 'MongoDB',
  postgres: 'PostgreSQL',
  sqlite: 'SQLite',
}

/** Read in workers: what globalSetup found. */
export const adapterAvailability = (): AdapterAvailability[] => [
  { name: 'sqlite', available: true },
  process.env.POSTGRES_URL
    ? { name: 'postgres', available: true }
    : { name: 'postgres', available: false, reason: 'POSTGRES_URL is not set' },
  process.env.TEST_MONGODB_URL
    ? { name: 'mongodb', available: true }
    : {
        name: 'mongodb',
        available: false,
        reason: process.env.TEST_MONGODB_SKIP_REASON || 'globalSetup did not start mongod',
      },
]
