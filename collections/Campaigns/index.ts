import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../src/access/editorialAccess.ts'
import { createdByField } from '../../src/fields/createdBy.ts'
import { metaField } from '../../src/fields/meta.ts'
import { contentEditor } from '../../src/fields/richText.ts'
import { slugField } from '../../src/fields/slug.ts'
import { validateWebUrl } from '../../src/fields/url.ts'
import { preventAuthorPublishing } from '../../src/hooks/preventAuthorPublishing.ts'
import { keepAuthorsToDrafts } from '../../src/hooks/keepAuthorsToDrafts.ts'
import { setCreatedBy } from '../../src/hooks/setCreatedBy.ts'
import { LINKABLE, MAX_VERSIONS_PER_DOC, SLUGS } from '../../src/slugs.ts'

const OWNER_FIELDS = ['createdBy']

export const CAMPAIGN_STATUSES = ['planned', 'active', 'paused', 'completed', 'archived'] as const

export const Campaigns: CollectionConfig = {
  slug: SLUGS.campaigns,
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'campaignStatus', 'startDate', 'endDate', '_status'],
    listSearchableFields: ['title', 'slug', 'summary'],
  },
  access: editorialAccess({ ownerFields: OWNER_FIELDS }),
  defaultPopulate: { title: true, slug: true, heroImage: true, summary: true, campaignStatus: true },
  versions: { maxPerDoc: MAX_VERSIONS_PER_DOC, drafts: { autosave: { interval: 2000 } } },
  hooks: { beforeOperation: [keepAuthorsToDrafts], beforeChange: [preventAuthorPublishing, setCreatedBy] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    { name: 'heroImage', type: 'upload', relationTo: SLUGS.media },
    { name: 'description', type: 'richText', localized: true, editor: contentEditor({ media: SLUGS.media, linkable: LINKABLE }) },
    {
      type: 'row',
      fields: [
        { name: 'campaignStatus', type: 'select', required: true, defaultValue: 'planned', options: [...CAMPAIGN_STATUSES] },
        { name: 'startDate', type: 'date' },
        {
          name: 'endDate',
          type: 'date',
          validate: (value: Date | null | string | undefined, { siblingData }: { siblingData: { startDate?: string } }) =>
            value && siblingData?.startDate && new Date(value) < new Date(siblingData.startDate)
              ? 'endDate must not be before startDate.'
              : true,
        },
      ],
    },
    {
      name: 'callToAction',
      type: 'group',
      fields: [
        { type: 'row', fields: [
          { name: 'label', type: 'text', localized: true },
          { name: 'url', type: 'text', validate: validateWebUrl },
        ] },
      ],
    },
    {
      name: 'stats',
      type: 'array',
      admin: { description: 'Figures the campaign cites, each with its source.' },
      fields: [
        { type: 'row', fields: [
          { name: 'value', type: 'text', required: true },
          { name: 'label', type: 'text', required: true, localized: true },
        ] },
        { type: 'row', fields: [
          { name: 'source', type: 'text' },
          { name: 'sourceUrl', type: 'text', validate: validateWebUrl },
        ] },
      ],
    },
    {
      name: 'partners',
      type: 'array',
      fields: [
        { type: 'row', fields: [
          { name: 'name', type: 'text', required: true },
          { name: 'url', type: 'text', validate: validateWebUrl },
        ] },
        { name: 'logo', type: 'upload', relationTo: SLUGS.media },
      ],
    },
    {
      name: 'hashtags',
      type: 'text',
      hasMany: true,
      validate: (value: null | string[] | undefined) =>
        !value || value.every((tag) => /^#?[\p{L}\p{N}_]+$/u.test(tag))
          ? true
          : 'Hashtags are single words of letters, digits or underscores.',
    },
    { name: 'posts', type: 'join', collection: SLUGS.posts, on: 'campaign', defaultSort: '-publishedAt', defaultLimit: 10 },
    { name: 'events', type: 'join', collection: SLUGS.events, on: 'campaign', defaultSort: 'startsAt', defaultLimit: 10 },
    { name: 'appeals', type: 'join', collection: SLUGS.donationAppeals, on: 'campaign', defaultLimit: 10 },
    metaField(SLUGS.media),
    slugField(),
    createdByField(SLUGS.users),
  ],
}
