import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { serializedTransactionsOf } from './transactions.ts'

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
