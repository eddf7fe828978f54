import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import type { LocaleParams } from '../../lib/page'

import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { Footer, Header } from '../../components/SiteChrome'
import { BACKEND_PUBLIC_URL, WEBSITE_URL } from '../../lib/config'
import { messages } from '../../lib/i18n'
import { isLocale, languageTag } from '../../lib/locales'
import { layoutFor } from '../../lib/page'

import '../globals.css'

/**
 * Nothing is rendered at build time (the build needs no running backend):
 * each page renders on its first visit and is then served from Next's cache
 * until a webhook names it (or REVALIDATE_SECONDS pass).
 */
export const generateStaticParams = () => []
export const dynamicParams = true

export const viewport: Viewport = { themeColor: '#1d4e89', width: 'device-width', initialScale: 1 }

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const feed = `${BACKEND_PUBLIC_URL}/api/posts/feed.xml${locale === 'cy' ? '?locale=cy' : ''}`
  return {
    metadataBase: new URL(WEBSITE_URL),
    icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
    alternates: {
      types: {
        'application/rss+xml': [{ url: feed, title: messages(locale).feeds }],
        'application/atom+xml': [{ url: feed.replace('feed.xml', 'feed.atom'), title: 'Atom' }],
        'application/feed+json': [
          { url: feed.replace('feed.xml', 'feed.json'), title: 'JSON Feed' },
        ],
        'text/calendar': [
          { url: `${BACKEND_PUBLIC_URL}/api/events/calendar.ics`, title: messages(locale).events },
        ],
      },
    },
  }
}

export default async function LocaleLayout({
  children,
  params,
}: LocaleParams & { children: ReactNode }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messages(locale)
  const layout = await layoutFor(locale)
  const preview = (await draftMode()).isEnabled
  return (
    <html lang={languageTag(locale)}>
      <body>
        <a className="skip" href="#main">
          {t.skipToContent}
        </a>
        {preview ? (
          <p className="preview-banner" role="status">
            {t.previewBanner} <a href="/api/preview/exit">{t.exitPreview}</a>
          </p>
        ) : null}
        <Header layout={layout} locale={locale} />
        <main id="main" className="wrap">
          {children}
        </main>
        <Footer
          layout={layout}
          locale={locale}
          feedUrl={`${BACKEND_PUBLIC_URL}/api/posts/feed.xml${locale === 'cy' ? '?locale=cy' : ''}`}
        />
      </body>
    </html>
  )
}
