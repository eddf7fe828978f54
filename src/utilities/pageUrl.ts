/**
 * Where a document lives on the website. Every page address the plugin makes
 * (preview, live preview, feeds, calendars, structured data, the sitemap,
 * webhooks' `url`, redirects) comes from the one `pageUrl` of the context:
 * the host's option, or `defaultPageUrl` below.
 */

/** What `pageUrl` is asked about: a collection (its slug in this config), a document as read, a language. */
export type PageUrlArgs = {
  collection: string
  doc: Record<string, unknown>
  /** The language of the page, or null when the config has no localization. */
  locale: null | string
}

/** A page's absolute address on the website, or null when it has none (no website, no slug yet). */
export type PageUrl = (args: PageUrlArgs) => null | string

/** `/a/b` from a page's breadcrumbs (nested pages), in the language asked for. */
const breadcrumbPath = (doc: Record<string, unknown>): null | string => {
  const crumbs = doc.breadcrumbs
  if (!Array.isArray(crumbs) || !crumbs.length) return null
  const last = crumbs[crumbs.length - 1] as { url?: unknown } | null
  return typeof last?.url === 'string' && last.url.startsWith('/') ? last.url : null
}

/**
 * The path the default scheme gives a document, without the website's
 * address: `/<section>/<slug>`, a page's own nested path (`/get-involved/training`),
 * and `/<locale>` before it for every language but the default (`/cy/posts/…`).
 */
export const defaultPagePath = (
  settings: { sections: Record<string, string>; defaultLocale: null | string },
  { collection, doc, locale }: PageUrlArgs,
): null | string => {
  const slug = doc.slug
  if (typeof slug !== 'string' || !slug) return null
  const section = settings.sections[collection] ?? collection
  const own = section
    ? `/${section}/${encodeURIComponent(slug)}`
    : (breadcrumbPath(doc) ?? `/${encodeURIComponent(slug)}`)
  const prefix = locale && settings.defaultLocale && locale !== settings.defaultLocale
  return prefix ? `/${locale}${own}` : own
}

/** The default `pageUrl`: the website's address and the default path; null without a website address. */
export const defaultPageUrl =
  (settings: {
    websiteUrl: null | string
    sections: Record<string, string>
    defaultLocale: null | string
  }): PageUrl =>
  (args) => {
    if (!settings.websiteUrl) return null
    const path = defaultPagePath(settings, args)
    return path ? `${settings.websiteUrl}${path}` : null
  }

/**
 * The path part of a page's address, as a website routes it and redirects
 * record it: from `pageUrl` when it gives an address, otherwise the default
 * scheme's path (a backend without a website address still records redirects).
 */
export const pagePathOf = (
  ctx: {
    pageUrl: PageUrl
    websiteSections: Record<string, string>
    defaultLocale: null | string
  },
  args: PageUrlArgs,
): null | string => {
  const url = ctx.pageUrl(args)
  if (url) {
    try {
      return new URL(url).pathname
    } catch {
      // A host's pageUrl may answer with a path rather than an address.
      return url.startsWith('/') ? url : null
    }
  }
  return defaultPagePath({ sections: ctx.websiteSections, defaultLocale: ctx.defaultLocale }, args)
}

/** The language a request reads in, as page addresses want it: none for `locale=all`. */
export const pageLocaleOf = (req: { locale?: null | string }): null | string =>
  req.locale && req.locale !== 'all' ? req.locale : null
