import type { Locale } from './locales'

import { localePath } from './locales'

/** A document's page: `/posts/<slug>`, `/cy/events/<slug>` (the backend's preview addresses). */
export const pagePath = (
  locale: Locale,
  section: string,
  slug: null | string | undefined,
): string => localePath(locale, `/${section}/${encodeURIComponent(slug ?? '')}`)
