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
 * Gift Aid declarations of the sample donors, made with their gifts the way
 * a payment platform sends them to the webhook. Fictional people with
 * obviously made-up surnames; the postcodes are real-format UK ones of public
 * buildings, never a donor's home.
 */
export type SampleDeclaration = {
  title: string
  firstName: string
  lastName: string
  house: string
  postcode: string
  scope: 'future' | 'past-four-years-and-future' | 'this-donation'
  method: 'online' | 'oral' | 'written'
  /** Made this many days before the seed runs. */
  daysAgo: number
  /** An oral declaration counts once its written record is sent: this many days ago. */
  writtenConfirmationDaysAgo?: number
  /** Cancelled by the donor this many days ago (gifts before it stay claimable). */
  cancelled?: { daysAgo: number; reason: string }
}

export const SAMPLE_DECLARATIONS = {
  // Gives twice: the second gift reuses the declaration made with the first.
  megan: {
    title: 'Ms',
    firstName: 'Megan',
    lastName: 'Sample',
    house: '1',
    postcode: 'SW1A 1AA',
    scope: 'past-four-years-and-future',
    method: 'online',
    daysAgo: 55,
  },
  // Declared on the phone; the written record went out two days later.
  daniel: {
    title: 'Mr',
    firstName: 'Daniel',
    lastName: 'Example',
    house: '22',
    postcode: 'CF99 1SN',
    scope: 'past-four-years-and-future',
    method: 'oral',
    daysAgo: 47,
    writtenConfirmationDaysAgo: 45,
  },
  // On a paper form at an event; cancelled since, which leaves the earlier gift claimable.
  owen: {
    title: 'Mr',
    firstName: 'Owen',
    lastName: 'Placeholder',
    house: 'Flat 3, Sample House',
    postcode: 'S1 2HH',
    scope: 'future',
    method: 'written',
    daysAgo: 21,
    cancelled: { daysAgo: 6, reason: 'Told us they no longer pay enough UK tax.' },
  },
} satisfies Record<string, SampleDeclaration>

/**
 * Gifts to "Support us", recorded through the donations ledger. The external
 * ids are fixed, so a second run finds them already recorded. `giftAid: true`
 * is a ticked box with no declaration (recorded, never claimable);
 * `declaration` names the donor's declaration in SAMPLE_DECLARATIONS.
 */
export const SUPPORT_US_DONATIONS: {
  externalId: string
  amount: number
  daysAgo: number
  giftAid?: boolean
  declaration?: keyof typeof SAMPLE_DECLARATIONS
  donorName?: string
  anonymous?: boolean
}[] = [
  {
    externalId: 'seed-support-us-0001',
    amount: 2_500,
    daysAgo: 55,
    declaration: 'megan',
    donorName: 'Megan Sample',
  },
  { externalId: 'seed-support-us-0002', amount: 1_000, daysAgo: 52, anonymous: true },
  {
    externalId: 'seed-support-us-0003',
    amount: 5_000,
    daysAgo: 47,
    declaration: 'daniel',
    donorName: 'Daniel Example',
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
    declaration: 'owen',
    donorName: 'Owen Placeholder',
  },
  { externalId: 'seed-support-us-0008', amount: 500, daysAgo: 14, donorName: 'Priya Patel' },
  {
    externalId: 'seed-support-us-0009',
    amount: 10_000,
    daysAgo: 9,
    declaration: 'megan',
    donorName: 'Megan Sample',
  },
  { externalId: 'seed-support-us-0010', amount: 3_000, daysAgo: 4, anonymous: true },
  {
    externalId: 'seed-support-us-0011',
    amount: 100_000,
    daysAgo: 2,
    donorName: 'A local business',
  },
]
