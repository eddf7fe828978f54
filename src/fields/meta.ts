import type { Field } from 'payload'

/** SEO and social sharing: `meta { title, description, image }`. */
/** `mediaSlug: null` when the host left the media collection out: no image then. */
export const metaField = (
  mediaSlug: null | string = 'media',
  name = 'meta',
  label = 'SEO and sharing',
): Field => ({
  name,
  type: 'group',
  label,
  admin: {
    description:
      'What search engines and social networks show. Falls back to the title and summary.',
  },
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 200 },
    ...(mediaSlug ? [{ name: 'image', type: 'upload' as const, relationTo: mediaSlug }] : []),
  ],
})
