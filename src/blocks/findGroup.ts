import type { Block } from 'payload'

import type { CharityContext } from '../context.ts'

import { GROUPS_NEAR, REGIONS } from '../defaults.ts'
import { headingField, limitField } from './fields.ts'
import { countOf, liveIds, liveList } from './liveData.ts'

const MAX = GROUPS_NEAR.maxResults

/**
 * "Find a group near me": the box asks `GET /api/groups/near` for the
 * visitor's position; `groups` (worked out on every read) lists the published
 * groups, of one region when chosen, for the page to show before anyone asks.
 */
export const findGroupBlock = (ctx: CharityContext): Block[] => {
  const groups = ctx.slugs.groups
  if (!groups) return []
  return [
    {
      slug: 'findGroup',
      interfaceName: 'FindGroupBlock',
      labels: { singular: 'Find a group', plural: 'Find a group' },
      fields: [
        headingField(),
        { name: 'intro', type: 'textarea', localized: true, maxLength: 400 },
        {
          name: 'region',
          type: 'select',
          options: REGIONS.map(({ label, value }) => ({ label, value })),
          admin: { description: 'Only groups in this region (leave empty for all).' },
        },
        {
          name: 'radiusKm',
          type: 'number',
          defaultValue: GROUPS_NEAR.defaultRadiusKm,
          min: 1,
          max: GROUPS_NEAR.maxRadiusKm,
          admin: { description: 'How far the near-me search looks, in kilometres.' },
        },
        limitField(12, MAX),
        {
          name: 'groups',
          type: 'relationship',
          relationTo: groups,
          hasMany: true,
          virtual: true,
          admin: { readOnly: true, disabled: true },
          hooks: {
            afterRead: [
              liveList((req, row) =>
                liveIds(
                  req,
                  groups,
                  typeof row.region === 'string' && row.region
                    ? [{ region: { equals: row.region } }]
                    : [],
                  '-createdAt',
                  countOf(row, 12, MAX),
                ),
              ),
            ],
          },
        },
      ],
    },
  ]
}
