import type { SerializedBlockNode } from '@payloadcms/richtext-lexical'
import type { HTMLConverter, HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { JSXConverter, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import { LinkJSXConverter } from '@payloadcms/richtext-lexical/react'
import React from 'react'

/**
 * Lexical's `format` on a text node: a sum of these bits (`3` is bold
 * italic). Test one with `(node.format & TEXT_FORMAT.bold) !== 0`.
 */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const

/** A link's or relationship's target as the API gives it: `value` is the document at depth ≥ 1, an id at 0. */
export type LinkedDocument = { relationTo: string; value: unknown }

export type RichTextOptions = {
  /** The page address of a linked document (e.g. from its `relationTo` and `slug`), or null when it has none. */
  pageUrl: (doc: LinkedDocument) => null | string
  /** The `sizes` attribute of images in the text. Default `100vw`. */
  imageSizes?: string
  /** The words of a social post's link. Default `View the post on <platform>`. */
  socialEmbedLabel?: (platform: string) => string
  /**
   * Where a browser fetches a media file, given the API's `url`: as given by
   * default; a site whose backend answers paths (`/api/media/file/…`) adds
   * the backend's public address here.
   */
  mediaUrl?: (url: string) => string
}

type Size = { url?: null | string; width?: null | number; height?: null | number }
type Media = Size & {
  alt?: null | string
  caption?: null | string
  filename?: null | string
  mimeType?: null | string
  sizes?: null | Record<string, null | Size | undefined>
}
type SocialEmbed = { platform?: string; url?: string; caption?: null | string }

const PLATFORMS: Record<string, string> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
}

const shapeOf = (size: Size) => (size.width && size.height ? size.width / size.height : null)

/**
 * `srcset` from the image and every size of the same shape (the cropped ones
 * would change the picture as the window changes), each URL through `toUrl`
 * (the API's as they are by default).
 */
export const srcSetOf = (
  media: Media,
  toUrl: (url: string) => string = (url) => url,
): string | undefined => {
  const shape = shapeOf(media)
  const candidates = [media, ...Object.values(media.sizes ?? {})].filter((size): size is Size =>
    Boolean(size?.url && size.width),
  )
  const same = candidates.filter((size) => {
    const other = shapeOf(size)
    return shape !== null && other !== null && Math.abs(other - shape) / shape < 0.01
  })
  const widths = new Map(
    same.map((size) => [size.width, `${toUrl(size.url ?? '')} ${size.width}w`]),
  )
  return widths.size > 1 ? [...widths.values()].join(', ') : undefined
}

const imageMedia = (value: unknown): Media | null =>
  value && typeof value === 'object' && (value as Media).url ? (value as Media) : null

/** What an upload node shows, with its addresses as the browser fetches them; null when not populated. */
const uploadOf = (options: RichTextOptions, value: unknown) => {
  const media = imageMedia(value)
  if (!media?.url) return null
  const toUrl = options.mediaUrl ?? ((url: string) => url)
  return {
    media,
    url: toUrl(media.url),
    isImage: Boolean(media.mimeType?.startsWith('image/')),
    srcSet: srcSetOf(media, toUrl),
  }
}

const pageOfReference = (options: RichTextOptions, doc: unknown): null | string =>
  doc && typeof doc === 'object' && typeof (doc as LinkedDocument).relationTo === 'string'
    ? options.pageUrl(doc as LinkedDocument)
    : null

const titleOf = (value: unknown): string | undefined => {
  const doc = value as { name?: unknown; title?: unknown } | null
  const title = doc && typeof doc === 'object' ? (doc.title ?? doc.name) : undefined
  return typeof title === 'string' ? title : undefined
}

const embedLabel = (options: RichTextOptions, embed: SocialEmbed & { url: string }) => {
  const platform = PLATFORMS[embed.platform ?? ''] ?? new URL(embed.url).hostname
  return options.socialEmbedLabel?.(platform) ?? `View the post on ${platform}`
}

/**
 * `@payloadcms/richtext-lexical`'s JSX converters for this plugin's rich text:
 * links to our documents through `pageUrl`, images with `srcset`, related
 * documents as links, and the `socialEmbed` block as a plain link to the post
 * (no third-party script on the page). Pass to `<RichText converters={…} />`.
 */
export const charityJSXConverters =
  (options: RichTextOptions): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({
      internalDocToHref: ({ linkNode }) => pageOfReference(options, linkNode.fields.doc) ?? '#',
    }),
    upload: ({ node }) => {
      const upload = uploadOf(options, node.value)
      if (!upload) return null
      const { media, url } = upload
      if (!upload.isImage) {
        return <a href={url}>{media.filename ?? media.alt ?? url}</a>
      }
      return (
        <figure>
          <img
            src={url}
            srcSet={upload.srcSet}
            sizes={options.imageSizes ?? '100vw'}
            alt={media.alt ?? ''}
            width={media.width ?? undefined}
            height={media.height ?? undefined}
            loading="lazy"
            decoding="async"
          />
          {media.caption ? <figcaption>{media.caption}</figcaption> : null}
        </figure>
      )
    },
    relationship: ({ node }) => {
      const href = pageOfReference(options, node)
      if (!href) return null
      return (
        <p>
          <a href={href}>{titleOf((node as LinkedDocument).value) ?? href}</a>
        </p>
      )
    },
    blocks: {
      socialEmbed: (({ node }) => {
        const embed = node.fields as SocialEmbed
        if (!embed.url) return null
        return (
          <figure data-platform={embed.platform}>
            <blockquote cite={embed.url}>
              <a href={embed.url} rel="noopener noreferrer">
                {embedLabel(options, { ...embed, url: embed.url })}
              </a>
            </blockquote>
            {embed.caption ? <figcaption>{embed.caption}</figcaption> : null}
          </figure>
        )
      }) as JSXConverter<SerializedBlockNode>,
    },
  })

