import type { CollectionConfig } from 'payload'

import { websitePageUrl } from '../utilities/websiteUrl.ts'

/**
 * `admin.preview` and `admin.livePreview` for a collection with public pages,
 * pointing at the website. With no website address the admin shows neither
 * button, rather than one that leads nowhere.
 */
export const frontendPreview = (
  base: null | string,
  section: string,
): Pick<NonNullable<CollectionConfig['admin']>, 'livePreview' | 'preview'> => {
  if (!base) return {}
  return {
    preview: (doc) => websitePageUrl(base, section, doc.slug),
    livePreview: { url: ({ data }) => websitePageUrl(base, section, data?.slug) },
  }
}
