import type { DatabaseAdapterObj, Payload } from 'payload'

/**
 * Databases made before this backend had migrations: their tables were pushed
 * (by `npm run dev`, or by the first production start of a release up to
 * commit 31ba388), so they hold Payload's `dev` row (batch -1) in
 * `payload_migrations` and no migration rows. The initial migration adopts such a database instead
 * of creating its tables again; see docs/operators.md, "Upgrading".
 */

/** The part of a drizzle-kit snapshot (the `.json` beside each migration) that is checked here. */
export type SnapshotTables = {
  tables: Record<
    string,
    {
      name: string
      columns: Record<string, { name: string }>
      indexes?: Record<string, { name: string }>
    }
  >
}

/** The transaction a migration gets (`MigrateUpArgs['db']`), as the adapter's `execute` takes it. */
type MigrationDb = unknown

type SqlAdapter = {
  name: string
  drizzle: unknown
  schemaName?: string
  execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: unknown[] }>
}

/** Rows of a raw statement, inside the migration's transaction when given one. */
const rowsOf = async (payload: Payload, db: MigrationDb | undefined, raw: string) => {
  const adapter = payload.db as unknown as SqlAdapter
  const result = await adapter.execute({ drizzle: db ?? adapter.drizzle, raw })
  return result.rows as Record<string, unknown>[]
}

/** `table.column` and `table#index` for everything the live database has. */
const liveSchema = async (payload: Payload, db: MigrationDb): Promise<Set<string>> => {
  const adapter = payload.db as unknown as SqlAdapter
  const found = new Set<string>()
  if (adapter.name === 'sqlite') {
    const columns = await rowsOf(
      payload,
      db,
      `SELECT m.name AS t, c.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'`,
    )
    for (const row of columns) found.add(`${row.t}.${row.c}`)
    const indexes = await rowsOf(
      payload,
      db,
      `SELECT tbl_name AS t, name AS i FROM sqlite_master WHERE type = 'index'`,
    )
    for (const row of indexes) found.add(`${row.t}#${row.i}`)
    return found
  }
  // Payload's PostgreSQL adapter writes to `schemaName` when set, else to the connection's schema.
  const schema = adapter.schemaName
    ? `'${adapter.schemaName.replace(/'/g, "''")}'`
    : 'current_schema()'
  const columns = await rowsOf(
    payload,
    db,
    `SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = ${schema}`,
  )
  for (const row of columns) found.add(`${row.t}.${row.c}`)
  const indexes = await rowsOf(
    payload,
    db,
    `SELECT tablename AS t, indexname AS i FROM pg_indexes WHERE schemaname = ${schema}`,
  )
  for (const row of indexes) found.add(`${row.t}#${row.i}`)
  return found
}

/** Whatever of `expected`'s tables, columns and indexes the live database lacks. */
const missingFrom = (live: Set<string>, expected: SnapshotTables): string[] => {
  const missing: string[] = []
  for (const table of Object.values(expected.tables)) {
    for (const column of Object.values(table.columns)) {
      if (!live.has(`${table.name}.${column.name}`))
        missing.push(`column ${table.name}.${column.name}`)
    }
    for (const index of Object.values(table.indexes ?? {})) {
      if (!live.has(`${table.name}#${index.name}`)) missing.push(`index ${index.name}`)
    }
  }
  return missing
}

/**
 * Whether the live database holds everything of the schema this code builds
 * (the adapter's tables, as a push makes them and as the newest migration's
 * snapshot records them). A development start of this release pushed exactly
 * that: every migration is then recorded without running, even one that
 * renamed or dropped what the first migration made, which such a database
 * never had.
 */
const holdsCurrentSchema = (payload: Payload, live: Set<string>): boolean => {
  const tables = (payload.db as unknown as { rawTables?: SnapshotTables['tables'] }).rawTables
  return Boolean(tables) && missingFrom(live, { tables: tables! }).length === 0
}

/**
 * Called first in the initial migration's `up`. On an empty database it
 * returns false and the migration creates the tables. On a database whose
 * tables were already pushed it checks that every table, column and index of
 * the migration's snapshot is there and returns true, so the migration is
 * recorded without running its `CREATE` statements. A database that has some
 * of them but not all was pushed by an older release than the one this
 * migration was taken from: it is refused, with what is missing, rather than
 * half created.
 */
