import type { Metadata } from 'next'
import type { ComponentProps, ComponentType } from 'react'

import type { ArticleProps } from '../components/articles'
import type { Reader } from './api/client'
import type { Section } from './api/types'
import type { Locale } from './locales'
import type { SlugParams } from './page'

import { notFound } from 'next/navigation'

import { JsonLd } from '../components/JsonLd'
import { LivePreview } from '../components/LivePreview'
import { getJsonLd } from './api/site'
import { BACKEND_PUBLIC_URL } from './config'
import { isLocale } from './locales'
import { pageMetadata } from './page'
import { readerFor } from './preview'

type SeoSource = { title?: null | string; description?: null | string; image?: unknown }

type DetailPage<T> = {
  section: Section
  read: (reader: Reader, slug: string) => Promise<null | T>
  Article: ComponentType<ArticleProps<T>>
  /** Title, description and picture for search and sharing: `meta` first, then the document's own. */
  seo: (doc: T) => SeoSource
  /** Extra props for the article (an event's calendar link). */
  extra?: (doc: T) => Record<string, unknown>
}

const localeOf = (given: string): Locale => (isLocale(given) ? given : 'en')

/**
 * A document's page (`/<section>/<slug>`): published for everyone, rendered
 * on the server; in draft mode, the editor's draft, re-rendered in the browser
 * as they type (live preview). A slug with no published document is a 404.
 */
export const detailPage = <T extends { id: number | string }>(page: DetailPage<T>) => {
  const generateMetadata = async ({ params }: SlugParams): Promise<Metadata> => {
    const { locale: given, slug } = await params
    const locale = localeOf(given)
    const doc = await page.read(await readerFor(locale), slug)
    if (!doc) return {}
    const seo = page.seo(doc)
    return pageMetadata({
      locale,
      path: `/${page.section}/${slug}`,
      title: seo.title,
      description: seo.description,
      image: seo.image,
      type: page.section === 'posts' ? 'article' : 'website',
    })
  }

  const Page = async ({ params }: SlugParams) => {
    const { locale: given, slug } = await params
    const locale = localeOf(given)
    const reader = await readerFor(locale)
    const [doc, jsonLd] = await Promise.all([
      page.read(reader, slug),
      getJsonLd(reader, page.section, slug),
    ])
    if (!doc) notFound()
    const common = { locale, backend: BACKEND_PUBLIC_URL, ...(page.extra?.(doc) ?? {}) }
    return (
      <>
        <JsonLd json={jsonLd} />
        {reader.draftToken ? (
          <LivePreview
            {...({ kind: page.section, initial: doc, ...common } as unknown as ComponentProps<
              typeof LivePreview
            >)}
            adminOrigin={new URL(BACKEND_PUBLIC_URL).origin}
          />
        ) : (
          <page.Article doc={doc} {...common} />
        )}
      </>
    )
  }

  return { generateMetadata, Page }
}

/** `meta` fields first, then the document's own, as the backend's docs advise. */
export const seoOf = (
  doc: {
    meta?: { title?: null | string; description?: null | string; image?: unknown }
    heroImage?: unknown
  },
  title: null | string | undefined,
  description: null | string | undefined,
): SeoSource => ({
  title: doc.meta?.title || title,
  description: doc.meta?.description || description,
  image: doc.meta?.image || doc.heroImage,
})
