import type { FieldHook } from 'payload'

type AppealTotals = { raisedAmount?: number | null; targetAmount?: number | null }

/** Whole percent of the target raised (may pass 100 when an appeal overshoots). */
export const progressPercentOf = ({ raisedAmount, targetAmount }: AppealTotals): number => {
  if (!targetAmount || targetAmount <= 0) return 0
  return Math.floor(((raisedAmount ?? 0) / targetAmount) * 100)
}

/** `progressPercent`, computed on every read. */
export const computeProgressPercent: FieldHook = ({ data, siblingData }) =>
  progressPercentOf((siblingData ?? data ?? {}) as AppealTotals)

type AppealWindow = { _status?: string; opensAt?: null | string; closesAt?: null | string }

/** Whether an appeal takes donations now: published and within `opensAt`..`closesAt`. */
export const isAppealOpen = (appeal: AppealWindow, now = new Date()): boolean => {
  if (appeal._status !== 'published') return false
  if (appeal.opensAt && new Date(appeal.opensAt) > now) return false
  if (appeal.closesAt && new Date(appeal.closesAt) <= now) return false
  return true
}

/** `isOpen`, computed on every read so it flips exactly at `opensAt` and `closesAt`. */
export const computeIsOpen: FieldHook = ({ data, siblingData }) =>
  isAppealOpen((siblingData ?? data ?? {}) as AppealWindow)
