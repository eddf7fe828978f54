import type { Block } from 'payload'

import type { CharityContext } from '../context.ts'

import { contentEditor } from '../fields/richText.ts'

/** Text with headings, lists, links and images: the body of most pages. */
export const richTextBlock = (ctx: CharityContext): Block => ({
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: 'Text', plural: 'Text' },
  fields: [
    {
      name: 'content',
      type: 'richText',
      localized: true,
      required: true,
      editor: contentEditor({ media: ctx.slugs.media, linkable: ctx.linkable }),
    },
  ],
})
