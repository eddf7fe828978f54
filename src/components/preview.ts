import type { CollectionConfig } from 'payload'

/** The website's base address (no trailing slash), or null when there is no website to preview on. */
export const frontendURL = (value: string | undefined = process.env.FRONTEND_URL): null | string => {
  const trimmed = value?.trim().replace(/\/+$/, '')
  return trimmed ? trimmed : null
}

/** Where a document lives on the website: `${FRONTEND_URL}/${pathPrefix}/${slug}`. */
export const frontendPath = (base: string, pathPrefix: string, slug: unknown): null | string =>
  typeof slug === 'string' && slug ? `${base}/${pathPrefix}/${encodeURIComponent(slug)}` : null

/**
 * `admin.preview` and `admin.livePreview` for a collection with public pages,
 * pointing at the website. With no FRONTEND_URL the admin shows neither
 * button, rather than one that leads nowhere.
 */
export const frontendPreview = (
  pathPrefix: string,
  base: null | string = frontendURL(),
): Pick<NonNullable<CollectionConfig['admin']>, 'livePreview' | 'preview'> => {
  if (!base) return {}
  return {
    preview: (doc) => frontendPath(base, pathPrefix, doc.slug),
    livePreview: { url: ({ data }) => frontendPath(base, pathPrefix, data?.slug) },
  }
}
