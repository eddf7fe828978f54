import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../src/access/editorialAccess.ts'
import { nobody } from '../../src/access/nobody.ts'
import { createdByField } from '../../src/fields/createdBy.ts'
import { metaField } from '../../src/fields/meta.ts'
import { contentEditor } from '../../src/fields/richText.ts'
import { slugField } from '../../src/fields/slug.ts'
import { preventAuthorPublishing } from '../../src/hooks/preventAuthorPublishing.ts'
import { keepAuthorsToDrafts } from '../../src/hooks/keepAuthorsToDrafts.ts'
import { setCreatedBy } from '../../src/hooks/setCreatedBy.ts'
import { LINKABLE, MAX_VERSIONS_PER_DOC, SLUGS } from '../../src/slugs.ts'
import { postsFeed } from '../../src/endpoints/postsFeed.ts'
import { computeReadingTime } from './hooks/computeReadingTime.ts'
import { populateAuthors } from './hooks/populateAuthors.ts'
import { populatePublishedAt } from './hooks/populatePublishedAt.ts'

/** An author owns the posts they started and the posts that name them as an author. */
const OWNER_FIELDS = ['createdBy', 'authors']

/** A post scheduled for later stays hidden from the public until its time. */
const alreadyPublished = () => ({
  or: [{ publishedAt: { less_than_equal: new Date().toISOString() } }, { publishedAt: { exists: false } }],
})

export const Posts: CollectionConfig = {
  slug: SLUGS.posts,
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'excerpt'],
  },
  access: editorialAccess({ ownerFields: OWNER_FIELDS, publicConstraint: alreadyPublished }),
  defaultPopulate: { title: true, slug: true, heroImage: true, excerpt: true, publishedAt: true },
  versions: {
    maxPerDoc: MAX_VERSIONS_PER_DOC,
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  },
  endpoints: [postsFeed],
  hooks: {
    beforeOperation: [keepAuthorsToDrafts],
    beforeChange: [preventAuthorPublishing, setCreatedBy, populatePublishedAt, computeReadingTime, populateAuthors],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    {
      name: 'excerpt',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      admin: { description: 'One or two sentences for lists and previews.' },
    },
    { name: 'heroImage', type: 'upload', relationTo: SLUGS.media },
    { name: 'content', type: 'richText', localized: true, editor: contentEditor({ media: SLUGS.media, linkable: LINKABLE }) },
    {
      name: 'relatedEvents',
      type: 'relationship',
      relationTo: SLUGS.events,
      hasMany: true,
    },
    metaField(SLUGS.media),
    slugField(),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set when first published. A future date hides the post until then.',
      },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: SLUGS.users,
      hasMany: true,
      // Accounts are private; the public reads names from `populatedAuthors`.
      access: { read: ({ req }) => Boolean(req.user) },
      admin: { position: 'sidebar' },
    },
    {
      // JSON, not an array field: on SQL an array row's `id` is the primary key of a
      // shared table, so two posts by the same author would clash on it.
      name: 'populatedAuthors',
      type: 'json',
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, disabled: true },
      typescriptSchema: [
        () => ({
          type: ['array', 'null'],
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'name'],
            properties: { id: { type: 'string' }, name: { type: 'string' } },
          },
        }),
      ],
    },
    { name: 'categories', type: 'relationship', relationTo: SLUGS.categories, hasMany: true, admin: { position: 'sidebar' } },
    { name: 'campaign', type: 'relationship', relationTo: SLUGS.campaigns, index: true, admin: { position: 'sidebar' } },
    {
      // Per language: each translation is read from its own text.
      name: 'readingTimeMinutes',
      type: 'number',
      localized: true,
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true, description: 'Worked out from the content.' },
    },
    createdByField(SLUGS.users),
  ],
}
