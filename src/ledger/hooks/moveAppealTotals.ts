import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
} from 'payload'

import { APIError } from 'payload'

import { idOf } from '../../utilities/idOf.ts'
import { lockAppealRow, moveAppealTotals } from '../totals.ts'
import { closesDonationKey } from './checkLedgerEntry.ts'

/**
 * Lock the appeal's row before the entry is inserted. The insert's foreign key
 * takes a share lock on that row, which an editor's publish (Payload writes
 * the appeal with an upsert, which needs the row exclusively) would wait for
 * while holding the row itself: a deadlock on PostgreSQL. Taken first, the
 * appeal's lock makes a donation and a save simply queue one after the other.
 */
export const lockAppealBeforeEntry: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const appealId = idOf(data.appeal)
  if (appealId !== null) await lockAppealRow(req, appealId)
  return data
}

/**
 * What happens when an entry is recorded, atomically and in the same
 * transaction as the ledger row (webhook, seed and staff entries alike): a
 * donation adds its amount to its appeal's `raisedAmount` and one to its
 * `donationCount`; a refund takes its amount back, and the count too once
 * the donation is refunded in full.
 */
export const countInAppeal: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const appealId = idOf(doc.appeal)
  if (appealId === null) throw new Error(`Ledger entry ${doc.id} has no appeal to count it in.`)
  if (doc.type === 'refund') {
    const closes = req.context[closesDonationKey(doc.externalId)] === true
    delete req.context[closesDonationKey(doc.externalId)]
    await moveAppealTotals(req, appealId, {
      raisedAmount: -doc.amount,
      donationCount: closes ? -1 : 0,
    })
    return doc
  }
  await moveAppealTotals(req, appealId, { raisedAmount: doc.amount, donationCount: 1 })
  return doc
}

/** The ledger is append-only: a refund is a new entry, never a deletion. */
export const refuseDeletion: CollectionBeforeDeleteHook = ({ id }) => {
  throw new APIError(
    `Ledger entries are never deleted. To refund donation ${id}, record a refund: POST /api/donations with {"type": "refund", "refundOf": ${JSON.stringify(id)}} (or the payment platform's webhook with {"type": "refund", "externalId", "refundId"}); in the admin, create a donation of type Refund.`,
    403,
    null,
    true,
  )
}
