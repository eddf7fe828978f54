import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone.ts'
import { isEditorOrAdmin } from '../src/access/isEditorOrAdmin.ts'
import { slugField } from '../src/fields/slug.ts'
import { SLUGS } from '../src/slugs.ts'

export const Categories: CollectionConfig = {
  slug: SLUGS.categories,
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
}
