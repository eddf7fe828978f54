import type { ContentSpec, SeedContext, SeedRefs } from '../context.ts'

import { inTransaction } from '../context.ts'
import { p, richText } from '../lexical.ts'

export const GROUP_SLUGS = {
  london: 'act-london',
  sheffield: 'act-sheffield',
  swansea: 'act-swansea',
} as const

/**
 * Three local ACT groups: London and Sheffield, running for a while with a
 * regional coordinator each, and a group forming in Swansea. Locations are
 * town centres; contact addresses are the groups', not anyone's own.
 */
export const groupSpecs = (_ctx: SeedContext): Record<string, ContentSpec<'groups'>> => ({
  london: {
    collection: 'groups',
    slug: GROUP_SLUGS.london,
    as: 'editor',
    status: 'published',
    data: {
      name: 'ACT London',
      summary:
        'Volunteers from across London who learn to spot trafficking, talk to local businesses and support the No fees for work campaign.',
      region: 'london',
      town: 'London',
      groupStatus: 'active',
      location: { latitude: 51.5072, longitude: -0.1276 },
      meets: 'Second Tuesday of the month, 7pm',
      contactEmail: 'london@example.org',
      description: richText(
        p(
          'ACT London started after the training day in May 2010. We meet once a month, share what we have noticed, and plan visits to businesses, schools and faith groups.',
        ),
        p('Anyone may come along: you do not need any experience, only the wish to help.'),
      ),
    },
  },
  sheffield: {
    collection: 'groups',
    slug: GROUP_SLUGS.sheffield,
    as: 'editor',
    status: 'published',
    data: {
      name: 'ACT Sheffield',
      summary:
        'A group for Sheffield and South Yorkshire: awareness talks, a stall at community events and links with local services.',
      region: 'yorkshire-and-the-humber',
      town: 'Sheffield',
      groupStatus: 'active',
      location: { latitude: 53.3811, longitude: -1.4701 },
      meets: 'Last Thursday of the month, 6.30pm',
      contactEmail: 'sheffield@example.org',
      description: richText(
        p(
          'ACT Sheffield meets in the city centre. Our regional coordinator also supports new groups starting elsewhere in the region.',
        ),
      ),
    },
  },
  swansea: {
    collection: 'groups',
    slug: GROUP_SLUGS.swansea,
    as: 'editor',
    status: 'published',
    data: {
      name: 'ACT Swansea',
      summary:
        'A new group getting started in Swansea. Come to the first meetings and help shape it.',
      region: 'wales',
      town: 'Swansea',
      groupStatus: 'forming',
      location: { latitude: 51.6214, longitude: -3.9436 },
      meets: 'Dates to be agreed at the first meeting',
      contactEmail: 'wales@example.org',
    },
    cy: {
      name: 'ACT Abertawe',
      summary:
        'Grŵp newydd yn dechrau yn Abertawe. Dewch i’r cyfarfodydd cyntaf a helpwch i’w siapio.',
      meets: 'Dyddiadau i’w cytuno yn y cyfarfod cyntaf',
    },
  },
})

/** Each group's monthly meeting, by the keys of groupSpecs and eventSpecs. */
const GROUP_MEETINGS = { london: 'londonGroupMeeting', sheffield: 'sheffieldGroupMeeting' } as const

/**
 * Point London's and Sheffield's `meeting` at their monthly series, once the
 * events exist (groups come first: the events name them). Only a group never
 * saved since it was created is linked, so an editor's later choice (or a
 * meeting they cleared) survives another run.
 */
export const linkGroupMeetings = async (ctx: SeedContext, refs: SeedRefs): Promise<void> => {
  for (const [group, event] of Object.entries(GROUP_MEETINGS)) {
    const groupId = refs.groups[group]
    const eventId = refs.events[event]
    if (!groupId || !eventId) continue
    await inTransaction(ctx.payload, refs.users.editor, async (req) => {
      const current = await ctx.payload.findByID({
        collection: 'groups',
        id: groupId,
        depth: 0,
        select: { meeting: true },
        overrideAccess: true,
        req,
      })
      // One version: the sample's own, saved once by ensureContent and never since.
      const { totalDocs: saves } = await ctx.payload.countVersions({
        collection: 'groups',
        where: { parent: { equals: groupId } },
        overrideAccess: true,
        req,
      })
      if (current.meeting || saves !== 1) return
      await ctx.payload.update({
        collection: 'groups',
        id: groupId,
        data: { meeting: eventId, _status: 'published' },
        draft: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
    })
  }
}
