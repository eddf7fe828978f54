import type { Block } from 'payload'

import type { CharityContext } from '../context.ts'

import { EVENT_TYPES } from '../../collections/Events/index.ts'
import { whenCollection } from '../builders/editorial.ts'
import { headingField, limitField } from './fields.ts'
import { chosen, countOf, liveIds, liveList } from './liveData.ts'

const MAX = 12

/**
 * The next events, soonest first: all of them, or one group's, one
 * campaign's or one type's. `events` is worked out on every read.
 */
export const upcomingEventsBlock = (ctx: CharityContext): Block[] => {
  const events = ctx.slugs.events
  if (!events) return []
  return [
    {
      slug: 'upcomingEvents',
      interfaceName: 'UpcomingEventsBlock',
      labels: { singular: 'Upcoming events', plural: 'Upcoming events' },
      fields: [
        headingField(),
        ...whenCollection(ctx.slugs.groups, (groups) => ({
          name: 'group',
          type: 'relationship',
          relationTo: groups,
          admin: { description: "Only this group's events (leave empty for all)." },
        })),
        ...whenCollection(ctx.slugs.campaigns, (campaigns) => ({
          name: 'campaign',
          type: 'relationship',
          relationTo: campaigns,
          admin: { description: "Only this campaign's events." },
        })),
        {
          name: 'eventType',
          type: 'select',
          options: [...EVENT_TYPES],
          admin: { description: 'Only events of this kind.' },
        },
        limitField(3, MAX),
        {
          name: 'events',
          type: 'relationship',
          relationTo: events,
          hasMany: true,
          virtual: true,
          admin: { readOnly: true, disabled: true },
          hooks: {
            afterRead: [
              liveList((req, row) =>
                liveIds(
                  req,
                  events,
                  [
                    { startsAt: { greater_than_equal: new Date().toISOString() } },
                    ...chosen(row, [
                      ['group', 'group'],
                      ['campaign', 'campaign'],
                    ]),
                    ...(typeof row.eventType === 'string' && row.eventType
                      ? [{ eventType: { equals: row.eventType } }]
                      : []),
                  ],
                  'startsAt',
                  countOf(row, 3, MAX),
                ),
              ),
            ],
          },
        },
      ],
    },
  ]
}
