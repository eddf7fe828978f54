import type { Payload, PayloadRequest } from 'payload'

import type { AppealTotals } from './totals.ts'

import { createLocalReq } from 'payload'

import { idOf } from '../utilities/idOf.ts'
import { SETTING_APPEAL_TOTALS } from './incrementOnlyTotals.ts'
import { isRefund } from './refunds.ts'
import { ledgerSlugs } from './slugs.ts'
import { moveAppealTotals } from './totals.ts'

export type AppealDrift = {
  appeal: number | string
  slug: null | string
  /** What the appeal shows. */
  stored: AppealTotals
  /** What its ledger entries add up to (donations less refunds). */
  ledger: AppealTotals
  /** ledger − stored: what a fix adds. */
  drift: AppealTotals
  fixed: boolean
}

export type ReconcileReport = {
  appealsChecked: number
  donationsCounted: number
  drifted: AppealDrift[]
  /** Appeals whose totals kept moving while they were checked (donations arriving): run again later. */
  unsettled: (number | string)[]
  /** Donations whose appeal no longer exists: counted nowhere. */
  orphans: { count: number; amount: number }
}

type AppealRow = {
  id: number | string
  slug?: null | string
  raisedAmount?: null | number
  donationCount?: null | number
}

const PAGE = 1000
const SETTLE_ATTEMPTS = 3

const totalsOf = (row: AppealRow | undefined): AppealTotals => ({
  raisedAmount: row?.raisedAmount ?? 0,
  donationCount: row?.donationCount ?? 0,
})

const sameTotals = (a: AppealTotals, b: AppealTotals) =>
  a.raisedAmount === b.raisedAmount && a.donationCount === b.donationCount

/** Every appeal's stored totals, from the main rows (drafts never hold the live totals). */
const readAllAppeals = async (
  payload: Payload,
  req: PayloadRequest,
): Promise<Map<string, AppealRow>> => {
  const rows = new Map<string, AppealRow>()
  for (let page = 1; ; page++) {
    const result = await payload.db.find<AppealRow>({
      collection: ledgerSlugs(payload).appeals,
      limit: PAGE,
      page,
      pagination: true,
      sort: 'id',
      select: { slug: true, raisedAmount: true, donationCount: true },
      req,
    })
    for (const doc of result.docs) rows.set(String(doc.id), doc)
    if (!result.hasNextPage) return rows
  }
}

/**
 * Add the drift atomically, so donations counted meanwhile are kept; totals
 * that are missing altogether (an increment of nothing stays nothing) are set.
 */
const repair = async (
  payload: Payload,
  req: PayloadRequest,
  row: AppealRow,
  drift: AppealTotals,
  counted: AppealTotals,
): Promise<void> => {
  const current = await readAppealRow(payload, req, row.id)
  if (
    current &&
    typeof current.raisedAmount === 'number' &&
    typeof current.donationCount === 'number'
  ) {
    await moveAppealTotals(req, row.id, drift)
    return
  }
  req.context[SETTING_APPEAL_TOTALS] = true
  try {
    // System repair of a system field: no user writes totals, so access does not apply.
    await payload.db.updateOne({
      collection: ledgerSlugs(payload).appeals,
      id: row.id,
      data: { ...counted },
      req,
    })
  } finally {
    delete req.context[SETTING_APPEAL_TOTALS]
  }
}

/** One appeal's stored totals. */
const readAppealRow = async (payload: Payload, req: PayloadRequest, id: number | string) =>
  (await payload.db.findOne<AppealRow>({
    collection: ledgerSlugs(payload).appeals,
    where: { id: { equals: id } },
    select: { slug: true, raisedAmount: true, donationCount: true },
    req,
  })) ?? null

type EntryRow = {
  id: number | string
  type?: null | string
  amount: number
  appeal: unknown
  refundOf?: unknown
}

/**
 * Sum and count the ledger's entries, per appeal id (all appeals, or one): an
 * appeal's raised amount is its donations less their refunds, its count the
 * donations not refunded in full.
 */
const sumLedger = async (
  payload: Payload,
  req: PayloadRequest,
  appealId?: number | string,
): Promise<{ perAppeal: Map<string, AppealTotals>; rows: number }> => {
  const perAppeal = new Map<string, AppealTotals>()
  const donations = new Map<string, { amount: number; appeal: string }>()
  const refunded = new Map<string, number>()
  let rows = 0
  for (let page = 1; ; page++) {
    const result = await payload.db.find<EntryRow>({
      collection: ledgerSlugs(payload).donations,
      where: appealId === undefined ? undefined : { appeal: { equals: appealId } },
      limit: PAGE,
      page,
      pagination: true,
      sort: 'id',
      select: { type: true, amount: true, appeal: true, refundOf: true },
      req,
    })
    for (const entry of result.docs) {
      rows++
      const key = String(idOf(entry.appeal))
      const sum = perAppeal.get(key) ?? { raisedAmount: 0, donationCount: 0 }
      if (isRefund(entry)) {
        sum.raisedAmount -= entry.amount
        const of = String(idOf(entry.refundOf))
        refunded.set(of, (refunded.get(of) ?? 0) + entry.amount)
      } else {
        sum.raisedAmount += entry.amount
        sum.donationCount += 1
        donations.set(String(entry.id), { amount: entry.amount, appeal: key })
      }
      perAppeal.set(key, sum)
    }
    if (!result.hasNextPage) break
  }
  // A donation refunded in full no longer counts as a donation.
  for (const [id, amount] of refunded) {
    const donation = donations.get(id)
    if (donation && amount >= donation.amount) {
      const sum = perAppeal.get(donation.appeal)
      if (sum) sum.donationCount -= 1
    }
  }
  return { perAppeal, rows }
}

