import type { Block } from 'payload'

/** Someone's words, and who said them. */
export const quoteBlock = (): Block => ({
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: 'Quote', plural: 'Quotes' },
  fields: [
    { name: 'text', type: 'textarea', localized: true, required: true, maxLength: 1000 },
    { name: 'attribution', type: 'text' },
    {
      name: 'role',
      type: 'text',
      localized: true,
      admin: { description: 'e.g. "Volunteer, Sheffield"' },
    },
  ],
})
