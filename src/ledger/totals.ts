import type { PayloadRequest } from 'payload'

import { clientError } from '../guards/clientError.ts'
import { ledgerSlugs } from './slugs.ts'
import { storeProgressPercent } from './storedProgress.ts'

export type AppealTotals = { raisedAmount: number; donationCount: number }

/**
 * The most an appeal's total may reach, in minor units: the largest whole
 * number JavaScript holds exactly (2^53 − 1; £90 trillion in pence). Past it
 * SQLite's driver fails to read the total back, and a donation provider
 * retries the 500 for ever.
 */
export const LEDGER_CEILING = Number.MAX_SAFE_INTEGER

/**
 * A donation that would take the appeal's total past the ceiling is the
 * sender's mistake (a 422), found before anything moves. The read is a `+ 0`
 * update, so it holds the appeal's row lock: no other donation moves the
 * total between this check and the increment.
 */
const refusePastCeiling = async (
  req: PayloadRequest,
  appealId: number | string,
  amount: number,
): Promise<void> => {
  // System read under lock: the ledger keeps these fields.
  const current = (await req.payload.db.updateOne({
    collection: ledgerSlugs(req.payload).appeals,
    id: appealId,
    data: { raisedAmount: { $inc: 0 } },
    select: { raisedAmount: true },
    req,
  })) as null | { raisedAmount?: null | number }
  const raised = Number(current?.raisedAmount ?? 0)
  if (raised + amount > LEDGER_CEILING) {
    throw clientError(
      `This donation of ${amount} would take appeal ${appealId}'s total past the ledger's ceiling of ${LEDGER_CEILING} minor units; nothing was recorded.`,
      422,
    )
  }
}

/**
 * Move an appeal's totals by a delta, atomically: Payload's `$inc` becomes
 * `SET raised_amount = raised_amount + n` on SQL and `$inc` on MongoDB, so
 * concurrent donations never overwrite each other. Runs in `req`'s
 * transaction, so the ledger row and the totals commit or fail together.
 */
export const moveAppealTotals = async (
  req: PayloadRequest,
  appealId: number | string,
  delta: AppealTotals,
): Promise<AppealTotals> => {
  if (delta.raisedAmount > 0) await refusePastCeiling(req, appealId, delta.raisedAmount)
  // System write: the ledger keeps these fields; no user may write them, so access does not apply.
  const updated = (await req.payload.db.updateOne({
    collection: ledgerSlugs(req.payload).appeals,
    id: appealId,
    data: {
      raisedAmount: { $inc: delta.raisedAmount },
      donationCount: { $inc: delta.donationCount },
    },
    select: { raisedAmount: true, donationCount: true, targetAmount: true },
    req,
  })) as null | (Partial<AppealTotals> & { targetAmount?: null | number })
  if (!updated) {
    // Throwing rolls the ledger row back with it: a donation never exists without its appeal's count.
    throw new Error(`Appeal ${appealId} was not found while moving its totals.`)
  }
  // The row as this transaction left it: the percent follows the totals in the same commit.
  await storeProgressPercent(req, appealId, updated)
  return { raisedAmount: updated.raisedAmount ?? 0, donationCount: updated.donationCount ?? 0 }
}

/**
 * Take the appeal's row lock in `req`'s transaction without changing it (an
 * atomic `+ 0`). A save that will move the stored percent calls this before
 * Payload writes any version row, so it locks rows in the ledger's order
 * (appeal first, then its latest version) and PostgreSQL cannot pick either
 * side as a deadlock victim; SQLite and MongoDB simply write nothing.
 */
export const lockAppealRow = async (
  req: PayloadRequest,
  appealId: number | string,
): Promise<void> => {
  // System write of no value: only the lock matters, and it needs no access.
  await req.payload.db.updateOne({
    collection: ledgerSlugs(req.payload).appeals,
    id: appealId,
    data: { donationCount: { $inc: 0 } },
    returning: false,
    req,
  })
}

/**
 * Appeals' stored totals, straight from their main rows (never from a draft
 * version), in one query, by id as a string (the same
 * key on every database): what a list of draft appeals shows as live.
 */
export const readAppealsTotals = async (
  req: Partial<PayloadRequest> & Pick<PayloadRequest, 'payload'>,
  appealIds: (number | string)[],
): Promise<Map<string, AppealTotals>> => {
  const totals = new Map<string, AppealTotals>()
  if (!appealIds.length) return totals
  const { docs } = (await req.payload.db.find({
    collection: ledgerSlugs(req.payload).appeals,
    where: { id: { in: appealIds } },
    select: { raisedAmount: true, donationCount: true },
    limit: appealIds.length,
    pagination: false,
    req,
  })) as { docs: (Partial<AppealTotals> & { id: number | string })[] }
  for (const row of docs) {
    totals.set(String(row.id), {
      raisedAmount: row.raisedAmount ?? 0,
      donationCount: row.donationCount ?? 0,
    })
  }
  return totals
}
