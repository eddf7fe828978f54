import type { DatabaseAdapterObj } from 'payload'

import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ADVISORY_LOCK_KEYS } from './advisoryLocks.ts'
import { postgresChain, postgresClient, sqliteChain } from './chain.ts'
import { queryLogTo } from './queryLog.ts'
import { SQLITE_BUSY_TIMEOUT_MS } from './sqliteWrites.ts'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

/** Where the embedded database lives when `DATABASE_URI` is unset. */
export const DEFAULT_SQLITE_FILE = '.data/charity.db'

export const ACCEPTED_DATABASE_URIS = [
  '(unset) → SQLite file at ./' + DEFAULT_SQLITE_FILE,
  'file:./path/to/db.sqlite → SQLite at that path',
  'mongodb://… or mongodb+srv://… → MongoDB',
  'postgres://… or postgresql://… → PostgreSQL',
]

export class UnknownDatabaseURIError extends Error {
  constructor(uri: string) {
    // Never echo credentials: only the scheme part is shown.
    const scheme = uri.includes(':') ? uri.slice(0, uri.indexOf(':') + 1) : uri.slice(0, 20)
    super(
      `DATABASE_URI has an unsupported scheme "${scheme}". Accepted forms:\n  - ${ACCEPTED_DATABASE_URIS.join('\n  - ')}`,
    )
    this.name = 'UnknownDatabaseURIError'
  }
}

/**
 * The committed migrations, one folder per SQL adapter: `payload migrate:create`
 * writes there (`npm run migrate:create`), and a production start runs what
 * the database has not run yet (`prodMigrations`). See docs/contributing.md,
 * "Changing the schema".
 */
export const migrationDirOf = (kind: 'postgres' | 'sqlite'): string =>
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations', kind)

/** Which adapter a `DATABASE_URI` value selects; throws for anything else. */
export const databaseKind = (uri: string | undefined): DatabaseKind => {
  const value = uri?.trim()
  if (!value) return 'sqlite'
  if (value.startsWith('file:')) return 'sqlite'
  if (/^mongodb(\+srv)?:\/\//.test(value)) return 'mongodb'
  if (/^postgres(ql)?:\/\//.test(value)) return 'postgres'
  throw new UnknownDatabaseURIError(value)
}

/**
 * What a tool that acts before Payload connects needs to know of the database
 * (the seed takes its lock then: seed/lock.ts). The reference config records
 * it as `custom.database`, so such a tool reads it from the config and
 * imports nothing of the backend.
 */
export type DatabaseFacts = {
  kind: DatabaseKind
  /** The URI the adapter opens; for SQLite, the file it uses when DATABASE_URI is unset too. */
  uri: string
  advisoryLockKeys: typeof ADVISORY_LOCK_KEYS
}

export const databaseFacts = (
  uri: string | undefined = process.env.DATABASE_URI,
): DatabaseFacts => ({
  kind: databaseKind(uri),
  uri: uri?.trim() || `file:./${DEFAULT_SQLITE_FILE}`,
  advisoryLockKeys: ADVISORY_LOCK_KEYS,
})

/**
 * The database adapter chosen from `DATABASE_URI` (see docs/operators.md, "Databases"),
 * with the backend's wrappers around it (./chain.ts lists them in order).
 * This is the only module that knows which adapters exist. Only the chosen
 * adapter is loaded: the others (MongoDB's above all) would add a second or
 * more to every start.
 */
export const databaseAdapter = async (
  uri: string | undefined = process.env.DATABASE_URI,
): Promise<DatabaseAdapterObj> => {
  const kind = databaseKind(uri)
  const value = uri?.trim()

  if (kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({ url: value as string })
  }

  // SQL_LOG_FILE: every statement to a file, for the plan guard test (never in production).
  const logger = queryLogTo(process.env.SQL_LOG_FILE)

  // Development and tests keep Payload's push (the schema follows the config as you edit it);
  // production runs the committed migrations instead (docs/operators.md, "Upgrading").
  if (kind === 'postgres') {
    // One after the other: the migrations import the adapter too, and two dynamic imports
    // of one package at once can fail under Jest's ESM loader ("not in cache").
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    const { migrations } = await import('./migrations/postgres/index.ts')
    const { default: pg } = await import('pg')
    type PoolClientOption = NonNullable<Parameters<typeof postgresAdapter>[0]['pool']>['Client']
    // The wrappers, in their order: ./chain.ts.
    return postgresChain(
      postgresAdapter({
        pool: {
          connectionString: value,
          // The adapter's own copy of @types/pg types this option; pg itself constructs a Client from it.
          Client: postgresClient(pg.Client) as unknown as PoolClientOption,
        },
        logger,
        migrationDir: migrationDirOf('postgres'),
        prodMigrations: migrations,
      }),
      value as string,
    )
  }

  let url = value
  if (!url) {
    mkdirSync(path.resolve(process.cwd(), path.dirname(DEFAULT_SQLITE_FILE)), { recursive: true })
    url = `file:./${DEFAULT_SQLITE_FILE}`
  }
  // One after the other, as for PostgreSQL above.
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  const { migrations } = await import('./migrations/sqlite/index.ts')
  // The wrappers, in their order: ./chain.ts.
  return sqliteChain(
    sqliteAdapter({
      client: { url },
      // Concurrent writers (webhook bursts) wait for the lock instead of failing at once.
      busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
      wal: true,
      logger,
      migrationDir: migrationDirOf('sqlite'),
      prodMigrations: migrations,
    }),
  )
}