/**
 * Recompute every appeal's `raisedAmount` and `donationCount` from the
 * donations ledger and report where they differ; with `fix`, repair them.
 *
 * Safe while donations arrive: an appeal is judged only when its stored totals
 * read the same before and after its donations were summed (else it is retried,
 * then reported as unsettled), and a fix adds the difference with an atomic
 * increment, so a donation counted meanwhile is never overwritten.
 */
export const reconcileAppealTotals = async ({
  payload,
  fix = false,
  req: incomingReq,
}: {
  payload: Payload
  fix?: boolean
  req?: PayloadRequest
}): Promise<ReconcileReport> => {
  const req = incomingReq ?? (await createLocalReq({}, payload))

  const before = await readAllAppeals(payload, req)
  const ledger = await sumLedger(payload, req)
  const after = await readAllAppeals(payload, req)

  const report: ReconcileReport = {
    appealsChecked: after.size,
    donationsCounted: ledger.rows,
    drifted: [],
    unsettled: [],
    orphans: { count: 0, amount: 0 },
  }
  for (const [key, sum] of ledger.perAppeal) {
    if (!after.has(key)) {
      report.orphans.count += sum.donationCount
      report.orphans.amount += sum.raisedAmount
    }
  }

  for (const [key, row] of after) {
    let stored = totalsOf(row)
    let counted = ledger.perAppeal.get(key) ?? { raisedAmount: 0, donationCount: 0 }
    let settled = sameTotals(totalsOf(before.get(key)), stored)
    // Totals moved during the scan: check this appeal alone until a reading holds still.
    for (let attempt = 0; !settled && attempt < SETTLE_ATTEMPTS; attempt++) {
      const first = totalsOf((await readAppealRow(payload, req, row.id)) ?? undefined)
      counted = (await sumLedger(payload, req, row.id)).perAppeal.get(key) ?? {
        raisedAmount: 0,
        donationCount: 0,
      }
      stored = totalsOf((await readAppealRow(payload, req, row.id)) ?? undefined)
      settled = sameTotals(first, stored)
    }
    if (!settled) {
      report.unsettled.push(row.id)
      continue
    }
    const drift = {
      raisedAmount: counted.raisedAmount - stored.raisedAmount,
      donationCount: counted.donationCount - stored.donationCount,
    }
    if (drift.raisedAmount === 0 && drift.donationCount === 0) continue
    const entry: AppealDrift = {
      appeal: row.id,
      slug: row.slug ?? null,
      stored,
      ledger: counted,
      drift,
      fixed: false,
    }
    if (fix) {
      await repair(payload, req, row, drift, counted)
      entry.fixed = true
    }
    report.drifted.push(entry)
  }
  return report
}

/** The report as lines for a terminal. */
export const reportLines = (report: ReconcileReport): string[] => {
  const lines = [
    `Checked ${report.appealsChecked} appeal(s) against ${report.donationsCounted} donation(s).`,
  ]
  for (const entry of report.drifted) {
    const name = entry.slug ? `${entry.slug} (${entry.appeal})` : String(entry.appeal)
    const sign = (n: number) => (n > 0 ? `+${n}` : String(n))
    lines.push(
      `  ${entry.fixed ? 'FIXED' : 'DRIFT'} ${name}: shows ${entry.stored.raisedAmount} from ${entry.stored.donationCount} donation(s); ledger has ${entry.ledger.raisedAmount} from ${entry.ledger.donationCount} (${sign(entry.drift.raisedAmount)}, ${sign(entry.drift.donationCount)} donation(s))`,
    )
  }
  for (const id of report.unsettled) {
    lines.push(
      `  UNSETTLED ${id}: its totals kept changing while checked (donations arriving); run again later.`,
    )
  }
  if (report.orphans.count) {
    lines.push(
      `  ${report.orphans.count} donation(s) worth ${report.orphans.amount} belong to appeals that no longer exist.`,
    )
  }
  if (!report.drifted.length && !report.unsettled.length)
    lines.push('No drift: every appeal matches its ledger.')
  else if (report.drifted.some((entry) => !entry.fixed))
    lines.push('Run again with --fix to repair the drift.')
  return lines
}
