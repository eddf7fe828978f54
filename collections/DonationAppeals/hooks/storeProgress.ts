import type { CollectionAfterChangeHook } from 'payload'

import { storeProgressPercent } from '../../../src/donations/storedProgress.ts'

/**
 * A new target moves the stored `progressPercent` (the ledger moves it when
 * donations arrive). Runs in the save's own transaction, after the write, so
 * it reads the target just saved and the totals as they now stand. Only when
 * the target changed: a save that leaves it alone has nothing to move, and
 * writing the appeal row after a draft save has locked its version rows takes
 * the locks in the opposite order to a donation, which PostgreSQL may end as
 * a deadlock.
 */
export const storeProgressAfterSave: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (previousDoc && previousDoc.targetAmount === doc.targetAmount) return doc
  await storeProgressPercent(req, doc.id)
  return doc
}
