import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'
import { SERIALIZED_TRANSACTIONS, type SerializedTransactions } from 'payload-plugin-charity/server'

/** How long a write waits for SQLite's lock (or for the open transaction) before it gives up. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000

/** The parts of the SQLite adapter that serialized transactions use. */
type SqliteAdapterParts = BaseDatabaseAdapter & {
  client: { execute: (sql: string) => Promise<unknown> }
  drizzle: unknown
  sessions: Record<
    string,
    { db: unknown; reject: () => Promise<void>; resolve: () => Promise<void> }
  >
}

/** Adapter methods that write; reads are never held back. */
const WRITE_METHODS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type WriteArgs = { req?: Partial<PayloadRequest> } | undefined

/**
 * One SQLite write transaction at a time in this process, on the adapter's one
 * connection, with every other write held back while it is open.
 *
 * Why: Payload's SQLite adapter ships without transactions, and libsql's own
 * transactions open a second connection on a synchronous driver: a write
 * waiting there for the lock blocks the event loop of the very process that
 * holds the lock, so concurrent writers deadlock until `busy_timeout`. Taking
 * turns in JavaScript instead never blocks the event loop, and SQLite allows
 * one writer at a time anyway. Reads run freely (they may see a transaction's
 * writes before it commits, as they already see a multi-statement write today).
 *
 * Only code that asks for one gets a transaction (the donations ledger, through
 * `serializedTransactionsOf(payload.db)`); everything else keeps Payload's default.
 */
class SerializedWrites {
  /** The open transaction's id, if any. */
  private open: null | string = null
  private nextTicket = 0
  private serving = 0
  private readonly abandoned = new Set<number>()
  /** Transactions waiting for their turn: new plain writes wait behind them, so they are not starved. */
  private waitingTransactions = 0
  /** Plain writes in flight; a transaction opens only when there are none. */
  private running = 0
  private waiters: (() => void)[] = []
  /** Marks a write already admitted, so writes it makes itself (upsert → updateOne) pass straight through. */
  private readonly admitted = new AsyncLocalStorage<true>()

  constructor(
    private readonly adapter: SqliteAdapterParts,
    private readonly timeoutMs: number,
  ) {}

  private progress() {
    const waiters = this.waiters
    this.waiters = []
    for (const wake of waiters) wake()
  }

  /** Wait for `ready`; give up only when nothing has moved for `timeoutMs` (a stuck holder, not a long queue). */
  private async until(ready: () => boolean, what: string): Promise<void> {
    while (!ready()) {
      const moved = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), this.timeoutMs)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve(true)
        })
      })
      if (!moved && !ready()) {
        throw new Error(
          `SQLite is busy: ${what} waited ${this.timeoutMs} ms without the open write transaction finishing. Retry the request.`,
        )
      }
    }
  }

  private advance() {
    this.serving++
    while (this.abandoned.delete(this.serving)) this.serving++
  }

  async begin(): Promise<string> {
    const ticket = this.nextTicket++
    this.waitingTransactions++
    try {
      await this.until(
        () => this.serving === ticket && this.open === null && this.running === 0,
        'a transaction',
      )
    } catch (error) {
      if (this.serving === ticket) this.advance()
      else this.abandoned.add(ticket)
      this.progress()
      throw error
    } finally {
      this.waitingTransactions--
    }

    const id = randomUUID()
    try {
      // IMMEDIATE takes the write lock now, so another process cannot slip in between our reads and writes.
      await this.adapter.client.execute('BEGIN IMMEDIATE')
    } catch (error) {
      this.advance()
      this.progress()
      throw error
    }
    this.open = id

    let finished = false
    const finish = async (statement: 'COMMIT' | 'ROLLBACK') => {
      if (finished) return
      finished = true
      try {
        await this.adapter.client.execute(statement)
      } catch (error) {
        if (statement === 'COMMIT')
          await this.adapter.client.execute('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        this.open = null
        this.advance()
        this.progress()
      }
    }
    // Registered where Payload's drizzle layer looks up `req.transactionID`: queries run on the one connection.
    this.adapter.sessions[id] = {
      db: this.adapter.drizzle,
      resolve: () => finish('COMMIT'),
      reject: () => finish('ROLLBACK'),
    }
    return id
  }

  /** Commit, and throw if the commit fails (Payload's own commit swallows that error). */
  async commit(id: string): Promise<void> {
    const session = this.adapter.sessions[id]
    if (!session)
      throw new Error('The transaction to commit is no longer open (it was rolled back).')
    delete this.adapter.sessions[id]
    await session.resolve()
  }

  async write<T>(args: WriteArgs, run: () => Promise<T>): Promise<T> {
    if (this.admitted.getStore()) return run()
    const transactionID = await args?.req?.transactionID
    if (transactionID && transactionID === this.open) return run()
    await this.until(() => this.open === null && this.waitingTransactions === 0, 'a write')
    this.running++
    try {
      return await this.admitted.run(true, run)
    } finally {
      this.running--
      this.progress()
    }
  }
}

/** Give the SQLite adapter serialized transactions (see `SerializedWrites`). */
export const serializeSqliteWrites = <T extends DatabaseAdapterObj>(adapterObj: T): T => ({
  ...adapterObj,
  init: (args: { payload: Parameters<T['init']>[0]['payload'] }) => {
    const adapter = adapterObj.init(args) as SqliteAdapterParts
    const gate = new SerializedWrites(adapter, SQLITE_BUSY_TIMEOUT_MS)
    const methods = adapter as unknown as Record<string, (args: WriteArgs) => Promise<unknown>>
    for (const name of WRITE_METHODS) {
      const original = methods[name]
      if (typeof original !== 'function') continue
      methods[name] = function (this: unknown, args: WriteArgs) {
        return gate.write(args, () => original.call(this, args))
      }
    }
    const transactions: SerializedTransactions = {
      begin: () => gate.begin(),
      commit: (id) => gate.commit(id),
    }
    Object.assign(adapter, { [SERIALIZED_TRANSACTIONS]: transactions })
    return adapter
  },
})
