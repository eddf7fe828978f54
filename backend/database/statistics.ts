import type { Payload } from 'payload'

type SqliteClient = { execute: (sql: string) => Promise<unknown> }
type PgPool = { query: (sql: string) => Promise<unknown> }

const sqliteClient = (payload: Payload): SqliteClient | null =>
  payload.db.name === 'sqlite'
    ? ((payload.db as unknown as { client: SqliteClient }).client ?? null)
    : null

const pgPool = (payload: Payload): PgPool | null =>
  payload.db.name === 'postgres' ? ((payload.db as unknown as { pool: PgPool }).pool ?? null) : null

/** How many rows SQLite samples per index when it analyzes: bounded time at any size (150 ms at 10k). */
const SQLITE_ANALYSIS_LIMIT = 1000

/**
 * Fresh planner statistics after many rows arrived at once (the seed's
 * `--scale`, an import): without them PostgreSQL underestimates the new rows
 * until autovacuum catches up, and SQLite keeps whatever it knew before.
 * MongoDB keeps no such statistics.
 */
export const refreshPlannerStatistics = async (payload: Payload): Promise<void> => {
  const sqlite = sqliteClient(payload)
  if (sqlite) {
    await sqlite.execute(`PRAGMA analysis_limit=${SQLITE_ANALYSIS_LIMIT}`)
    await sqlite.execute('ANALYZE')
    return
  }
  await pgPool(payload)?.query('ANALYZE')
}

/** How often a long-running SQLite server lets SQLite refresh the statistics it judges stale. */
const OPTIMIZE_EVERY_MS = 60 * 60 * 1000

/**
 * SQLite's own advice for long-lived connections: `PRAGMA optimize` now and
 * then. It re-analyzes only tables whose statistics have gone stale (and does
 * nothing while there are none), with a bounded sample, so it never holds the
 * server for long. PostgreSQL's autovacuum does this by itself.
 */
export const keepPlannerStatisticsFresh = (payload: Payload): void => {
  const sqlite = sqliteClient(payload)
  if (!sqlite) return
  const optimize = () =>
    sqlite
      .execute(`PRAGMA analysis_limit=${SQLITE_ANALYSIS_LIMIT}`)
      .then(() => sqlite.execute('PRAGMA optimize'))
      .catch((error: unknown) => payload.logger.warn(`PRAGMA optimize failed: ${String(error)}`))
  setInterval(optimize, OPTIMIZE_EVERY_MS).unref()
}
