import type { Field } from 'payload'

/** A heading above a block, in each language (optional). */
export const headingField = (): Field => ({ name: 'heading', type: 'text', localized: true })

/** How many documents a live list shows. */
export const limitField = (fallback: number, max: number): Field => ({
  name: 'limit',
  type: 'number',
  defaultValue: fallback,
  min: 1,
  max,
  admin: { step: 1, description: `How many to show (1–${max}).` },
})
