import type { PayloadRequest } from 'payload'

import type { GiftAidCandidate } from './eligibility.ts'

import { ledgerSlugs } from '../ledger/index.ts'
import { idOf } from '../utilities/idOf.ts'
import { declarationsSlug } from './declarations.ts'
import { CANDIDATE_FIELDS, findAll, giftAidOn, judgeGiftAidDonations } from './eligibility.ts'

/** An appeal's Gift Aid, in the appeal's minor units (pence), as `raisedAmount` is stored. */
export type AppealGiftAid = {
  /** 25% of the eligible gifts not claimed yet: what the next claim could bring in. */
  potential: number
  /** 25% of the eligible gifts a claim export has marked claimed. */
  claimed: number
}

/**
 * The Gift Aid each appeal's donations could add, worked out from the ledger
 * with the claim export's own rule (judgeGiftAidDonations), so the figure and
 * the claim never disagree about which gift counts. Four reads for any number
 * of appeals and donations (the donations, their declarations, their appeals,
 * their refunds); it only reads, so it may run on a request's `req` without
 * opening or ending a transaction. An appeal with no eligible gift reads 0.
 */
export const giftAidByAppeal = async (
  req: PayloadRequest,
  appealIds: (number | string)[],
): Promise<Map<string, AppealGiftAid>> => {
  const figures = new Map<string, AppealGiftAid>(
    appealIds.map((id) => [String(id), { potential: 0, claimed: 0 }]),
  )
  const declarations = declarationsSlug(req)
  const { payload } = req
  const { donations } = ledgerSlugs(payload)
  if (!declarations || !payload.collections[donations] || !appealIds.length) return figures

  // System read of the ledger: the caller decides who may see the figure (editors and admins).
  const candidates = await findAll<GiftAidCandidate>(
    payload,
    req,
    donations,
    {
      and: [
        { appeal: { in: appealIds } },
        { type: { equals: 'donation' } },
        { giftAidDeclaration: { exists: true } },
      ],
    },
    CANDIDATE_FIELDS,
  )
  const { eligible } = await judgeGiftAidDonations(payload, req, declarations, candidates)

  // Pence are summed per appeal before the quarter is taken, as a claim rounds its total.
  const given = new Map<string, { potential: number; claimed: number }>()
  for (const { donation, amount } of eligible) {
    const key = String(idOf(donation.appeal))
    const sums = given.get(key) ?? { potential: 0, claimed: 0 }
    if (donation.giftAidClaimedAt) sums.claimed += amount
    else sums.potential += amount
    given.set(key, sums)
  }
  for (const [key, sums] of given) {
    figures.set(key, { potential: giftAidOn(sums.potential), claimed: giftAidOn(sums.claimed) })
  }
  return figures
}
