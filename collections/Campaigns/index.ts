import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../../src/context.ts'

import { editorialParts, whenCollection } from '../../src/builders/editorial.ts'
import { jsonLdEndpoints } from '../../src/endpoints/jsonLd.ts'
import { metaField } from '../../src/fields/meta.ts'
import { slugField } from '../../src/fields/slug.ts'
import { validateWebUrl } from '../../src/fields/url.ts'
import { validateAfter } from '../../src/fields/validateAfter.ts'

const OWNER_FIELDS = ['createdBy']

export const CAMPAIGN_STATUSES = ['planned', 'active', 'paused', 'completed', 'archived'] as const

/** Campaigns (e.g. on forced labour in supply chains), with the posts, events and appeals that belong to them. */
export const campaignsCollection = (
  ctx: CharityContext,
  slug: string,
): CollectionConfig<'campaigns'> => {
  const editorial = editorialParts(ctx, { ownerFields: OWNER_FIELDS })
  const { slugs } = ctx
  return {
    slug,
    admin: {
      group: 'Content',
      useAsTitle: 'title',
      defaultColumns: ['title', 'campaignStatus', 'startDate', 'endDate', '_status'],
      listSearchableFields: ['title', 'slug', 'summary'],
    },
    access: editorial.access,
    defaultPopulate: {
      title: true,
      slug: true,
      heroImage: true,
      summary: true,
      campaignStatus: true,
    },
    // Public lists: published campaigns in Payload's default order.
    indexes: [{ fields: ['_status', 'createdAt'] }],
    versions: editorial.versions,
    hooks: editorial.hooks,
    endpoints: jsonLdEndpoints(ctx, 'campaigns', slug),
    fields: [
      { name: 'title', type: 'text', required: true, localized: true },
      { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
      ...editorial.heroImage,
      editorial.richText('description'),
      {
        type: 'row',
        fields: [
          {
            name: 'campaignStatus',
            type: 'select',
            required: true,
            defaultValue: 'planned',
            options: [...CAMPAIGN_STATUSES],
          },
          { name: 'startDate', type: 'date' },
          {
            name: 'endDate',
            type: 'date',
            validate: validateAfter({
              start: 'startDate',
              allowEqual: true,
              message: 'endDate must not be before startDate.',
            }),
          },
        ],
      },
      {
        name: 'callToAction',
        type: 'group',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'label', type: 'text', localized: true },
              { name: 'url', type: 'text', validate: validateWebUrl },
            ],
          },
        ],
      },
      {
        name: 'stats',
        type: 'array',
        admin: { description: 'Figures the campaign cites, each with its source.' },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'value', type: 'text', required: true },
              { name: 'label', type: 'text', required: true, localized: true },
            ],
          },
          {
            type: 'row',
            fields: [
              { name: 'source', type: 'text' },
              { name: 'sourceUrl', type: 'text', validate: validateWebUrl },
            ],
          },
        ],
      },
      {
        name: 'partners',
        type: 'array',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'name', type: 'text', required: true },
              { name: 'url', type: 'text', validate: validateWebUrl },
            ],
          },
          ...whenCollection(slugs.media, (media) => ({
            name: 'logo',
            type: 'upload',
            relationTo: media,
          })),
        ],
      },
      {
        name: 'hashtags',
        type: 'text',
        hasMany: true,
        validate: (value: unknown) =>
          !value ||
          (Array.isArray(value) &&
            value.every((tag) => typeof tag === 'string' && /^#?[\p{L}\p{N}_]+$/u.test(tag)))
            ? true
            : 'Hashtags are single words of letters, digits or underscores.',
      },
      ...whenCollection(slugs.groups, (groups) => ({
        name: 'groups',
        type: 'relationship',
        relationTo: groups,
        hasMany: true,
        index: true,
        admin: { description: 'Local groups taking part in the campaign.' },
      })),
      ...whenCollection(slugs.posts, (posts) => ({
        name: 'posts',
        type: 'join',
        collection: posts,
        on: 'campaign',
        defaultSort: '-publishedAt',
        defaultLimit: 10,
      })),
      ...whenCollection(slugs.events, (events) => ({
        name: 'events',
        type: 'join',
        collection: events,
        on: 'campaign',
        defaultSort: 'startsAt',
        defaultLimit: 10,
      })),
      ...whenCollection(slugs.donationAppeals, (appeals) => ({
        name: 'appeals',
        type: 'join',
        collection: appeals,
        on: 'campaign',
        defaultLimit: 10,
      })),
      metaField(slugs.media),
      slugField(),
      editorial.createdBy,
    ],
  }
}
