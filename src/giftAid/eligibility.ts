import type { Payload, PayloadRequest, Where } from 'payload'

import type { StoredDeclaration } from './declarations.ts'

import { isRefund, ledgerSlugs } from '../ledger/index.ts'
import { idOf } from '../utilities/idOf.ts'
import { declarationCovers } from './declaration.ts'

/** Why a Gift Aid donation is not (or no longer) claimable. */
export type SkipReason =
  | 'appealNotEligible'
  | 'claimedMeanwhile'
  | 'declarationNotInForce'
  | 'notInPounds'
  | 'refundedInFull'

/** A donation linked to a declaration, as the ledger stores it. */
export type GiftAidCandidate = {
  id: number | string
  amount: number
  currency?: null | string
  receivedAt: string
  appeal: unknown
  giftAidDeclaration: unknown
  giftAidClaimedAt?: null | string
}

/** A donation Gift Aid may be claimed on, with what it may be claimed on. */
export type EligibleGift = {
  donation: GiftAidCandidate
  declaration: StoredDeclaration
  /** Pence: the donation less any partial refund. */
  amount: number
}

/** The fields a candidate needs, for reads that select. */
export const CANDIDATE_FIELDS = {
  amount: true,
  currency: true,
  receivedAt: true,
  appeal: true,
  giftAidDeclaration: true,
  giftAidClaimedAt: true,
} as const

/** What the rule and a claim's schedule read of a declaration. */
const DECLARATION_FIELDS = {
  title: true,
  firstName: true,
  lastName: true,
  house: true,
  postcode: true,
  country: true,
  scope: true,
  method: true,
  declaredAt: true,
  writtenConfirmationSentAt: true,
  cancelledAt: true,
  erasedAt: true,
} as const

/** HMRC adds 25p for every £1 given (basic rate); pence are rounded down, as a claim is. */
export const giftAidOn = (amount: number): number => Math.floor(amount / 4)

const PAGE = 500

/** Every row that matches, page by page, straight from the adapter (system read in `req`'s transaction). */
export const findAll = async <T>(
  payload: Payload,
  req: PayloadRequest,
  collection: string,
  where: Where,
  select?: Record<string, true>,
): Promise<T[]> => {
  const all: T[] = []
  for (let page = 1; ; page++) {
    const result = await payload.db.find<T & Record<string, unknown>>({
      collection,
      where,
      limit: PAGE,
      page,
      pagination: true,
      sort: 'id',
      select,
      req,
    })
    all.push(...result.docs)
    if (!result.hasNextPage) return all
  }
}

/**
 * Sort donations linked to a declaration into those Gift Aid may be claimed
 * on and those it may not, and why: a donation in pounds to a Gift Aid appeal,
 * whose declaration covers its date (scope, cancellation, an oral one's
 * written record) and has not been erased, not refunded in full (a partial
 * refund leaves the remainder). Whether it was claimed already is the
 * caller's question. The one rule the claim export and the appeal's Gift Aid
 * figure share; three reads (declarations, appeals, refunds) however many
 * donations there are.
 */
export const judgeGiftAidDonations = async (
  payload: Payload,
  req: PayloadRequest,
  declarations: string,
  candidates: GiftAidCandidate[],
): Promise<{ eligible: EligibleGift[]; skipped: Partial<Record<SkipReason, number>> }> => {
  const skipped: Partial<Record<SkipReason, number>> = {}
  const skip = (reason: SkipReason) => (skipped[reason] = (skipped[reason] ?? 0) + 1)
  if (!candidates.length) return { eligible: [], skipped }
  const { appeals: appealsSlug, donations } = ledgerSlugs(payload)

  const declarationIds = [...new Set(candidates.map((c) => idOf(c.giftAidDeclaration)))]
  const appealIds = [...new Set(candidates.map((c) => idOf(c.appeal)))]
  const byDeclaration = new Map(
    (
      await findAll<StoredDeclaration>(
        payload,
        req,
        declarations,
        { id: { in: declarationIds } },
        DECLARATION_FIELDS,
      )
    ).map((d) => [String(d.id), d]),
  )
  const appeals = new Map(
    (
      await findAll<{ id: number | string; giftAidEligible?: boolean | null }>(
        payload,
        req,
        appealsSlug,
        { id: { in: appealIds } },
        { giftAidEligible: true },
      )
    ).map((a) => [String(a.id), a]),
  )
  // A refund always counts against its donation's appeal (checkRefund), so the refunds of these
  // appeals hold every refund of these donations: one indexed read, not a list of every donation id.
  const wanted = new Set(candidates.map((c) => String(c.id)))
  const refunded = new Map<string, number>()
  for (const refund of await findAll<{ amount: number; refundOf: unknown; type?: string }>(
    payload,
    req,
    donations,
    { and: [{ appeal: { in: appealIds } }, { type: { equals: 'refund' } }] },
    { amount: true, refundOf: true, type: true },
  )) {
    const key = String(idOf(refund.refundOf))
    if (!isRefund(refund) || !wanted.has(key)) continue
    refunded.set(key, (refunded.get(key) ?? 0) + refund.amount)
  }

  const eligible: EligibleGift[] = []
  for (const donation of candidates) {
    const declaration = byDeclaration.get(String(idOf(donation.giftAidDeclaration)))
    const remainder = donation.amount - (refunded.get(String(donation.id)) ?? 0)
    if (donation.currency !== 'GBP') skip('notInPounds')
    else if (appeals.get(String(idOf(donation.appeal)))?.giftAidEligible === false)
      skip('appealNotEligible')
    else if (
      !declaration ||
      declaration.erasedAt ||
      !declarationCovers(declaration, donation.receivedAt)
    )
      skip('declarationNotInForce')
    else if (remainder <= 0) skip('refundedInFull')
    else eligible.push({ donation, declaration, amount: remainder })
  }
  return { eligible, skipped }
}
