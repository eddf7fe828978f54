import type { Metadata } from 'next'

import type { LocaleParams } from '../../../lib/page'

import { Pagination, pageNumber, queryOf } from '../../../components/Pagination'
import { searchSite } from '../../../lib/api/search'
import { messages } from '../../../lib/i18n'
import { isLocale, localePath } from '../../../lib/locales'
import { pageMetadata } from '../../../lib/page'

/** The words come from the address, so this page renders per request; its reads are still cached. */
export const dynamic = 'force-dynamic'

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale)
    ? pageMetadata({ locale, path: '/search', title: messages(locale).siteSearch })
    : {}
}

/** Site search (`?q=&page=`): everything published, best first, in the page's language. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale: given } = await params
  const locale = isLocale(given) ? given : 'en'
  const t = messages(locale)
  const query = await searchParams
  const q = typeof query.q === 'string' ? query.q.trim() : ''
  // The backend pages to 50; past that there is nothing to show.
  const page = Math.min(50, pageNumber(query.page))
  const found = q ? await searchSite(locale, q, page) : null
  return (
    <>
      <h1>{t.siteSearch}</h1>
      <form role="search" action={localePath(locale, '/search')} method="get">
        <label htmlFor="q">{t.searchLabel}</label>
        <input id="q" name="q" type="search" defaultValue={q} maxLength={200} required />
        <button type="submit">{t.siteSearch}</button>
      </form>
      {q && !found ? <p role="alert">{t.searchRefused}</p> : null}
      {found ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t.searchResults(q, found.totalDocs)}</h2>
          <ol className="search-results">
            {found.docs.map((result) => (
              <li key={`${result.type}-${result.id}`}>
                <p className="kind">{t.resultKind(result.type)}</p>
                <h3>
                  <a href={result.path ?? localePath(locale, '/')}>{result.title}</a>
                </h3>
                {/* The backend escapes the text and adds only <mark> around the matching words. */}
                <p dangerouslySetInnerHTML={{ __html: result.snippet }} />
              </li>
            ))}
          </ol>
          <Pagination
            locale={locale}
            page={found.page}
            totalPages={found.totalPages}
            hrefFor={(n) => localePath(locale, `/search${queryOf({ q, page: n })}`)}
          />
        </section>
      ) : null}
    </>
  )
}
