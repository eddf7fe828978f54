/**
 * Everything the reference backend wraps around Payload's database adapter,
 * in one list, in the order it applies. Read top to bottom: each step wraps
 * the one above it, and the first sits closest to Payload's own adapter.
 *
 * Each wrapper's `init` calls the one below it and changes the adapter object
 * that comes back in place, so they all act on the one object Payload
 * exposes as `payload.db`, in list order. The steps touch different parts of
 * it (write methods, the driver's client, `migrate`), so none undoes another;
 * the order says which one a call meets first.
 *
 * SQLite (`sqliteChain`):
 *   0. reuseSqliteStatements     below the adapter: libsql keeps each connection's prepared statements
 *   Payload's sqliteAdapter(…)   busy_timeout, WAL, query log and migrations are its own options
 *   1. serializeSqliteWrites     write methods gated; transactions for the ledger
 *   2. takeTurnsOnSqlite         every statement in a turn of the event loop of its own
 *   3. adoptDevPushBeforeMigrating   a pushed database adopted before `migrate`
 *
 * PostgreSQL (`postgresChain`):
 *   Payload's postgresAdapter(…) with the pool's Client = postgresClient(pg.Client)
 *   1. (that Client)             each query's answer in a turn of its own
 *   2. adoptDevPushBeforeMigrating, under the migrations lock
 *
 * MongoDB: nothing is wrapped.
 *
 * After the chain, while Payload starts (`onInit`, in the order of the
 * `plugins` list of payload.config.ts, each plugin running the earlier
 * onInit first), two more wrappers change the live `payload.db`; they are
 * configured elsewhere because they belong to their owners:
 *   4. the plugin's `keepAppealTotalsIncrementOnly` (charityPlugin's onInit,
 *      src/ledger/incrementOnlyTotals.ts): `create`, `updateOne` and
 *      `updateMany` drop absolute appeal totals. It sits above step 1, so a
 *      write it rewrites still waits for the SQLite write gate like any
 *      other. Right after it the plugin looks for step 1's transactions
 *      (`warnWithoutLedgerTransactions`) and warns when the adapter offers none.
 *   5. the response cache's commit watch (cacheInvalidation's onInit,
 *      backend/server/cache/invalidation.ts, after the plugin's):
 *      `commitTransaction` and `rollbackTransaction` bump the content
 *      version after a commit; so does step 1's `commit`, through which the
 *      ledger's SQLite transactions commit.
 */
import type { DatabaseAdapterObj } from 'payload'

import { adoptDevPushBeforeMigrating } from './migrations/adopt.ts'
import { migrationsLock } from './migrations/lock.ts'
import { clientTakingTurns } from './postgresTurns.ts'
import { reuseSqliteStatements } from './sqliteStatements.ts'
import { takeTurnsOnSqlite } from './sqliteTurns.ts'
import { serializeSqliteWrites } from './sqliteWrites.ts'

type Wrapper = <T extends DatabaseAdapterObj>(adapterObj: T) => T

/** Each wrapper around the result of the one before: the first wraps Payload's adapter itself. */
const inOrder = <T extends DatabaseAdapterObj>(adapterObj: T, wrappers: Wrapper[]): T =>
  wrappers.reduce<T>((wrapped, wrap) => wrap(wrapped), adapterObj)

/** Payload's SQLite adapter with the backend's wrappers, in this order. */
export const sqliteChain = <T extends DatabaseAdapterObj>(adapterObj: T): T => {
  // 0. Under everything, in the driver: a connection prepares a statement once and keeps it
  //    (sqliteStatements.ts). Process-wide and done once; nothing above sees a difference.
  reuseSqliteStatements()
  return inOrder(adapterObj, [
    // 1. Payload's SQLite adapter has no transactions, and libsql's would deadlock this process
    //    (sqliteWrites.ts). One write transaction at a time, in JavaScript, with plain writes held
    //    back while it is open; the ledger finds it on payload.db. First, on the adapter itself:
    //    every write from above (Payload, the plugin's totals guard) passes this gate.
    serializeSqliteWrites,
    // 2. libsql runs a local file on the main thread and resolves at once, so one request's
    //    queries would run back to back and starve health checks (sqliteTurns.ts). It wraps the
    //    client once Payload's `connect` returns, so every statement after start-up waits its
    //    turn, step 1's BEGIN and COMMIT included; the push and the migrations inside `connect`
    //    run before anyone is served and need no turns.
    takeTurnsOnSqlite,
    // 3. A production start migrates (inside `connect`); a database an earlier release pushed is
    //    adopted first (migrations/adopt.ts). Last: it wraps only `migrate`, and the migrations'
    //    own writes still pass step 1's gate. SQLite has one server per file: no lock.
    (adapter) => adoptDevPushBeforeMigrating(adapter),
  ])
}

/**
 * PostgreSQL's step 1, given to Payload's adapter as its pool's `Client`: pg builds every
 * connection from it, so it is an option rather than a wrapper around the adapter. Under load
 * several connections' answers arrive in one poll phase; handing them out one per turn bounds a
 * stall to one request's work (postgresTurns.ts).
 */
export const postgresClient = clientTakingTurns

/** Payload's PostgreSQL adapter (built with `postgresClient`) with the backend's wrappers. */
export const postgresChain = <T extends DatabaseAdapterObj>(adapterObj: T, uri: string): T =>
  inOrder(adapterObj, [
    // 2. As SQLite's step 3, holding an advisory lock around the whole migrate: several nodes
    //    started together migrate one after another (migrations/lock.ts).
    (adapter) => adoptDevPushBeforeMigrating(adapter, migrationsLock(uri)),
  ])
