import type { Payload, PayloadRequest, Where } from 'payload'

import type { StoredDeclaration } from './declarations.ts'
import type { GiftAidCandidate, SkipReason } from './eligibility.ts'

import { stringify } from 'csv-stringify/sync'
import { randomUUID } from 'node:crypto'
import { APIError, createLocalReq } from 'payload'

import { inTransaction, ledgerSlugs, lockDonation } from '../ledger/index.ts'
import { UK_COUNTRY } from './declaration.ts'
import { declarationsSlug } from './declarations.ts'
import { findAll, giftAidOn, judgeGiftAidDonations } from './eligibility.ts'

/** The columns of HMRC's Charities Online Gift Aid schedule, in its order. */
export const SCHEDULE_COLUMNS = [
  'Title',
  'First name or initial',
  'Last name',
  'House name or number',
  'Postcode',
  'Aggregated donations',
  'Sponsored event',
  'Donation date',
  'Amount',
] as const

export type { SkipReason } from './eligibility.ts'

export type ClaimRow = {
  donation: number | string
  declaration: number | string
  title: string
  firstName: string
  lastName: string
  house: string
  postcode: string
  receivedAt: string
  /** Pence claimed on: the donation less any partial refund. */
  amount: number
}

export type ClaimResult = {
  batch: null | string
  claimedAt: null | string
  from: string
  to: string
  count: number
  /** Pence of donations claimed on. */
  amount: number
  /** Pence of Gift Aid this claim should bring in (25% of `amount`). */
  giftAid: number
  skipped: Partial<Record<SkipReason, number>>
  /** The donations claimed, in the schedule's order. */
  rows: ClaimRow[]
  csv: string
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

const badPeriod = (message: string) => new APIError(message, 400, null, true)

/** `--from 2026-04-06 --to 2027-04-05` → the instants they span (whole days, UTC). */
export const claimPeriod = (
  from: unknown,
  to: unknown,
): { from: string; to: string; start: string; end: string } => {
  if (typeof from !== 'string' || !DATE.test(from) || Number.isNaN(Date.parse(from))) {
    throw badPeriod(
      `from must be a date as YYYY-MM-DD (the first day of the claim); got ${JSON.stringify(from)}.`,
    )
  }
  if (typeof to !== 'string' || !DATE.test(to) || Number.isNaN(Date.parse(to))) {
    throw badPeriod(
      `to must be a date as YYYY-MM-DD (the last day of the claim); got ${JSON.stringify(to)}.`,
    )
  }
  if (to < from) throw badPeriod(`to (${to}) is before from (${from}).`)
  const end = new Date(`${to}T00:00:00.000Z`)
  end.setUTCDate(end.getUTCDate() + 1)
  return { from, to, start: `${from}T00:00:00.000Z`, end: end.toISOString() }
}

const ukDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: '2-digit',
  year: '2-digit',
})

/** The schedule as CSV: one row per donation (no aggregation), dates as DD/MM/YY, pounds with pence. */
export const scheduleCsv = (rows: ClaimRow[]): string =>
  stringify(
    rows.map((row) => [
      row.title,
      row.firstName,
      row.lastName,
      row.house,
      row.postcode,
      '',
      '',
      ukDate.format(new Date(row.receivedAt)),
      (row.amount / 100).toFixed(2),
    ]),
    { header: true, columns: [...SCHEDULE_COLUMNS] },
  )

const unclaimed: Where = {
  or: [{ giftAidClaimedAt: { exists: false } }, { giftAidClaimedAt: { equals: null } }],
}

const rowOf = (
  donation: GiftAidCandidate,
  declaration: StoredDeclaration,
  amount: number,
): ClaimRow => ({
  donation: donation.id,
  declaration: declaration.id,
  title: declaration.title ?? '',
  firstName: declaration.firstName ?? '',
  lastName: declaration.lastName ?? '',
  house: declaration.house ?? '',
  // HMRC's schedule takes X for a donor who lives abroad.
  postcode: (declaration.country ?? UK_COUNTRY) === UK_COUNTRY ? (declaration.postcode ?? '') : 'X',
  receivedAt: donation.receivedAt,
  amount,
})

