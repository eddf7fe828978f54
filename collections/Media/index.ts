import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../../src/context.ts'

import { anyone } from '../../src/access/anyone.ts'
import { authenticated } from '../../src/access/authenticated.ts'
import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin.ts'
import { checkUploadContent } from './hooks/checkUploadContent.ts'

/** Images and PDFs, with sizes for cards, heroes and social sharing. The host says where files go (`mediaDir`). */
export const mediaCollection = (ctx: CharityContext, slug: string): CollectionConfig<'media'> => ({
  slug,
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
  hooks: {
    // Before Payload stores or resizes anything: the content decides, not the file name.
    beforeOperation: [checkUploadContent],
  },
  upload: {
    ...(ctx.mediaDir ? { staticDir: ctx.mediaDir } : {}),
    mimeTypes: [
      'image/jpeg',
      'image/png',
      'image/webp',
      'image/gif',
      'image/avif',
      'application/pdf',
    ],
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
})
