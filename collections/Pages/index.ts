import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../../src/context.ts'

import { pageBlocks } from '../../src/blocks/index.ts'
import { editorialParts } from '../../src/builders/editorial.ts'
import { mergeHooks } from '../../src/builders/overrides.ts'
import { jsonLdEndpoints } from '../../src/endpoints/jsonLd.ts'
import { metaField } from '../../src/fields/meta.ts'
import { slugField } from '../../src/fields/slug.ts'
import { addBreadcrumbs, breadcrumbsField } from './hooks/breadcrumbs.ts'
import { refuseParentLoops } from './hooks/refuseParentLoops.ts'

const OWNER_FIELDS = ['createdBy']

/**
 * The site's own pages (About, Get involved, Privacy, a campaign's landing
 * page), built from blocks, some of which show live data (an appeal's totals,
 * the next events, the newest posts, the groups). Pages nest: `parent` and
 * `breadcrumbs` have the shape of `@payloadcms/plugin-nested-docs`.
 */
export const pagesCollection = (ctx: CharityContext, slug: string): CollectionConfig<'pages'> => {
  const editorial = editorialParts(ctx, {
    ownerFields: OWNER_FIELDS,
    belongsToGroups: true,
  })
  return {
    slug,
    labels: { singular: 'Page', plural: 'Pages' },
    admin: {
      group: 'Content',
      useAsTitle: 'title',
      defaultColumns: ['title', 'slug', 'parent', '_status', 'updatedAt'],
      listSearchableFields: ['title', 'slug'],
      description: 'About, Get involved, Privacy, landing pages: built from blocks.',
    },
    access: editorial.access,
    defaultPopulate: { title: true, slug: true, parent: true, breadcrumbs: true },
    indexes: [{ fields: ['_status', 'createdAt'] }],
    versions: editorial.versions,
    endpoints: jsonLdEndpoints(ctx, 'pages', slug),
    hooks: mergeHooks(editorial.hooks, {
      beforeChange: [refuseParentLoops],
      afterRead: [addBreadcrumbs],
    }),
    fields: [
      { name: 'title', type: 'text', required: true, localized: true },
      {
        name: 'summary',
        type: 'textarea',
        localized: true,
        maxLength: 400,
        admin: { description: 'One or two sentences for lists, search results and sharing.' },
      },
      ...editorial.heroImage,
      {
        // One layout for both languages: each block's words are written per language.
        name: 'layout',
        type: 'blocks',
        blocks: pageBlocks(ctx),
        admin: { initCollapsed: false },
      },
      metaField(ctx.slugs.media),
      slugField(),
      {
        name: 'parent',
        type: 'relationship',
        relationTo: slug,
        index: true,
        maxDepth: 1,
        filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
        admin: {
          position: 'sidebar',
          description: 'The page this one sits under (its address then starts with that page’s).',
        },
      },
      breadcrumbsField(slug),
      ...editorial.group,
      ...editorial.campaign,
      editorial.createdBy,
    ],
  }
}
