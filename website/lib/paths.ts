import type { Locale } from './locales'

import { localePath } from './locales'

/** A document's page: `/posts/<slug>`, `/cy/events/<slug>` (the backend's preview addresses). */
export const pagePath = (
  locale: Locale,
  section: string,
  slug: null | string | undefined,
): string => localePath(locale, `/${section}/${encodeURIComponent(slug ?? '')}`)

type LinkValue = { slug?: null | string; breadcrumbs?: null | { url?: null | string }[] }

/**
 * Where a link to one of our documents goes on this site: a page at its own
 * (nested) path, anything else at `/<section>/<slug>`. Null when the document
 * is not populated or has no address yet.
 */
export const referencePath = (
  locale: Locale,
  relationTo: string,
  value: unknown,
): null | string => {
  if (!value || typeof value !== 'object') return null
  const doc = value as LinkValue
  if (relationTo === 'pages') {
    const own = doc.breadcrumbs?.at(-1)?.url ?? (doc.slug ? `/${doc.slug}` : null)
    return own?.startsWith('/') ? localePath(locale, own) : null
  }
  return doc.slug ? pagePath(locale, relationTo, doc.slug) : null
}
