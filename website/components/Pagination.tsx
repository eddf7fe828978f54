import type { Locale } from '../lib/locales'

import { messages } from '../lib/i18n'

/** Previous / next links that keep the list's other filters. */
export const Pagination = ({
  locale,
  page,
  totalPages,
  hrefFor,
}: {
  locale: Locale
  page: number
  totalPages: number
  hrefFor: (page: number) => string
}) => {
  if (totalPages <= 1) return null
  const t = messages(locale)
  return (
    <nav className="pagination" aria-label={t.page(page, totalPages)}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          {t.previous}
        </a>
      ) : null}
      <span>{t.page(page, totalPages)}</span>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next">
          {t.next}
        </a>
      ) : null}
    </nav>
  )
}

/** A query string from the filters that are set. */
export const queryOf = (values: Record<string, number | string | undefined>): string => {
  const query = new URLSearchParams(
    Object.entries(values)
      .filter((entry): entry is [string, string] => Boolean(entry[1]) && entry[1] !== 1)
      .map(([k, v]) => [k, String(v)]),
  ).toString()
  return query ? `?${query}` : ''
}

/** A whole page number from the address, 1 when absent or nonsense. */
export const pageNumber = (value: unknown): number => {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 && n < 10_000 ? n : 1
}

/** One query value as a slug, or undefined (anything else in the address is ignored). */
export const slugParam = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,99}$/.test(value) ? value : undefined
