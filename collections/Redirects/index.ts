import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../../src/context.ts'

import { anyone } from '../../src/access/anyone.ts'
import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin.ts'
import { collapseChainsInto, followRedirectChain, normaliseFrom } from './hooks/chains.ts'
import { destinationOf } from './hooks/destination.ts'
import { lookUpByFrom } from './hooks/lookUpByFrom.ts'

/**
 * Old addresses and where they lead now, in the shape of
 * `@payloadcms/plugin-redirects` (`from`, `to { type, reference | url }`,
 * `type`), so a host can adopt either. Read by anyone: a website asks
 * `GET /api/redirects?from=/old/path` when it has no page for a path. The
 * plugin records one whenever a published page's address changes; editors
 * add others by hand.
 */
export const redirectsCollection = (
  ctx: CharityContext,
  slug: string,
): CollectionConfig<'redirects'> => ({
  slug,
  labels: { singular: 'Redirect', plural: 'Redirects' },
  admin: {
    group: 'Settings',
    useAsTitle: 'from',
    defaultColumns: ['from', 'to.type', 'type', 'updatedAt'],
    listSearchableFields: ['from'],
    description:
      'Old addresses and where they now lead. Changing a published page’s address adds one here by itself.',
  },
  access: {
    read: anyone,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: {
    beforeOperation: [lookUpByFrom],
    beforeChange: [followRedirectChain(ctx)],
    afterChange: [collapseChainsInto()],
  },
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: 'From path',
      hooks: { beforeValidate: [normaliseFrom] },
      validate: (value: null | string | undefined) =>
        typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
          ? value.length <= 2000 || 'Keep the path under 2,000 characters.'
          : 'Give the old path on the website, starting with "/", e.g. /news/old-title.',
      admin: { description: 'The old path on the website, e.g. /posts/old-title or /cy/about.' },
    },
    {
      name: 'to',
      type: 'group',
      fields: [
        {
          name: 'type',
          type: 'radio',
          defaultValue: 'reference',
          options: [
            { label: 'A page on this site', value: 'reference' },
            { label: 'Any address', value: 'custom' },
          ],
          admin: { layout: 'horizontal' },
        },
        {
          name: 'reference',
          type: 'relationship',
          relationTo: ctx.linkable,
          admin: { condition: (_, sibling) => sibling?.type === 'reference' },
          validate: (value: unknown, { siblingData }: { siblingData: { type?: string } }) =>
            siblingData?.type === 'reference' && !value
              ? 'Choose the page this address now leads to.'
              : true,
        },
        {
          name: 'url',
          type: 'text',
          admin: { condition: (_, sibling) => sibling?.type === 'custom' },
          validate: (
            value: null | string | undefined,
            { siblingData }: { siblingData: { type?: string } },
          ) => {
            if (siblingData?.type !== 'custom') return true
            if (!value) return 'Give the address this path now leads to.'
            return /^(https?:\/\/|\/(?!\/))/.test(value)
              ? true
              : 'Start the address with https://, http:// or / (a path on the website).'
          },
        },
      ],
    },
    {
      name: 'type',
      type: 'select',
      // Not `required`: GraphQL would then demand it on every create; a redirect without one is a 301.
      defaultValue: '301',
      hooks: { beforeChange: [({ value }) => value ?? '301'] },
      options: [
        { label: 'Moved for good (301)', value: '301' },
        { label: 'Moved for now (302)', value: '302' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      // Worked out on every read: where to send a visitor now, as a path on the website or an address.
      name: 'destination',
      type: 'text',
      virtual: true,
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { afterRead: [destinationOf(ctx)] },
    },
  ],
})
