/**
 * Rich text (Lexical JSON from the backend) to React, with
 * `@payloadcms/richtext-lexical`'s JSX converters: the defaults, plus what this
 * site needs. Kept in this one module so the converter set-up the plugin
 * package will export can replace it in one place.
 *
 * - links to our own documents (`fields.doc`) go to this site's pages;
 * - images use every same-shaped size as `srcset`, from the backend's address;
 * - `relationship` nodes become a link to the related page;
 * - the `socialEmbed` block is a plain link to the post: no third-party script
 *   runs on our pages (privacy and speed), and the reader chooses to visit it.
 *
 * Server and client components both use it (live preview renders on the client).
 */
import type { SerializedBlockNode } from '@payloadcms/richtext-lexical'
import type { JSXConverter, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import type { Media } from './api/types'
import type { Locale } from './locales'

import { LinkJSXConverter, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import { localePath } from './locales'
import { mediaUrl, srcSet } from './media'

type DocReference = { relationTo?: string; value?: unknown }
type SocialEmbed = {
  blockType: 'socialEmbed'
  platform?: string
  url?: string
  caption?: null | string
}

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

/** The site's address of a linked document, or null when it was not populated (a draft, or depth 0). */
export const documentPath = (
  reference: DocReference | undefined,
  locale: Locale,
): null | string => {
  const value = reference?.value
  const slug = value && typeof value === 'object' ? (value as { slug?: unknown }).slug : null
  if (!reference?.relationTo || typeof slug !== 'string') return null
  return localePath(locale, `/${reference.relationTo}/${encodeURIComponent(slug)}`)
}

const converters =
  (locale: Locale, backendPublicUrl: string): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({
      internalDocToHref: ({ linkNode }) =>
        documentPath(linkNode.fields.doc as DocReference, locale) ?? '#',
    }),
    upload: ({ node }) => {
      const media = node.value as Media | number
      if (!media || typeof media !== 'object' || !media.url) return null
      if (!media.mimeType?.startsWith('image/')) {
        return <a href={mediaUrl(media.url, backendPublicUrl)}>{media.filename ?? media.alt}</a>
      }
      return (
        <figure className="rich-image">
          <img
            src={mediaUrl(media.sizes?.card?.url ?? media.url, backendPublicUrl)}
            srcSet={srcSet(media, backendPublicUrl)}
            sizes="(min-width: 48rem) 44rem, 100vw"
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
      const reference = node as unknown as DocReference
      const href = documentPath(reference, locale)
      const title = reference.value as { title?: string; name?: string } | undefined
      if (!href) return null
      return (
        <p className="rich-relationship">
          <a href={href}>{title?.title ?? title?.name ?? href}</a>
        </p>
      )
    },
    blocks: {
      socialEmbed: (({ node }) => {
        const embed = node.fields as unknown as SocialEmbed
        if (!embed.url) return null
        const platform = PLATFORMS[embed.platform ?? ''] ?? new URL(embed.url).hostname
        return (
          <figure className="social-embed" data-platform={embed.platform}>
            <blockquote cite={embed.url}>
              <a href={embed.url} rel="noopener noreferrer">
                {locale === 'cy' ? `Gweld y neges ar ${platform}` : `View the post on ${platform}`}
              </a>
            </blockquote>
            {embed.caption ? <figcaption>{embed.caption}</figcaption> : null}
          </figure>
        )
      }) as JSXConverter<SerializedBlockNode>,
    },
  })

export type RichTextData = Parameters<typeof LexicalRichText>[0]['data']

/** A rich text field as the page's body. `lang="en"` when it fell back to English. */
export const RichText = ({
  data,
  locale,
  backendPublicUrl,
  lang,
}: {
  data: unknown
  locale: Locale
  backendPublicUrl: string
  lang?: string
}) => {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <div className="rich-text" lang={lang}>
      <LexicalRichText
        data={data as RichTextData}
        converters={converters(locale, backendPublicUrl)}
        disableContainer
      />
    </div>
  )
}
