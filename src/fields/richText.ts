import type { Block, RichTextField } from 'payload'

import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  lexicalEditor,
  LinkFeature,
  RelationshipFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'

/** A social-media post placed in the text (websites render it with the platform's embed). */
export const SocialEmbedBlock: Block = {
  slug: 'socialEmbed',
  interfaceName: 'SocialEmbedBlock',
  labels: { singular: 'Social post', plural: 'Social posts' },
  fields: [
    {
      name: 'platform',
      type: 'select',
      required: true,
      defaultValue: 'other',
      options: [
        'x',
        'bluesky',
        'mastodon',
        'facebook',
        'instagram',
        'linkedin',
        'youtube',
        'tiktok',
        'other',
      ],
    },
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: (value: null | string | undefined) =>
        typeof value === 'string' && /^https:\/\/\S+$/.test(value)
          ? true
          : 'Give the full https:// address of the post.',
    },
    { name: 'caption', type: 'text' },
  ],
}

/** `media: null` when the host left the media collection out. */
export type RichTextSlugs = { media: null | string; linkable: string[] }

/**
 * The editor for long text: headings, lists, links, quotes, images and social
 * posts. Links and relationships may only point at public content.
 */
export const contentEditor = (slugs: RichTextSlugs): RichTextField['editor'] => {
  return lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter(
        (feature) => !['link', 'relationship', 'upload', 'heading'].includes(feature.key),
      ),
      HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
      LinkFeature({ enabledCollections: slugs.linkable as never[] }),
      ...(slugs.linkable.length
        ? [RelationshipFeature({ enabledCollections: slugs.linkable as never[] })]
        : []),
      ...(slugs.media ? [UploadFeature({ enabledCollections: [slugs.media] as never[] })] : []),
      BlocksFeature({ blocks: [SocialEmbedBlock] }),
      FixedToolbarFeature(),
    ],
  })
}

/** Plain text of a lexical document, for reading time and summaries. */
export const lexicalPlainText = (node: unknown): string => {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown }
  if (root) return lexicalPlainText(root)
  const own = typeof text === 'string' ? text : ''
  const nested = Array.isArray(children) ? children.map(lexicalPlainText).join(' ') : ''
  return `${own} ${nested}`.trim()
}
