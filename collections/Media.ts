import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { anyone } from '../src/access/anyone.ts'
import { authenticated } from '../src/access/authenticated.ts'
import { isEditorOrAdmin } from '../src/access/isEditorOrAdmin.ts'

/** Uploaded files live outside the repository, beside the embedded database. */
// turbopackIgnore: a path built at run time would make Next trace the whole project into the build.
const mediaDir = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.MEDIA_DIR || '.data/media')

export const Media: CollectionConfig = {
  slug: 'media',
  admin: {
    group: 'Content',
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'mimeType', 'updatedAt'],
  },
  access: {
    read: anyone,
    create: authenticated,
    update: authenticated,
    delete: isEditorOrAdmin,
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/*', 'application/pdf'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: 512, position: 'centre' },
      // Open Graph / social share card.
      { name: 'social', width: 1200, height: 630, position: 'centre' },
      { name: 'hero', width: 1920, withoutEnlargement: true },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'Describe the image for people using screen readers.' },
    },
    { name: 'caption', type: 'text', localized: true },
    { name: 'credit', type: 'text', admin: { description: 'Photographer or source.' } },
  ],
}
