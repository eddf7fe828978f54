import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../src/context.ts'

import { anyone } from '../src/access/anyone.ts'
import { isEditorOrAdmin } from '../src/access/isEditorOrAdmin.ts'
import { slugField } from '../src/fields/slug.ts'

/** Topics posts are filed under (e.g. "Supply chains", "Training"). */
export const categoriesCollection = (
  _ctx: CharityContext,
  slug: string,
): CollectionConfig<'categories'> => ({
  slug,
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt'],
  },
  access: {
    read: anyone,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  defaultPopulate: { title: true, slug: true },
  fields: [{ name: 'title', type: 'text', required: true, localized: true }, slugField()],
})
