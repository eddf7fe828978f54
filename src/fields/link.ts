import type { Field } from 'payload'

/** A navigation link: to one of our documents, or to any address. */
export const linkField = (linkable: string[], name = 'link'): Field => ({
  name,
  type: 'group',
  fields: [
    { name: 'label', type: 'text', required: true, localized: true },
    {
      name: 'type',
      type: 'radio',
      defaultValue: 'custom',
      options: [
        { label: 'A page on this site', value: 'reference' },
        { label: 'Any address', value: 'custom' },
      ],
      admin: { layout: 'horizontal' },
    },
    {
      name: 'reference',
      type: 'relationship',
      relationTo: linkable,
      admin: { condition: (_, sibling) => sibling?.type === 'reference' },
      validate: (value: unknown, { siblingData }: { siblingData: { type?: string } }) =>
        siblingData?.type === 'reference' && !value ? 'Choose the page this link points to.' : true,
    },
    {
      name: 'url',
      type: 'text',
      admin: { condition: (_, sibling) => sibling?.type !== 'reference' },
      validate: (
        value: null | string | undefined,
        { siblingData }: { siblingData: { type?: string } },
      ) => {
        if (siblingData?.type === 'reference') return true
        if (!value) return 'Give the address this link points to.'
        return /^(https?:\/\/|mailto:|tel:|\/)/.test(value)
          ? true
          : 'Start the address with https://, http://, mailto:, tel: or /.'
      },
    },
    { name: 'newTab', type: 'checkbox', defaultValue: false },
  ],
})
