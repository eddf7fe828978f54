import type { SeedContext, SeedRefs } from '../context.ts'

import { recordDonation } from '../../src/donations/recordDonation.ts'
import { count } from '../context.ts'
import { daysBefore } from '../dates.ts'
import { SUPPORT_US_DONATIONS } from './appeals.ts'

/**
 * Gifts to "Support us", through the same ledger function the webhook uses,
 * so the appeal's totals are the ledger's sum and nothing else. Fixed
 * external ids make a second run a replay: counted once, ever.
 */
export const seedDonations = async (ctx: SeedContext, refs: SeedRefs): Promise<void> => {
  for (const gift of SUPPORT_US_DONATIONS) {
    const { status } = await recordDonation({
      payload: ctx.payload,
      input: {
        externalId: gift.externalId,
        appeal: refs.appeals.supportUs,
        amount: gift.amount,
        currency: 'GBP',
        giftAid: gift.giftAid ?? false,
        donorName: gift.donorName ?? null,
        anonymous: gift.anonymous ?? false,
        receivedAt: daysBefore(ctx.now, gift.daysAgo).toISOString(),
        source: 'import',
      },
    })
    count(ctx, 'donations', status === 'recorded' ? 'created' : 'existing')
  }
}
