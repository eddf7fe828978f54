import type { CollectionAfterReadHook, CollectionBeforeDeleteHook, FieldHook } from 'payload'

import { APIError } from 'payload'

import { progressPercentOf } from '../../../src/donations/progress.ts'
import { ledgerSlugs } from '../../../src/donations/slugs.ts'
import { readAppealTotals } from '../../../src/donations/totals.ts'

/** Documents this request read from a draft version rather than the appeal's main row. */
const readFromDraft = new WeakSet<object>()

/** On `raisedAmount` and `donationCount`: note that this document came from a draft version. */
export const noteDraftRead: FieldHook = ({ data, draft, value }) => {
  if (draft && data) readFromDraft.add(data)
  return value
}

/**
 * The donations ledger moves the totals on the appeal's main row only; a draft
 * version keeps them as they were when it was saved. So a draft read (the
 * admin's edit view, `?draft=true`) shows the live totals from the main row,
 * and the progress computed from them.
 */
export const showLiveTotalsOnDrafts: CollectionAfterReadHook = async ({ doc, req }) => {
  if (!readFromDraft.has(doc) || doc?.id === undefined) return doc
  const live = await readAppealTotals(req, doc.id)
  if (!live) return doc
  if ('raisedAmount' in doc) doc.raisedAmount = live.raisedAmount
  if ('donationCount' in doc) doc.donationCount = live.donationCount
  if ('progressPercent' in doc)
    doc.progressPercent = progressPercentOf({ ...live, targetAmount: doc.targetAmount })
  return doc
}

/**
 * An appeal with donations stays: deleting it would leave ledger rows that
 * count nowhere. Refund the donations first, or unpublish the appeal.
 */
export const keepAppealsWithDonations: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const slugs = ledgerSlugs(req.payload)
  if (!req.payload.collections[slugs.donations]) return
  // System count: the rule holds whoever deletes, even someone who may not read the ledger.
  const { totalDocs } = await req.payload.count({
    collection: slugs.donations,
    where: { appeal: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw new APIError(
      `This appeal has ${totalDocs} donation(s) in the ledger, so it cannot be deleted. Unpublish it instead, or refund (delete) its donations first.`,
      409,
      null,
      true,
    )
  }
}
