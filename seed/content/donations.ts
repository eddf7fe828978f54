import type { SeedContext, SeedRefs } from '../context.ts'

// Temporary until src/donations/recordDonation.ts (issue 5) lands.
export const seedDonations = async (ctx: SeedContext, _refs: SeedRefs): Promise<void> => {
  ctx.log.warn('Donations are not seeded yet: the donations ledger is not in this checkout.')
}
