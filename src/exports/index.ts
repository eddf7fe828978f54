/** The package's main entry (`payload-plugin-charity`). */
export { charityPlugin } from '../plugin.ts'
export type * from '../types.ts'
export { ROLES, hasRole, roleOf } from '../access/roles.ts'
export { charityContext } from '../context.ts'
export { DEFAULT_GLOBAL_SLUGS, DEFAULT_SLUGS } from '../defaults.ts'
export { resolveOptions } from '../options.ts'
export { recordDonation } from '../donations/recordDonation.ts'
export type { RecordDonationArgs, RecordDonationResult } from '../donations/recordDonation.ts'
export { reconcileAppealTotals } from '../donations/reconcile.ts'
export type { AppealDrift, ReconcileReport } from '../donations/reconcile.ts'
export { GROUPS_NEAR, REGIONS } from '../defaults.ts'
export type { Region } from '../defaults.ts'
export {
  ERASE_CLOSED_REQUESTS_TASK,
  eraseClosedTrainingRequests,
} from '../trainingRequests/retention.ts'
