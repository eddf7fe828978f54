import type { CollectionSlug } from 'payload'

import { charitySlug } from '../context.ts'
import { DEFAULT_SLUGS } from '../defaults.ts'

type WithConfig = Parameters<typeof charitySlug>[0]

export type LedgerSlugs = { donations: CollectionSlug; appeals: CollectionSlug }

/** The ledger's two collections under the slugs they have in this config (a host may rename them). */
export const ledgerSlugs = (payload: WithConfig): LedgerSlugs => ({
  donations: (charitySlug(payload, 'donations') ?? DEFAULT_SLUGS.donations) as CollectionSlug,
  appeals: (charitySlug(payload, 'donationAppeals') ??
    DEFAULT_SLUGS.donationAppeals) as CollectionSlug,
})
