import type { Block } from 'payload'

import type { CharityContext } from '../context.ts'

import { headingField } from './fields.ts'

/**
 * A donate box for one appeal. Read at `depth=1`, `appeal` carries its live
 * totals (raised, count, progress, open or not) and suggested amounts, as the
 * ledger keeps them: the figures are never copied into the page.
 */
export const donateBlock = (ctx: CharityContext): Block[] =>
  ctx.slugs.donationAppeals
    ? [
        {
          slug: 'donate',
          interfaceName: 'DonateBlock',
          labels: { singular: 'Donate', plural: 'Donate boxes' },
          fields: [
            headingField(),
            { name: 'text', type: 'textarea', localized: true, maxLength: 400 },
            {
              name: 'appeal',
              type: 'relationship',
              relationTo: ctx.slugs.donationAppeals,
              required: true,
            },
          ],
        },
      ]
    : []
