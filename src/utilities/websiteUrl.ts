/** A document's page from the website's root, `/<section>/<slug>`, or null without a slug yet. */
export const websitePagePath = (section: string, slug: unknown): null | string =>
  typeof slug === 'string' && slug ? `/${section}/${encodeURIComponent(slug)}` : null

/**
 * Where a document lives on the website: `<base>/<section>/<slug>`, or null
 * when there is no website address or no slug yet. The one place page
 * addresses are made (preview, feeds, calendars, structured data).
 */
export const websitePageUrl = (
  base: null | string,
  section: string,
  slug: unknown,
): null | string => {
  const path = websitePagePath(section, slug)
  return base && path ? `${base}${path}` : null
}
