import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../../src/context.ts'

import { nobody } from '../../src/access/nobody.ts'
import { outByNow } from '../../src/access/outByNow.ts'
import { editorialParts, whenCollection } from '../../src/builders/editorial.ts'
import { mergeHooks } from '../../src/builders/overrides.ts'
import { listShortcutsComponent } from '../../src/components/paths.ts'
import { jsonLdEndpoints } from '../../src/endpoints/jsonLd.ts'
import { postsFeeds } from '../../src/endpoints/postsFeed.ts'
import { metaField } from '../../src/fields/meta.ts'
import { slugField } from '../../src/fields/slug.ts'
import { computeReadingTime } from './hooks/computeReadingTime.ts'
import { authorIdsAsStored, populateAuthors } from './hooks/populateAuthors.ts'
import { populatePublishedAt } from './hooks/populatePublishedAt.ts'

/** An author owns the posts they started and the posts that name them as an author. */
const OWNER_FIELDS = ['createdBy', 'authors']

/** A post scheduled for later stays hidden from the public until its time. */
const alreadyPublished = outByNow

/** News and stories: the charity's blog. */
export const postsCollection = (ctx: CharityContext, slug: string): CollectionConfig<'posts'> => {
  const editorial = editorialParts(ctx, {
    ownerFields: OWNER_FIELDS,
    publicConstraint: alreadyPublished,
    belongsToGroups: true,
  })
  const { slugs } = ctx
  return {
    slug,
    admin: {
      group: 'Content',
      useAsTitle: 'title',
      defaultColumns: ['title', 'slug', '_status', 'publishedAt', 'updatedAt'],
      listSearchableFields: ['title', 'slug', 'excerpt'],
      // By status here; by category with the list's own filter (both index-backed, see the plan guard).
      components: { beforeList: [listShortcutsComponent('posts', slug, 'Posts by status')] },
    },
    access: editorial.access,
    defaultPopulate: { title: true, slug: true, heroImage: true, excerpt: true, publishedAt: true },
    // Public lists: published posts newest first (by date, or by creation as Payload's default).
    indexes: [
      { fields: ['_status', 'publishedAt', 'createdAt'] },
      { fields: ['_status', 'createdAt'] },
    ],
    versions: editorial.versions,
    endpoints: [...postsFeeds(ctx, slug), ...jsonLdEndpoints(ctx, 'posts', slug, alreadyPublished)],
    hooks: mergeHooks(editorial.hooks, {
      beforeChange: [populatePublishedAt, computeReadingTime, populateAuthors(slugs.users)],
    }),
    fields: [
      { name: 'title', type: 'text', required: true, localized: true },
      {
        name: 'excerpt',
        type: 'textarea',
        localized: true,
        maxLength: 400,
        admin: { description: 'One or two sentences for lists and previews.' },
      },
      ...editorial.heroImage,
      editorial.richText('content'),
      ...whenCollection(slugs.events, (events) => ({
        name: 'relatedEvents',
        type: 'relationship',
        relationTo: events,
        hasMany: true,
      })),
      metaField(slugs.media),
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
        relationTo: slugs.users,
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
        hooks: { afterRead: [authorIdsAsStored] },
        typescriptSchema: [
          () => ({
            type: ['array', 'null'],
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'name'],
              // The account's id: the same type as every other id.
              properties: {
                id: { $ref: `#/definitions/${slugs.users}/properties/id` },
                name: { type: 'string' },
              },
            },
          }),
        ],
      },
      ...whenCollection(slugs.categories, (categories) => ({
        name: 'categories',
        type: 'relationship',
        relationTo: categories,
        hasMany: true,
        admin: { position: 'sidebar' },
      })),
      ...editorial.group,
      ...editorial.campaign,
      {
        // Per language: each translation is read from its own text.
        name: 'readingTimeMinutes',
        type: 'number',
        localized: true,
        access: { create: nobody, update: nobody },
        admin: { position: 'sidebar', readOnly: true, description: 'Worked out from the content.' },
      },
      editorial.createdBy,
    ],
  }
}
