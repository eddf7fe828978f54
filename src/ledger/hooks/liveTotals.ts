import type { CollectionAfterOperationHook, CollectionBeforeDeleteHook, FieldHook } from 'payload'

import { APIError } from 'payload'

import { documentsOf } from '../../utilities/documentsOf.ts'
import { progressPercentOf } from '../progress.ts'
import { ledgerSlugs } from '../slugs.ts'
import { readAppealsTotals } from '../totals.ts'

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
 * admin's edit view and list, `?draft=true`) shows the live totals from the
 * main rows, and the progress computed from them. Once per operation, with one
 * query for every appeal it read (the admin's list reads ten drafts at a time),
 * not one per appeal. Appeals populated into another document are read by
 * Payload's own `find` on this collection, so they pass here too.
 */
export const showLiveTotalsOnDrafts: CollectionAfterOperationHook = async ({ req, result }) => {
  const drafts = documentsOf(result).filter((doc) => readFromDraft.has(doc) && doc.id != null)
  if (!drafts.length) return result
  const live = await readAppealsTotals(
    req,
    drafts.map((doc) => doc.id as number | string),
  )
  for (const doc of drafts) {
    const totals = live.get(String(doc.id))
    if (!totals) continue
    // Only where the read kept the field (select, field access).
    if ('raisedAmount' in doc) doc.raisedAmount = totals.raisedAmount
    if ('donationCount' in doc) doc.donationCount = totals.donationCount
    if ('progressPercent' in doc)
      doc.progressPercent = progressPercentOf({
        ...totals,
        targetAmount: doc.targetAmount as null | number | undefined,
      })
  }
  return result
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
