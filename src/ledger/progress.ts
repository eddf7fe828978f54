/**
 * The appeal rules a reader sees, as pure functions: the same code computes
 * `progressPercent` and `isOpen` on the server and draws the admin's bars.
 */

type AppealTotals = { raisedAmount?: null | number; targetAmount?: null | number }

/** Whole percent of the target raised (may pass 100 when an appeal overshoots). */
export const progressPercentOf = ({ raisedAmount, targetAmount }: AppealTotals): number => {
  if (!targetAmount || targetAmount <= 0) return 0
  return Math.floor(((raisedAmount ?? 0) / targetAmount) * 100)
}

type AppealWindow = { _status?: null | string; opensAt?: null | string; closesAt?: null | string }

/** Whether an appeal takes donations now: published and within `opensAt`..`closesAt`. */
export const isAppealOpen = (appeal: AppealWindow, now = new Date()): boolean => {
  if (appeal._status !== 'published') return false
  if (appeal.opensAt && new Date(appeal.opensAt) > now) return false
  if (appeal.closesAt && new Date(appeal.closesAt) <= now) return false
  return true
}
