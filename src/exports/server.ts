/**
 * What a backend that serves the plugin may call beyond its config
 * (`payload-plugin-charity/server`): the jobs a separate worker runs, the
 * command-line exports and the ledger's hook for a database adapter that has
 * no transactions of its own. Nothing here is needed to compose the plugin.
 */
export { requeueAbandonedDeliveries } from '../webhooks/deliver.ts'
export { runWebhookQueue } from '../webhooks/runner.ts'
/** The job that announces a post going live or an appeal opening or closing, at that moment (caches follow it). */
export { GO_LIVE_TASK } from '../webhooks/taskNames.ts'
export { claimPeriod, exportGiftAidClaim, scheduleCsv } from '../giftAid/claim.ts'
export type { ClaimResult, ClaimRow } from '../giftAid/claim.ts'
export { declarationsSlug } from '../giftAid/declarations.ts'
export type { GiftAidDeclarationInput } from '../giftAid/declaration.ts'
export {
  checkSubjectEmail,
  countsOf,
  erasePersonalData,
  exportPersonalData,
} from '../privacy/person.ts'
export type { Audit, ErasureReport, PersonalData } from '../privacy/person.ts'
export {
  reconcileAppealTotals,
  recordDonation,
  reportLines,
  SERIALIZED_TRANSACTIONS,
  serializedTransactionsOf,
} from '../ledger/index.ts'
export type {
  AppealDrift,
  ReconcileReport,
  RecordDonationArgs,
  RecordDonationResult,
  SerializedTransactions,
} from '../ledger/index.ts'
export { idOf } from '../utilities/idOf.ts'
export { rebuildSearchIndex } from '../search/indexer.ts'
/** `req.context` flag: create training requests without emailing the region (imports, sample content). */
export { SKIP_TRAINING_REQUEST_EMAILS } from '../../collections/TrainingRequests/hooks/notifyRegion.ts'
/** Repeating events: the RRULE an event's recurrence fields make, and its occurrences (sample content, imports). */
export { nextOccurrences, occurrencesBetween } from '../recurrence/expand.ts'
export type { Occurrence, SeriesInput } from '../recurrence/expand.ts'
export { buildRule } from '../recurrence/rule.ts'
export { rebuildEventOccurrences } from '../recurrence/store.ts'
export type { RecurrenceFields } from '../recurrence/rule.ts'
/** `POST /api/graphql` as Payload's `GRAPHQL_POST`, with its schema built once and repeated queries validated once. */
export { graphQLPost } from '../graphql/handler.ts'
