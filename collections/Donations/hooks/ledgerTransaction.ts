import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { commitSerializedTransaction, openSerializedTransaction } from '../../../src/db.ts'

/** Transactions this hook opened, so it commits only its own. */
const opened = new WeakMap<PayloadRequest, string>()

const MOVES_TOTALS = new Set(['create', 'delete'])

/**
 * Recording and refunding run in one transaction on every adapter, so a
 * ledger row and its appeal's totals commit or fail together. Payload opens
 * that transaction itself on PostgreSQL (and MongoDB replica sets); its SQLite
 * adapter has none, so this opens the serialized one `src/db.ts` provides.
 */
export const openLedgerTransaction: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!MOVES_TOTALS.has(operation)) return args
  if (await req.transactionID) return args
  const id = await openSerializedTransaction(req.payload.db)
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
    await commitSerializedTransaction(req.payload.db, id)
    delete req.transactionID
  }
  return result
}
