import type { Block } from 'payload'

import type { CharityContext } from '../context.ts'

import { linkField } from '../fields/link.ts'
import { headingField } from './fields.ts'

/** A short appeal to act, with one button: to one of our pages or any address. */
export const callToActionBlock = (ctx: CharityContext): Block => ({
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    headingField(),
    { name: 'text', type: 'textarea', localized: true, maxLength: 400 },
    linkField(ctx.linkable),
  ],
})
