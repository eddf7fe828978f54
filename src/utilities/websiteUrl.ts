/**
 * Where a document lives on the website: `<base>/<section>/<slug>`, or null
 * when there is no website address or no slug yet. The one place page
 * addresses are made (preview, feeds, calendars, structured data).
 */
export const websitePageUrl = (
  base: null | string,
  section: string,
  slug: unknown,
): null | string =>
  base && typeof slug === 'string' && slug ? `${base}/${section}/${encodeURIComponent(slug)}` : null
