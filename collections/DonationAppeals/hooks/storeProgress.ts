import type { CollectionAfterChangeHook } from 'payload'

import { storeProgressPercent } from '../../../src/donations/storedProgress.ts'

/**
 * A new target moves the stored `progressPercent` (the ledger moves it when
 * donations arrive). Runs in the save's own transaction, after the write, so
 * it reads the target just saved and the totals as they now stand.
 */
export const storeProgressAfterSave: CollectionAfterChangeHook = async ({ doc, req }) => {
  await storeProgressPercent(req, doc.id)
  return doc
}
