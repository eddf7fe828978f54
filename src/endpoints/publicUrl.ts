/** The website's address for a document, when FRONTEND_URL is set (feeds and calendars link to it). */
export const websiteUrl = (section: string, slug: null | string | undefined): string | undefined => {
  const base = process.env.FRONTEND_URL?.replace(/\/+$/, '')
  if (!base || !slug) return undefined
  return `${base}/${section}/${encodeURIComponent(slug)}`
}
