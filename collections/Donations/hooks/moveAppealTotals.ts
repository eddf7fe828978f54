import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { NotFound } from 'payload'

import { ledgerSlugs } from '../../../src/donations/slugs.ts'
import { moveAppealTotals } from '../../../src/donations/totals.ts'
import { idOf } from '../../../src/utilities/idOf.ts'

/**
 * What happens when an appeal receives a donation: its `raisedAmount` grows by
 * the amount and its `donationCount` by one, atomically and in the same
 * transaction as the ledger row (webhook, seed and staff entries alike).
 */
export const countInAppeal: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const appealId = idOf(doc.appeal)
  if (appealId === null) throw new Error(`Donation ${doc.id} has no appeal to count it in.`)
  await moveAppealTotals(req, appealId, { raisedAmount: doc.amount, donationCount: 1 })
  return doc
}

type LedgerRow = { amount?: number; appeal?: unknown }

/**
 * A refund (deleting a donation) moves its appeal's totals back. The no-op
 * increment locks the ledger row until the transaction ends and tells whether
 * it is still there, so two refunds of one donation cannot both count.
 */
export const refundFromAppeal: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // System write on the ledger row itself: it only takes the row's lock.
  const row = (await req.payload.db.updateOne({
    collection: ledgerSlugs(req.payload).donations,
    id,
    data: { amount: { $inc: 0 } },
    req,
  })) as LedgerRow | null
  if (!row) throw new NotFound(req.t)
  const appealId = idOf(row.appeal)
  if (appealId === null || typeof row.amount !== 'number') return
  await moveAppealTotals(req, appealId, { raisedAmount: -row.amount, donationCount: -1 })
}
