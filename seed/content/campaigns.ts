import type { ContentSpec, SeedContext, SeedRefs } from '../context.ts'

import { daysBefore } from '../dates.ts'
import { h2, p, richText, ul } from '../lexical.ts'

/** Where the campaign's figures come from. */
export const KNOWTHECHAIN = { source: 'KnowTheChain', sourceUrl: 'https://knowthechain.org' }

export const FAIR_RECRUITMENT_SLUG = 'no-fees-for-work'

/** The supply-chain campaign and a campaign still being planned. */
export const campaignSpecs = (
  ctx: SeedContext,
  refs: SeedRefs,
): Record<string, ContentSpec<'campaigns'>> => ({
  fairRecruitment: {
    collection: 'campaigns',
    slug: FAIR_RECRUITMENT_SLUG,
    as: 'editor',
    status: 'published',
    data: {
      title: 'No fees for work: fair recruitment in supply chains',
      summary:
        'Many people who make the things we buy paid an agent to get their job, and began work in debt. We are asking companies to make sure no worker in their supply chain pays for a job.',
      heroImage: refs.media.fairRecruitment,
      campaignStatus: 'active',
      startDate: daysBefore(ctx.now, 120).toISOString(),
      // London and Sheffield take the campaign to businesses in their towns.
      groups: [refs.groups.london, refs.groups.sheffield],
      description: richText(
        h2('Why recruitment fees matter'),
        p(
          'When workers have to pay a recruiter to be offered a job, many borrow the money. A debt like that can keep someone in a job they would otherwise leave, and it is one of the common routes into forced labour.',
        ),
        h2('What the figures show'),
        p(
          'KnowTheChain compares how large companies deal with forced labour in their supply chains. Of 119 large companies in three high-risk sectors, **41%** have a rule that workers must not be charged recruitment fees. Most still have no such rule.',
        ),
        p(
          'KnowTheChain also looked at how far companies had moved: **69%** showed improvement, **24%** showed only limited improvement and **7%** showed none.',
        ),
        h2('What you can do'),
        ul(
          'Ask the brands you buy from whether they forbid recruitment fees for every worker who makes their goods.',
          'Take the figures to your local ACT group and plan a conversation with businesses near you.',
          'Join our online briefing to hear how the campaign works and how to take part.',
        ),
      ),
      callToAction: {
        label: 'Join the online briefing',
        url: 'https://example.org/events/online-briefing-recruitment-fees',
      },
      stats: [
        {
          value: '41%',
          label:
            'of 119 large companies in three high-risk sectors forbid charging workers recruitment fees',
          ...KNOWTHECHAIN,
        },
        { value: '69%', label: 'of companies showed improvement', ...KNOWTHECHAIN },
        { value: '24%', label: 'of companies showed limited improvement', ...KNOWTHECHAIN },
        { value: '7%', label: 'of companies showed no improvement', ...KNOWTHECHAIN },
      ],
      partners: [
        {
          name: 'London ACT groups',
          url: 'https://example.org/groups/london',
          logo: refs.media.partnerLondon,
        },
        {
          name: 'Sheffield ACT groups',
          url: 'https://example.org/groups/sheffield',
          logo: refs.media.partnerSheffield,
        },
      ],
      hashtags: ['NoFeesForWork', 'FairRecruitment'],
      meta: {
        title: 'No fees for work',
        description:
          'Why no worker should pay for a job, what KnowTheChain found, and how your group can help.',
        image: refs.media.fairRecruitment,
      },
    },
  },
  safeSpaces: {
    collection: 'campaigns',
    slug: 'safe-spaces-in-our-communities',
    as: 'editor',
    status: 'draft',
    data: {
      title: 'Safe spaces in our communities',
      summary:
        'Still being planned: how local groups can point people who have been exploited towards safe help nearby.',
      campaignStatus: 'planned',
      description: richText(
        p(
          'This campaign is still being planned with local groups. We will publish it when the details are agreed.',
        ),
      ),
    },
  },
})
