import type { GlobalConfig } from 'payload'

import type { CharityContext } from '../src/context.ts'

import { anyone } from '../src/access/anyone.ts'
import { isAdmin } from '../src/access/isAdmin.ts'
import { whenCollection } from '../src/builders/editorial.ts'
import { siteJsonLd } from '../src/endpoints/jsonLd.ts'
import { metaField } from '../src/fields/meta.ts'
import { isHttpsUrl, validateHttpsUrl } from '../src/fields/url.ts'

/** Who the charity is: name, registrations, contact, social links, default SEO, the donate button. */
export const siteSettingsGlobal = (ctx: CharityContext, slug: string): GlobalConfig => ({
  slug,
  label: 'Site settings',
  admin: { group: 'Settings' },
  access: { read: anyone, update: isAdmin },
  endpoints: [siteJsonLd(ctx)],
  fields: [
    { name: 'organisationName', type: 'text', required: true, defaultValue: 'Our charity' },
    { name: 'tagline', type: 'text', localized: true },
    {
      name: 'charityRegistrations',
      type: 'array',
      admin: {
        description: 'Registered charity numbers, shown in the footer by law in some places.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'jurisdiction',
              type: 'select',
              required: true,
              options: [
                { label: 'England and Wales', value: 'england-wales' },
                { label: 'Scotland', value: 'scotland' },
                { label: 'Northern Ireland', value: 'northern-ireland' },
                { label: 'Other', value: 'other' },
              ],
            },
            { name: 'number', type: 'text', required: true },
          ],
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email' },
            { name: 'phone', type: 'text' },
          ],
        },
        { name: 'address', type: 'textarea' },
      ],
    },
    {
      name: 'socialLinks',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'platform',
              type: 'select',
              required: true,
              options: [
                'x',
                'bluesky',
                'mastodon',
                'facebook',
                'instagram',
                'linkedin',
                'youtube',
                'tiktok',
                'other',
              ],
            },
            {
              name: 'url',
              type: 'text',
              required: true,
              validate: (value: null | string | undefined) =>
                isHttpsUrl(value) ? true : 'Give the full https:// address of the profile.',
            },
          ],
        },
      ],
    },
    metaField(ctx.slugs.media, 'defaultSeo', 'Default SEO'),
    {
      name: 'donateCallToAction',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', localized: true, defaultValue: 'Donate' },
            { name: 'url', type: 'text', validate: validateHttpsUrl },
          ],
        },
        ...whenCollection(ctx.slugs.donationAppeals, (appeals) => ({
          name: 'appeal',
          type: 'relationship',
          relationTo: appeals,
        })),
      ],
    },
  ],
})
