import type { Field } from 'payload'

/** SEO and social sharing: `meta { title, description, image }`. */
export const metaField = (mediaSlug = 'media', name = 'meta', label = 'SEO and sharing'): Field => ({
  name,
  type: 'group',
  label,
  admin: { description: 'What search engines and social networks show. Falls back to the title and summary.' },
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 200 },
    { name: 'image', type: 'upload', relationTo: mediaSlug },
  ],
})
