import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { serializedTransactionsOf } from '../transactions.ts'

/** Transactions this hook opened, so it commits only its own. */
const opened = new WeakMap<PayloadRequest, string>()

const MOVES_TOTALS = new Set(['create', 'delete'])

/**
 * Recording and refunding run in one transaction on every adapter, so a
 * ledger row and its appeal's totals commit or fail together. Payload opens
 * that transaction itself on PostgreSQL (and MongoDB replica sets); its SQLite
 * adapter has none, so this opens the serialized one the reference backend's
 * `backend/database/sqliteWrites.ts` attaches to it (a host's own SQLite adapter runs without).
 */
export const openLedgerTransaction: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (!MOVES_TOTALS.has(operation)) return args
  if (await req.transactionID) return args
  const transactions = serializedTransactionsOf(req.payload.db)
  if (!transactions) return args
  const id = await transactions.begin()
  if (id) {
    req.transactionID = id
    opened.set(req, id)
  }
  return args
}

/** Commit what `openLedgerTransaction` opened; on an error Payload rolls it back instead. */
export const commitLedgerTransaction: CollectionAfterOperationHook = async ({ req, result }) => {
  const id = opened.get(req)
  if (id && req.transactionID === id) {
    opened.delete(req)
    await serializedTransactionsOf(req.payload.db)?.commit(id)
    delete req.transactionID
  }
  return result
}
