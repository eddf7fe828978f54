/**
 * The donations ledger: one row per payment or refund, the source of truth
 * for every appeal's `raisedAmount` and `donationCount`. This module owns it:
 * what an entry must be (input, entry checks), how a write is made atomic
 * (transactions, row locks), how the totals move and stay increment-only,
 * refunds, and reconcile. The donations and donation-appeals collections wire
 * the hooks below; everything else (Gift Aid, privacy, the webhook, the
 * package's entries) calls what is exported here and nothing deeper.
 *
 * `progress.ts` is the exception by design: pure functions the admin's client
 * components import directly, so they pull in no server code.
 */

// Recording: what a payment platform, an import or the seed calls.
export { recordDonation, recordRefund } from './record.ts'
export type { Donation, RecordDonationArgs, RecordDonationResult } from './record.ts'
export {
  checkDonationInput,
  checkRefundInput,
  checkWebhookBody,
  DONATION_SOURCES,
  LEDGER_ENTRY_TYPES,
  REFUND_FIELDS,
  WEBHOOK_FIELDS,
} from './input.ts'
export type {
  AppealReference,
  CheckedDonation,
  CheckedWebhookBody,
  DonationInput,
  DonationSource,
  LedgerEntryType,
  RefundInput,
} from './input.ts'

// Reading and locking entries, for modules that build on the ledger (Gift Aid's claim).
export { isRefund, lockDonation } from './refunds.ts'
export type { LedgerEntry } from './refunds.ts'
export { ledgerSlugs } from './slugs.ts'
export type { LedgerSlugs } from './slugs.ts'

// Appeals' totals and progress.
export { readAppealsTotals } from './totals.ts'
export type { AppealTotals } from './totals.ts'
export { isAppealOpen, progressPercentOf } from './progress.ts'
export { keepAppealTotalsIncrementOnly } from './incrementOnlyTotals.ts'

// Transactions: the ledger's own, and the hook-in point for an adapter without Payload's.
export {
  inTransaction,
  ledgerTransactionPath,
  SERIALIZED_TRANSACTIONS,
  serializedTransactionsOf,
  warnWithoutLedgerTransactions,
} from './transactions.ts'
export type { LedgerTransactionPath, SerializedTransactions } from './transactions.ts'

// Reconcile: recount the totals from the entries.
export { reconcileAppealTotals, reportLines } from './reconcile.ts'
export type { AppealDrift, ReconcileReport } from './reconcile.ts'

// The hooks the donations collection wires, in the order they run.
export { openLedgerTransaction, commitLedgerTransaction } from './hooks/ledgerTransaction.ts'
export { fillLedgerDefaults } from './hooks/fillLedgerDefaults.ts'
export { checkLedgerEntry } from './hooks/checkLedgerEntry.ts'
export { countInAppeal, lockAppealBeforeEntry, refuseDeletion } from './hooks/moveAppealTotals.ts'

// The hooks the donation-appeals collection wires.
export {
  keepAppealsWithDonations,
  noteDraftRead,
  showLiveTotalsOnDrafts,
} from './hooks/liveTotals.ts'
export { lockAppealBeforeTargetChange, storeProgressAfterSave } from './hooks/storeProgress.ts'
