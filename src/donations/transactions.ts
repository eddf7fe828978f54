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