/**
 * Claim Gift Aid on every eligible donation received in the period, in one
 * transaction: eligible means a donation (not a refund) in pounds to a Gift
 * Aid appeal, linked to a declaration that covers its date and was not
 * cancelled before it, not refunded in full (a partial refund claims the
 * remainder), and not claimed before. Each is marked claimed (`claimedAt`,
 * the batch id) before the transaction commits, so a second export of the
 * same period claims nothing twice; with `dryRun` nothing is marked.
 */
export const exportGiftAidClaim = async ({
  payload,
  req: incomingReq,
  from,
  to,
  dryRun = false,
  now = new Date(),
}: {
  payload: Payload
  req?: PayloadRequest
  from: unknown
  to: unknown
  dryRun?: boolean
  now?: Date
}): Promise<ClaimResult> => {
  const period = claimPeriod(from, to)
  const req = incomingReq ?? (await createLocalReq({}, payload))
  const declarations = declarationsSlug(req)
  if (!declarations) throw badPeriod('This server keeps no Gift Aid declarations.')
  const donations = ledgerSlugs(payload).donations
  const batch = dryRun ? null : `ga-${now.toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`
  const claimedAt = dryRun ? null : now.toISOString()

  return inTransaction(req, async () => {
    const candidates = await findAll<GiftAidCandidate>(payload, req, donations, {
      and: [
        { type: { equals: 'donation' } },
        { receivedAt: { greater_than_equal: period.start } },
        { receivedAt: { less_than: period.end } },
        { giftAidDeclaration: { exists: true } },
        unclaimed,
      ],
    })
    if (!candidates.length) return finish([], {})
    const { eligible, skipped } = await judgeGiftAidDonations(
      payload,
      req,
      declarations,
      candidates,
    )
    const skip = (reason: SkipReason) => (skipped[reason] = (skipped[reason] ?? 0) + 1)
    const byDeclaration = new Map(eligible.map((e) => [String(e.declaration.id), e.declaration]))
    const rows = eligible.map((e) => rowOf(e.donation, e.declaration, e.amount))
    if (dryRun) return finish(rows, skipped)

    const claimed: ClaimRow[] = []
    // In id order, so two exports at once take the rows' locks in the same order and never deadlock.
    for (const row of rows) {
      // Under the row's lock: an export running at the same time may have claimed it since it was read.
      const locked = (await lockDonation(req, row.donation)) as null | GiftAidCandidate
      if (!locked || locked.giftAidClaimedAt) {
        skip('claimedMeanwhile')
        continue
      }
      // System write of the claim record; no user may set these fields.
      await payload.db.updateOne({
        collection: donations,
        id: row.donation,
        data: { giftAidClaimedAt: claimedAt, giftAidClaimBatch: batch },
        req,
      })
      claimed.push(row)
    }
    for (const id of new Set(claimed.map((row) => String(row.declaration)))) {
      // System write: declarations are kept six years after the last claim they support.
      await payload.db.updateOne({
        collection: declarations,
        id: byDeclaration.get(id)?.id ?? id,
        data: { lastClaimedAt: claimedAt },
        req,
      })
    }
    return finish(claimed, skipped)

    function finish(included: ClaimRow[], skipped: ClaimResult['skipped']): ClaimResult {
      const amount = included.reduce((sum, row) => sum + row.amount, 0)
      return {
        batch: included.length ? batch : null,
        claimedAt: included.length ? claimedAt : null,
        from: period.from,
        to: period.to,
        count: included.length,
        amount,
        giftAid: giftAidOn(amount),
        skipped,
        rows: included,
        csv: scheduleCsv(included),
      }
    }
  })
}
