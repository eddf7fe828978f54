import type { Block } from 'payload'

import { headingField } from './fields.ts'

/** Questions and answers; a page with them describes itself as an `FAQPage` in its JSON-LD. */
export const faqBlock = (): Block => ({
  slug: 'faq',
  interfaceName: 'FaqBlock',
  labels: { singular: 'Questions and answers', plural: 'Questions and answers' },
  fields: [
    headingField(),
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      maxRows: 30,
      fields: [
        { name: 'question', type: 'text', localized: true, required: true, maxLength: 300 },
        { name: 'answer', type: 'textarea', localized: true, required: true, maxLength: 2000 },
      ],
    },
  ],
})
