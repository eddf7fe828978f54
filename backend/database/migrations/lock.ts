import { ADVISORY_LOCK_KEYS } from '../advisoryLocks.ts'

/** Every node of one database asks for the same lock. */
const MIGRATIONS_LOCK_KEY = ADVISORY_LOCK_KEYS.migrations

/** Gives the lock back; safe to call once the connection is already gone. */
export type ReleaseLock = () => Promise<void>

/**
 * Several API nodes started together on PostgreSQL would each run the same
 * pending migration, and all but one would fail half way ("relation already
 * exists"). Each node first waits for this session-level advisory lock, on a
 * connection of its own, so they migrate one after another: the first runs
 * the migrations, the others then find them recorded and run none. The lock
 * goes with the connection, so a node killed while migrating frees it.
 */
export const migrationsLock = (connectionString: string) => async (): Promise<ReleaseLock> => {
  // Loaded here, not at the top: a SQLite start never needs the PostgreSQL driver.
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString })
  // A dropped connection has already given the lock back; nothing else to do.
  client.on('error', () => undefined)
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATIONS_LOCK_KEY])
  } catch (error) {
    await client.end().catch(() => undefined)
    throw error
  }
  return async () => {
    await client
      .query('SELECT pg_advisory_unlock($1)', [MIGRATIONS_LOCK_KEY])
      .catch(() => undefined)
    await client.end().catch(() => undefined)
  }
}