/** HTML text and attribute values: the five characters HTML gives meaning to. */
const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

const attributes = (values: Record<string, null | number | string | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => ` ${name}="${escape(String(value))}"`)
    .join('')

/**
 * The same as `charityJSXConverters`, as HTML strings for
 * `convertLexicalToHTML` (an e-mail, a static page, `dangerouslySetInnerHTML`).
 */
export const charityHTMLConverters =
  (options: RichTextOptions): HTMLConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkHTMLConverter({
      internalDocToHref: ({ linkNode }) => pageOfReference(options, linkNode.fields.doc) ?? '#',
    }),
    upload: ({ node }) => {
      const upload = uploadOf(options, node.value)
      if (!upload) return ''
      const { media, url } = upload
      if (!upload.isImage) {
        return `<a${attributes({ href: url })}>${escape(media.filename ?? media.alt ?? url)}</a>`
      }
      const img = `<img${attributes({
        src: url,
        srcset: upload.srcSet,
        sizes: options.imageSizes ?? '100vw',
        alt: media.alt ?? '',
        width: media.width,
        height: media.height,
        loading: 'lazy',
        decoding: 'async',
      })}>`
      const caption = media.caption ? `<figcaption>${escape(media.caption)}</figcaption>` : ''
      return `<figure>${img}${caption}</figure>`
    },
    relationship: ({ node }) => {
      const href = pageOfReference(options, node)
      if (!href) return ''
      const title = titleOf((node as LinkedDocument).value) ?? href
      return `<p><a${attributes({ href })}>${escape(title)}</a></p>`
    },
    blocks: {
      socialEmbed: (({ node }) => {
        const embed = node.fields as SocialEmbed
        if (!embed.url) return ''
        const label = escape(embedLabel(options, { ...embed, url: embed.url }))
        const caption = embed.caption ? `<figcaption>${escape(embed.caption)}</figcaption>` : ''
        return `<figure${attributes({ 'data-platform': embed.platform })}><blockquote${attributes({ cite: embed.url })}><a${attributes({ href: embed.url, rel: 'noopener noreferrer' })}>${label}</a></blockquote>${caption}</figure>`
      }) as HTMLConverter<SerializedBlockNode>,
    },
  })
