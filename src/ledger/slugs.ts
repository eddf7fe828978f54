import { charitySlug } from '../context.ts'
import { DEFAULT_SLUGS } from '../registry.ts'

type WithConfig = Parameters<typeof charitySlug>[0]

export type LedgerSlugs = { donations: string; appeals: string }

/** The ledger's two collections under the slugs they have in this config (a host may rename them). */
export const ledgerSlugs = (payload: WithConfig): LedgerSlugs => ({
  donations: charitySlug(payload, 'donations') ?? DEFAULT_SLUGS.donations,
  appeals: charitySlug(payload, 'donationAppeals') ?? DEFAULT_SLUGS.donationAppeals,
})
