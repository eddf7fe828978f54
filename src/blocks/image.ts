import type { Block } from 'payload'

import type { CharityContext } from '../context.ts'

/** One image with a caption (the image's own alt text describes it; the caption is shown under it). */
export const imageBlock = (ctx: CharityContext): Block[] =>
  ctx.slugs.media
    ? [
        {
          slug: 'image',
          interfaceName: 'ImageBlock',
          labels: { singular: 'Image', plural: 'Images' },
          fields: [
            { name: 'image', type: 'upload', relationTo: ctx.slugs.media, required: true },
            { name: 'caption', type: 'text', localized: true },
          ],
        },
      ]
    : []