export const adoptPushedSchema = async ({
  db,
  payload,
  snapshot,
}: {
  db: MigrationDb
  payload: Payload
  snapshot: SnapshotTables
}): Promise<boolean> => {
  const live = await liveSchema(payload, db)
  const tables = Object.values(snapshot.tables)
  const liveTables = new Set([...live].map((key) => key.split(/[.#]/)[0]))
  if (!tables.some((table) => liveTables.has(table.name))) return false
  if (holdsCurrentSchema(payload, live)) {
    payload.logger.info(
      "The tables already exist (pushed from this release's schema): recording the first migration without changes.",
    )
    return true
  }

  const missing = tables.flatMap((table) =>
    liveTables.has(table.name)
      ? missingFrom(live, { tables: { [table.name]: table } })
      : [`table ${table.name}`],
  )
  if (missing.length) {
    throw new Error(
      `This database's tables were created by an older release and lack ${missing.length} of the ` +
        `tables, columns and indexes the first migration expects: ${missing.slice(0, 20).join(', ')}` +
        `${missing.length > 20 ? ', …' : ''}. Bring it up to the last release without migrations ` +
        `first (start that release once without NODE_ENV=production against this database, as its ` +
        `upgrade notes said), then start this release. See docs/operators.md, "Upgrading".`,
    )
  }
  payload.logger.info(
    'The tables already exist (pushed by a release before migrations) and match the first migration: recording it without changes.',
  )
  return true
}

/**
 * The Payload instances whose database was found pushed (Payload's `dev` row
 * and no migration rows) when migrating began in this process: a development
 * start pushes the schema of the code it ran, so its tables may already hold
 * what the migrations after the first add.
 */
const pushedDatabases = new WeakSet<object>()

/**
 * Called first in every migration after the initial one. On a database that
 * was pushed (see `pushedDatabases`) and already has every table, column and
 * index of this migration's snapshot, the migration is recorded without
 * running: running it would add a column twice. Anywhere else it returns
 * false and the migration runs as written, so a database pushed by an older
 * release, which lacks what this migration adds, gets it.
 */
export const adoptPushedChanges = async ({
  db,
  name,
  payload,
  snapshot,
}: {
  db: MigrationDb
  name: string
  payload: Payload
  snapshot: SnapshotTables
}): Promise<boolean> => {
  if (!pushedDatabases.has(payload)) return false
  const live = await liveSchema(payload, db)
  if (!holdsCurrentSchema(payload, live) && missingFrom(live, snapshot).length) return false
  payload.logger.info(
    `The pushed tables already match migration ${name}: recording it without changes.`,
  )
  return true
}

type Migrate = (args?: { migrations?: unknown[] }) => Promise<void>

/**
 * Payload's `migrate` stops to ask on a terminal when it finds the `dev` row
 * that a schema push leaves, and a production start has no terminal: the
 * server would exit before serving. A database with the `dev` row and no
 * migration rows yet is one this backend pushed before it had migrations, and
 * the initial migration adopts it (`adoptPushedSchema`), so the row is dropped
 * and migrating goes on. A database that has run migrations and was pushed
 * since is refused in production with how to fix it: its tables may be ahead
 * of the migrations, which would then fail half way.
 */
export const adoptDevPushBeforeMigrating = <T extends DatabaseAdapterObj>(
  adapterObj: T,
  /** Held around the whole step, so processes starting together migrate one at a time (./lock.ts). */
  lock?: () => Promise<() => Promise<void>>,
): T => ({
  ...adapterObj,
  init: ((args: Parameters<T['init']>[0]) => {
    const adapter = adapterObj.init(args) as ReturnType<T['init']> & { migrate: Migrate }
    const migrate = adapter.migrate
    adapter.migrate = async function (this: unknown, migrateArgs) {
      const release = lock ? await lock() : undefined
      try {
        await forgetDevPush(adapter.payload)
        return await migrate.call(this, migrateArgs)
      } finally {
        await release?.()
      }
    }
    return adapter
  }) as T['init'],
})

const MISSING_TABLE = /no such table|does not exist/i

const forgetDevPush = async (payload: Payload): Promise<void> => {
  let rows: Record<string, unknown>[]
  try {
    rows = await rowsOf(payload, undefined, 'SELECT name, batch FROM payload_migrations')
  } catch (error) {
    // An empty database: nothing was pushed, the migrations create everything.
    if (MISSING_TABLE.test(`${error} ${(error as Error)?.cause ?? ''}`)) return
    throw error
  }
  const pushed = rows.some((row) => Number(row.batch) === -1)
  if (!pushed) return
  if (rows.every((row) => Number(row.batch) === -1)) {
    payload.logger.info(
      'This database was created by a schema push (a release before migrations, or a development start): the first migration will adopt its tables.',
    )
    await rowsOf(payload, undefined, 'DELETE FROM payload_migrations WHERE batch = -1')
    pushedDatabases.add(payload)
    return
  }
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'This database has run migrations and was then changed by a development start (a schema push, ' +
        "Payload's `dev` row in payload_migrations). Migrating it could fail half way. Point development " +
        'at another database; to keep this one, check that its tables match the migrations ' +
        '(`npm run payload -- migrate:status`), then delete the row ' +
        "(DELETE FROM payload_migrations WHERE name = 'dev') and start again.",
    )
  }
}
