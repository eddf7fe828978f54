import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

/**
 * How a database adapter offers the ledger a transaction when Payload's own
 * are off (its SQLite adapter has none). The reference backend's `backend/database/sqliteWrites.ts`
 * attaches one to its SQLite adapter; the plugin only looks for it, so it
 * never imports a database adapter itself.
 */
export type SerializedTransactions = {
  /** Open a write transaction; use the id as `req.transactionID`. */
  begin: () => Promise<string>
  /** Commit it, throwing if the commit fails (Payload's own commit swallows that). */
  commit: (id: string) => Promise<void>
}

export const SERIALIZED_TRANSACTIONS = Symbol.for('payload-plugin-charity.serializedTransactions')

export const serializedTransactionsOf = (adapter: object): SerializedTransactions | undefined =>
  (adapter as { [SERIALIZED_TRANSACTIONS]?: SerializedTransactions })[SERIALIZED_TRANSACTIONS]

/**
 * Run `work` in one transaction on every adapter (Payload's own on
 * PostgreSQL; the serialized one the reference backend gives SQLite): all of
 * it commits, or on an error none of it does. Joins `req`'s transaction when
 * one is open already.
 */
export const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  if (await req.transactionID) return work()
  const serialized = serializedTransactionsOf(req.payload.db)
  let serializedId: null | string = null
  let payloadOwns = false
  if (serialized) {
    serializedId = await serialized.begin()
    req.transactionID = serializedId
  } else {
    payloadOwns = await initTransaction(req)
  }
  try {
    const result = await work()
    if (serialized && serializedId) {
      await serialized.commit(serializedId)
      delete req.transactionID
    } else if (payloadOwns) await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** How the ledger's writes are made atomic on this adapter, if at all. */
export type LedgerTransactionPath = 'none' | 'payload' | 'serialized'

/**
 * Ask the adapter rather than guess from its name: Payload's adapters without
 * transactions (SQLite by default, PostgreSQL with `transactionOptions: false`,
 * MongoDB without a replica set) answer `beginTransaction` with no id, and
 * the one opened to find out is rolled back at once.
 */
export const ledgerTransactionPath = async (payload: Payload): Promise<LedgerTransactionPath> => {
  const { db } = payload
  if (serializedTransactionsOf(db)) return 'serialized'
  const id = await db.beginTransaction?.()
  if (!id) return 'none'
  await db.rollbackTransaction(id)
  return 'payload'
}

/** Logged once at start by a host whose adapter gives the ledger no transaction. */
export const NO_LEDGER_TRANSACTIONS = (adapterName: string) =>
  `charityPlugin: the "${adapterName}" database adapter gives the donations ledger no transaction, so a donation and its appeal's totals are written one after the other: a failure between the two writes leaves raisedAmount and donationCount out of step with the ledger (reconcile reports and repairs it), and two refunds of one donation at the same moment may together take back more than was given. To keep them atomic, use an adapter with Payload transactions (PostgreSQL, MongoDB as a replica set), or give the adapter a serialized transaction under SERIALIZED_TRANSACTIONS from payload-plugin-charity/server, as the reference backend does for SQLite. See docs/plugin.md, "The donations ledger needs a transaction".`

/** Adapters already checked (Payload may run onInit again on a hot reload). */
const checked = new WeakSet<object>()

/** At start: say so, once, when the ledger's writes cannot be made atomic here. */
export const warnWithoutLedgerTransactions = async (payload: Payload): Promise<void> => {
  if (checked.has(payload.db)) return
  checked.add(payload.db)
  let path: LedgerTransactionPath
  try {
    path = await ledgerTransactionPath(payload)
  } catch (error) {
    // Started without a connection (a CLI that connects later): nothing to tell yet.
    payload.logger.debug(
      { err: error },
      'charityPlugin: could not ask the adapter for a transaction',
    )
    return
  }
  if (path === 'none') payload.logger.warn(NO_LEDGER_TRANSACTIONS(payload.db.name))
}
