/**
 * Which databases the suites run on. globalSetup decides once per `npm test`
 * and hands the answer to every worker through environment variables.
 * `TEST_ADAPTERS=sqlite` (or `postgres`, or `sqlite,postgres`) runs only
 * those; the others show as skipped suites saying so.
 */
export type AdapterName = 'mongodb' | 'postgres' | 'sqlite'

export type AdapterAvailability =
  { name: AdapterName; available: true } | { name: AdapterName; available: false; reason: string }

export const ADAPTER_LABELS: Record<AdapterName, string> = {
  mongodb: 'MongoDB',
  postgres: 'PostgreSQL',
  sqlite: 'SQLite',
}

const ADAPTER_NAMES = Object.keys(ADAPTER_LABELS) as AdapterName[]

/** The adapters `TEST_ADAPTERS` names (all when unset); a name it does not know is an error, not a silent skip. */
export const chosenAdapters = (value = process.env.TEST_ADAPTERS): AdapterName[] => {
  if (!value?.trim()) return ADAPTER_NAMES
  const names = value.split(',').map((name) => name.trim().toLowerCase())
  const unknown = names.filter((name) => !ADAPTER_NAMES.includes(name as AdapterName))
  if (unknown.length) {
    throw new Error(
      `TEST_ADAPTERS names ${unknown.join(', ')}: use a comma-separated list of ${ADAPTER_NAMES.join(', ')}`,
    )
  }
  return names as AdapterName[]
}

/** Read in workers: what globalSetup found, narrowed to what TEST_ADAPTERS chose. */
export const adapterAvailability = (): AdapterAvailability[] => {
  const found: AdapterAvailability[] = [
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
  const chosen = chosenAdapters()
  return found.map((each) =>
    chosen.includes(each.name)
      ? each
      : {
          name: each.name,
          available: false,
          reason: `not in TEST_ADAPTERS=${process.env.TEST_ADAPTERS}`,
        },
  )
}

/** Why suites that need PostgreSQL itself (not "every adapter") are skipped here, or null when they run. */
export const postgresSkipReason = (): null | string => {
  const postgres = adapterAvailability().find((each) => each.name === 'postgres')
  return postgres && !postgres.available ? postgres.reason : null
}
