/** The package's main entry (`payload-plugin-charity`). */
export { charityPlugin } from '../plugin.ts'
export type * from '../types.ts'
export { ROLES, hasRole, roleOf } from '../access/roles.ts'
export { charityContext } from '../context.ts'
export { DEFAULT_GLOBAL_SLUGS, DEFAULT_SLUGS } from '../registry.ts'
export { resolveOptions } from '../options.ts'
export { forwardedFor } from '../limits/clientAddress.ts'
export { reconcileAppealTotals, recordDonation } from '../ledger/index.ts'
export type {
  AppealDrift,
  ReconcileReport,
  RecordDonationArgs,
  RecordDonationResult,
} from '../ledger/index.ts'
export { GROUPS_NEAR, REGIONS } from '../defaults.ts'
export type { Region } from '../defaults.ts'
export {
  ERASE_CLOSED_REQUESTS_TASK,
  eraseClosedTrainingRequests,
} from '../trainingRequests/retention.ts'
