import type { ContentSpec, SeedContext, SeedRefs } from '../context.ts'

import { daysBefore } from '../dates.ts'
import { h2, p, pWithLink, richText, ul } from '../lexical.ts'

export const WELSH_POST_SLUG = 'london-training-day-what-we-learned'

/** News: four published posts (one also in Welsh) and two drafts. */
export const postSpecs = (
  ctx: SeedContext,
  refs: SeedRefs,
): Record<string, ContentSpec<'posts'>> => ({
  londonReport: {
    collection: 'posts',
    slug: WELSH_POST_SLUG,
    as: 'editor',
    status: 'published',
    data: {
      title: 'What we learned at the London training day',
      excerpt:
        'Groups from across England and from Wales spent a Saturday in London learning how to recognise trafficking and what to do about it.',
      heroImage: refs.media.trainingDay,
      publishedAt: '2010-05-20T09:00:00.000Z',
      authors: [refs.users.editor.id],
      categories: [refs.categories.training, refs.categories.localGroups],
      relatedEvents: [refs.events.londonTraining],
      content: richText(
        p(
          'On Saturday 15 May 2010, members of Active Communities against Trafficking (ACT) groups met in London for a day of training. Some had travelled a long way: groups came from across England and from Wales.',
        ),
        h2('What the panel told us'),
        p(
          'Staff from the Serious Organised Crime Agency and police officers explained how trafficking cases come to light. Their message was simple: you do not need to be certain before you pass on a concern, and the details you notice can matter.',
        ),
        h2('Keeping children safe'),
        p(
          'A member of a local Safeguarding Children Board gave practical advice on noticing when a child may be at risk, and on telling the right people quickly.',
        ),
        h2('Running a group'),
        p(
          'Our regional coordinators for London and Sheffield shared what helps a group last: regular meetings, clear roles, and staying in touch with other groups.',
        ),
        p(
          'We have offered to run this training day in other communities. If you would like one where you live, get in touch.',
        ),
      ),
      meta: {
        title: 'What we learned at the London training day',
        description: 'A report from the ACT training day in London, 15 May 2010.',
        image: refs.media.trainingDay,
      },
    },
    cy: {
      title: 'Beth ddysgon ni yn y diwrnod hyfforddi yn Llundain',
      excerpt:
        'Treuliodd grwpiau o bob rhan o Loegr a Chymru ddydd Sadwrn yn Llundain yn dysgu sut i adnabod masnachu pobl a beth i’w wneud amdano.',
      content: richText(
        p(
          'Ddydd Sadwrn 15 Mai 2010, daeth aelodau o grwpiau Cymunedau Gweithgar yn erbyn Masnachu Pobl (ACT) at ei gilydd yn Llundain am ddiwrnod o hyfforddiant. Roedd rhai wedi teithio’n bell: daeth grwpiau o bob rhan o Loegr ac o Gymru.',
        ),
        h2('Beth ddywedodd y panel'),
        p(
          'Esboniodd staff o’r Asiantaeth Troseddau Cyfundrefnol Difrifol a swyddogion yr heddlu sut mae achosion o fasnachu pobl yn dod i’r amlwg. Roedd eu neges yn syml: does dim rhaid i chi fod yn sicr cyn rhannu pryder, a gall y manylion rydych chi’n sylwi arnyn nhw fod yn bwysig.',
        ),
        h2('Cadw plant yn ddiogel'),
        p(
          'Rhoddodd aelod o Fwrdd Lleol Diogelu Plant gyngor ymarferol ar sylwi pan all plentyn fod mewn perygl, ac ar roi gwybod i’r bobl iawn yn gyflym.',
        ),
        h2('Rhedeg grŵp'),
        p(
          'Rhannodd ein cydlynwyr rhanbarthol yn Llundain a Sheffield beth sy’n helpu grŵp i bara: cyfarfodydd rheolaidd, rolau clir, a chadw mewn cysylltiad â grwpiau eraill.',
        ),
        p(
          'Rydym wedi cynnig cynnal y diwrnod hyfforddi hwn mewn cymunedau eraill. Os hoffech chi un yn eich ardal chi, cysylltwch â ni.',
        ),
      ),
    },
  },
  trainingOffer: {
    collection: 'posts',
    slug: 'bring-the-training-day-to-your-community',
    as: 'editor',
    status: 'published',
    data: {
      title: 'Bring the training day to your community',
      excerpt:
        'Groups have asked us to run the London training day closer to home. We can, and the next one is in Sheffield.',
      heroImage: refs.media.community,
      publishedAt: daysBefore(ctx.now, 14).toISOString(),
      authors: [refs.users.editor.id, refs.users.author.id],
      categories: [refs.categories.training, refs.categories.localGroups],
      relatedEvents: [refs.events.londonTraining, refs.events.sheffieldTraining],
      content: richText(
        p(
          'The training day we first ran in London for ACT groups can travel. We bring the trainers, the materials and a plan for the day; you bring the people and a room.',
        ),
        h2('What the day covers'),
        ul(
          'What trafficking and exploitation can look like where you live',
          'How and when to pass on a concern, including concerns about children',
          'How to start a local group and keep it going',
        ),
        h2('How to ask for one'),
        pWithLink(
          'Tell us where you are, roughly how many people might come and which Saturdays suit you, by writing to ',
          'hello@example.org',
          'mailto:hello@example.org',
          '. We will reply within two weeks.',
        ),
      ),
    },
  },
  recruitmentFees: {
    collection: 'posts',
    slug: 'who-pays-for-a-job',
    as: 'editor',
    status: 'published',
    data: {
      title: 'Who pays for a job? Recruitment fees and forced labour',
      excerpt:
        'Workers who pay to be hired often start in debt. KnowTheChain’s figures show how far large companies still have to go.',
      heroImage: refs.media.fairRecruitment,
      publishedAt: daysBefore(ctx.now, 30).toISOString(),
      authors: [refs.users.editor.id],
      categories: [refs.categories.supplyChains, refs.categories.campaigns],
      campaign: refs.campaigns.fairRecruitment,
      relatedEvents: [refs.events.onlineBriefing],
      content: richText(
        p(
          'Imagine paying several months’ wages to an agent for the promise of a job abroad, then finding the job is not what you were told. Many workers in global supply chains are in exactly that position, and the debt makes it hard to walk away.',
        ),
        h2('Where companies stand'),
        p(
          'KnowTheChain looked at 119 large companies in three high-risk sectors. Only 41% forbid charging workers recruitment fees. On how far companies had moved, 69% showed improvement, 24% showed limited improvement and 7% showed none.',
        ),
        p(
          'Progress is possible, and it is happening, but most companies have yet to make a clear promise that no worker pays for a job.',
        ),
        h2('What we are asking for'),
        p(
          'Our No fees for work campaign asks companies to adopt that promise and to check it is kept. Local ACT groups are taking the message to businesses in their own towns.',
        ),
      ),
    },
  },
  whySupport: {
    collection: 'posts',
    slug: 'why-your-support-matters',
    as: 'editor',
    status: 'published',
    data: {
      title: 'Why your support matters',
      excerpt:
        'Every training day costs money to run. Here is where a gift to our Support us appeal goes.',
      heroImage: refs.media.supportUs,
      publishedAt: daysBefore(ctx.now, 7).toISOString(),
      authors: [refs.users.admin.id],
      categories: [refs.categories.fundraising],
      content: richText(
        p(
          'A training day needs a room, printed materials and trainers who can get there. None of it is expensive on its own, and all of it adds up.',
        ),
        ul(
          '£10 prints training packs for five volunteers.',
          '£25 pays a trainer’s travel to a new community.',
          '£50 hires a hall for a local training day.',
        ),
        p(
          'If you are a UK taxpayer, Gift Aid adds 25p to every pound you give, at no cost to you.',
        ),
      ),
    },
  },
  sheffieldNotes: {
    collection: 'posts',
    slug: 'notes-from-a-sheffield-group-meeting',
    as: 'author',
    status: 'draft',
    data: {
      title: 'Notes from a Sheffield group meeting',
      excerpt: 'A draft write-up of our latest meeting, waiting for an editor to review it.',
      authors: [refs.users.author.id],
      categories: [refs.categories.localGroups],
      content: richText(
        p('We met on Tuesday evening. Twelve people came, three of them for the first time.'),
      ),
    },
  },
  startAGroup: {
    collection: 'posts',
    slug: 'how-to-start-an-act-group',
    as: 'editor',
    status: 'draft',
    data: {
      title: 'How to start an ACT group',
      excerpt:
        'A step-by-step guide for anyone who wants to bring people together locally. Not yet published.',
      authors: [refs.users.editor.id],
      categories: [refs.categories.localGroups, refs.categories.training],
      content: richText(
        p('Start small: two or three people who care about the issue are enough.'),
        ul(
          'Find a regular place to meet',
          'Ask us for a training day',
          'Agree who keeps in touch with us',
        ),
      ),
    },
  },
})
