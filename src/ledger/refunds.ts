import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { idOf } from '../utilities/idOf.ts'
import { ledgerSlugs } from './slugs.ts'

export type LedgerEntry = {
  id: number | string
  type?: null | string
  amount: number
  currency?: null | string
  appeal?: unknown
  refundOf?: unknown
  externalId?: null | string
  receivedAt?: null | string
}

/** Rows written before refunds were entries have no type: they are donations. */
export const isRefund = (entry: object): boolean => (entry as { type?: unknown }).type === 'refund'

/** How much of a donation its refunds have taken back (read in `req`'s transaction). */
export const refundedSoFar = async (
  req: PayloadRequest,
  donationId: number | string,
): Promise<number> => {
  let total = 0
  for (let page = 1; ; page++) {
    const result = await req.payload.db.find<{ amount: number }>({
      collection: ledgerSlugs(req.payload).donations,
      where: { refundOf: { equals: donationId } },
      select: { amount: true },
      limit: 500,
      page,
      pagination: true,
      sort: 'id',
      req,
    })
    for (const row of result.docs) total += row.amount
    if (!result.hasNextPage) return total
  }
}

/** The donation a refund names, straight from the ledger. */
export const readLedgerEntry = async (
  req: PayloadRequest,
  id: number | string,
): Promise<LedgerEntry | null> =>
  (await req.payload.db.findOne<LedgerEntry>({
    collection: ledgerSlugs(req.payload).donations,
    where: { id: { equals: id } },
    req,
  })) ?? null

/**
 * Take the donation's row lock until the transaction ends (a no-op increment),
 * so two refunds of one donation are checked one after the other and can never
 * take back more than was given.
 */
export const lockDonation = async (
  req: PayloadRequest,
  id: number | string,
): Promise<LedgerEntry | null> =>
  // System write on the ledger row itself: it changes nothing, it only takes the row's lock.
  (await req.payload.db.updateOne({
    collection: ledgerSlugs(req.payload).donations,
    id,
    data: { amount: { $inc: 0 } },
    req,
  })) as unknown as LedgerEntry | null

const refundProblem = (message: string, status = 400) => new APIError(message, status, null, true)

/**
 * Check a refund against the donation it names, under that donation's lock:
 * returns what remains of the donation after this refund.
 */
export const checkRefund = async (
  req: PayloadRequest,
  refund: { refundOf?: unknown; amount?: unknown; currency?: unknown; appeal?: unknown },
): Promise<{ remaining: number }> => {
  const originalId = idOf(refund.refundOf)
  if (originalId === null) {
    throw refundProblem(
      "A refund must name the donation it refunds (refundOf, or the donation's externalId on the webhook).",
    )
  }
  const original = await lockDonation(req, originalId)
  if (!original) throw refundProblem(`No donation ${originalId} to refund.`, 404)
  if (isRefund(original)) {
    throw refundProblem(
      `Entry ${originalId} is itself a refund; a refund names the donation it gives back.`,
    )
  }
  if (String(idOf(refund.appeal)) !== String(idOf(original.appeal))) {
    throw refundProblem("A refund counts against its donation's appeal; leave appeal empty.")
  }
  if (refund.currency !== original.currency) {
    throw refundProblem(
      `A refund is in its donation's currency (${original.currency ?? '?'}); leave currency empty.`,
    )
  }
  const left = original.amount - (await refundedSoFar(req, originalId))
  if (left <= 0) {
    throw refundProblem(`Donation ${originalId} has already been refunded in full.`, 409)
  }
  if (typeof refund.amount === 'number' && refund.amount > left) {
    throw refundProblem(
      `The refund of ${refund.amount} is more than the ${left} left of donation ${originalId}; refund at most ${left}.`,
      409,
    )
  }
  return { remaining: left - (typeof refund.amount === 'number' ? refund.amount : left) }
}
