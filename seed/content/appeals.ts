import type { ContentSpec, SeedContext, SeedRefs } from '../context.ts'

import { daysBefore } from '../dates.ts'
import { h2, p, richText } from '../lexical.ts'

export const SUPPORT_US_SLUG = 'support-us'

/** The "Support us" appeal (open, with donations) and a draft appeal. */
export const appealSpecs = (
  ctx: SeedContext,
  refs: SeedRefs,
): Record<string, ContentSpec<'donation-appeals'>> => ({
  supportUs: {
    collection: 'donation-appeals',
    slug: SUPPORT_US_SLUG,
    as: 'editor',
    status: 'published',
    data: {
      title: 'Support us',
      summary:
        'Your gift helps local groups learn to recognise trafficking and act on it: training days, printed materials and travel for trainers.',
      heroImage: refs.media.supportUs,
      currency: 'GBP',
      targetAmount: 500_000,
      suggestedAmounts: [
        { amount: 1_000, impact: 'prints training packs for five volunteers' },
        { amount: 2_500, impact: 'pays a trainer’s travel to a new community' },
        { amount: 5_000, impact: 'hires a hall for a local training day' },
      ],
      donateUrl: 'https://example.org/donate',
      opensAt: daysBefore(ctx.now, 60).toISOString(),
      giftAidEligible: true,
      story: richText(
        p(
          'Trafficking is often hidden in plain sight. The people best placed to notice it are neighbours, shop workers, teachers and volunteers, if they know what to look for and who to tell.',
        ),
        h2('What your gift does'),
        p(
          'We train local groups to do exactly that. Since our first training day in London, groups have asked us to bring the day to their own communities. Your support lets us say yes.',
        ),
      ),
      meta: {
        title: 'Support us',
        description: 'Help local groups learn to recognise trafficking and act on it.',
        image: refs.media.supportUs,
      },
    },
  },
  winterFund: {
    collection: 'donation-appeals',
    slug: 'winter-training-fund',
    as: 'editor',
    status: 'draft',
    data: {
      title: 'Winter training fund',
      summary: 'A draft appeal for next winter’s training days, not yet open.',
      currency: 'GBP',
      targetAmount: 250_000,
      suggestedAmounts: [
        { amount: 2_000, impact: 'refreshments for a training day' },
        { amount: 4_000, impact: 'a trainer’s travel and overnight stay' },
      ],
      giftAidEligible: true,
      story: richText(p('Details to follow once the winter programme is agreed.')),
    },
  },
})

/**
 * Gifts to "Support us", recorded through the donations ledger. The external
 * ids are fixed, so a second run finds them already recorded.
 */
export const SUPPORT_US_DONATIONS: {
  externalId: string
  amount: number
  daysAgo: number
  giftAid?: boolean
  donorName?: string
  anonymous?: boolean
}[] = [
  {
    externalId: 'seed-support-us-0001',
    amount: 2_500,
    daysAgo: 55,
    giftAid: true,
    donorName: 'Megan Jones',
  },
  { externalId: 'seed-support-us-0002', amount: 1_000, daysAgo: 52, anonymous: true },
  {
    externalId: 'seed-support-us-0003',
    amount: 5_000,
    daysAgo: 47,
    giftAid: true,
    donorName: 'Daniel Price',
  },
  { externalId: 'seed-support-us-0004', amount: 2_000, daysAgo: 40, donorName: 'Aisha Khan' },
  {
    externalId: 'seed-support-us-0005',
    amount: 25_000,
    daysAgo: 33,
    donorName: 'Riverside Community Choir',
  },
  {
    externalId: 'seed-support-us-0006',
    amount: 1_500,
    daysAgo: 28,
    giftAid: true,
    anonymous: true,
  },
  {
    externalId: 'seed-support-us-0007',
    amount: 2_500,
    daysAgo: 21,
    giftAid: true,
    donorName: 'Owen Roberts',
  },
  { externalId: 'seed-support-us-0008', amount: 500, daysAgo: 14, donorName: 'Priya Patel' },
  {
    externalId: 'seed-support-us-0009',
    amount: 10_000,
    daysAgo: 9,
    giftAid: true,
    donorName: 'Siân Morgan',
  },
  { externalId: 'seed-support-us-0010', amount: 3_000, daysAgo: 4, anonymous: true },
  {
    externalId: 'seed-support-us-0011',
    amount: 100_000,
    daysAgo: 2,
    donorName: 'A local business',
  },
]
