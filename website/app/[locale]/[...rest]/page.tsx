import type { Metadata } from 'next'

import { notFound, permanentRedirect, redirect } from 'next/navigation'

import { PageArticle } from '../../../components/articles'
import { JsonLd } from '../../../components/JsonLd'
import { LivePreview } from '../../../components/LivePreview'
import { findRedirect, getPage, pagePathOf } from '../../../lib/api/pages'
import { getJsonLd } from '../../../lib/api/site'
import { BACKEND_PUBLIC_URL } from '../../../lib/config'
import { isLocale, localePath } from '../../../lib/locales'
import { pageMetadata } from '../../../lib/page'
import { readerFor } from '../../../lib/preview'

type Params = { params: Promise<{ locale: string; rest: string[] }> }

export const generateStaticParams = () => []

const read = async ({ params }: Params) => {
  const { locale: given, rest } = await params
  const locale = isLocale(given) ? given : 'en'
  const path = `/${rest.map((segment) => decodeURIComponent(segment)).join('/')}`
  const reader = await readerFor(locale)
  const found = await getPage(reader, path)
  const own = found ? pagePathOf(found) : null
  return { locale, path, reader, own, page: own === path ? found : null }
}

export const generateMetadata = async (props: Params): Promise<Metadata> => {
  const { locale, path, page } = await read(props)
  if (!page) return {}
  return pageMetadata({
    locale,
    path,
    title: page.meta?.title || page.title,
    description: page.meta?.description || page.summary,
    image: page.meta?.image || page.heroImage,
  })
}

/**
 * Any address no section answers: one of the editors' pages at its path
 * (`/about`, `/get-involved/training`), else where the backend's redirects
 * send it (a changed slug, a moved page), else the site's 404.
 */
export default async function SitePage(props: Params) {
  const { locale, path, reader, own, page } = await read(props)
  // The admin's live preview knows a new page's slug before its parent's path: take the editor there.
  if (!page && own && reader.draftToken) redirect(localePath(locale, own))
  if (!page) {
    const moved = await findRedirect(reader, path)
    if (!moved) notFound()
    if (moved.permanent) permanentRedirect(moved.destination)
    redirect(moved.destination)
  }
  const common = { locale, backend: BACKEND_PUBLIC_URL }
  return (
    <>
      <JsonLd json={await getJsonLd(reader, 'pages', page.slug ?? '')} />
      {reader.draftToken ? (
        <LivePreview
          kind="pages"
          initial={page}
          {...common}
          adminOrigin={new URL(BACKEND_PUBLIC_URL).origin}
        />
      ) : (
        <PageArticle doc={page} {...common} />
      )}
    </>
  )
}
