/**
 * Rich text (Lexical JSON from the backend) to React, with the converter
 * set-up the plugin package exports (`payload-plugin-charity/richtext`):
 * links to our documents at this site's addresses, images with `srcset` from
 * the backend's public address, related documents as links, and the
 * `socialEmbed` block as a plain link (no third-party script on our pages).
 *
 * Server and client components both use it (live preview renders on the client).
 */
import type { Locale } from './locales'

import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import { charityJSXConverters } from 'payload-plugin-charity/richtext'

import { mediaUrl } from './media'
import { referencePath } from './paths'

const converters = (locale: Locale, backendPublicUrl: string) =>
  charityJSXConverters({
    pageUrl: ({ relationTo, value }) => referencePath(locale, relationTo, value),
    mediaUrl: (url) => mediaUrl(url, backendPublicUrl) ?? url,
    imageSizes: '(min-width: 48rem) 44rem, 100vw',
    socialEmbedLabel: (platform) =>
      locale === 'cy' ? `Gweld y neges ar ${platform}` : `View the post on ${platform}`,
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
