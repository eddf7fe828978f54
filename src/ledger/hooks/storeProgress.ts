import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { storeProgressPercent } from '../storedProgress.ts'
import { lockAppealRow } from '../totals.ts'

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

/**
 * A save that changes the target will write the appeal row after Payload has
 * written its version rows; a donation writes them the other way round. Taking
 * the appeal's row lock before any write puts both in the same order, so an
 * editor's save and a donation wait for each other instead of deadlocking.
 */
export const lockAppealBeforeTargetChange: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  if (data.targetAmount === undefined || data.targetAmount === originalDoc.targetAmount) return data
  await lockAppealRow(req, originalDoc.id)
  return data
}
