import type { Payload } from 'payload'

const TOTALS = ['raisedAmount', 'donationCount'] as const

/**
 * `req.context` flag for the one write that may set absolute totals:
 * reconcile repairing a row whose totals are missing (an increment of
 * nothing stays nothing).
 */
export const SETTING_APPEAL_TOTALS = 'charitySettingAppealTotals'

/** Adapters already guarded (Payload may run onInit again on a hot reload). */
const guarded = new WeakSet<object>()

const isIncrement = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  '$inc' in value &&
  typeof (value as { $inc: unknown }).$inc === 'number'

/** `data` without any totals that are not increments (a copy when something is dropped). */
const withoutAbsoluteTotals = (data: Record<string, unknown>): Record<string, unknown> => {
  let copy: null | Record<string, unknown> = null
  for (const key of TOTALS) {
    if (key in data && !isIncrement(data[key])) {
      copy ??= { ...data }
      delete copy[key]
    }
  }
  return copy ?? data
}

/**
 * Appeal totals are only ever moved by increments: a new appeal starts at 0,
 * and any write of an absolute `raisedAmount` or `donationCount` to an appeal's
 * main row is dropped at the database adapter.
 *
 * Why at the adapter: an editor's save or publish writes the whole document
 * back, totals included, as they were read when the save began (from the
 * latest draft version, which the ledger never moves). Field access cannot
 * stop that (Payload refills denied fields from that same stale read), and
 * publishing one locale merges in yet another read. Dropping them where every
 * one of those paths meets means no save can undo a donation counted meanwhile.
 */
export const keepAppealTotalsIncrementOnly = (payload: Payload, appealsSlug: string): void => {
  const db = payload.db
  if (guarded.has(db)) return
  guarded.add(db)
  const updateOne = db.updateOne.bind(db)
  const updateMany = db.updateMany.bind(db)
  const create = db.create.bind(db)

  const guards = (args: { collection: string; req?: { context?: Record<string, unknown> } }) =>
    args.collection === appealsSlug && !args.req?.context?.[SETTING_APPEAL_TOTALS]

  db.updateOne = (args) =>
    updateOne(guards(args) ? { ...args, data: withoutAbsoluteTotals(args.data) } : args)
  db.updateMany = (args) =>
    updateMany(guards(args) ? { ...args, data: withoutAbsoluteTotals(args.data) } : args)
  db.create = (args) =>
    create(
      args.collection === appealsSlug
        ? { ...args, data: { ...args.data, raisedAmount: 0, donationCount: 0 } }
        : args,
    )
}
