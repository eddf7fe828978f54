import type { Field, FieldHook, TextFieldSingleValidation } from 'payload'

/** Lower-case words joined by single hyphens: safe in any URL without escaping. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** "Training Day: London & Wales!" → "training-day-london-wales" */
export const slugify = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')

const validateSlug: TextFieldSingleValidation = (value) => {
  if (value === null || value === undefined || value === '') return true
  return SLUG_PATTERN.test(value)
    ? true
    : 'A slug may only hold lower-case letters, digits and single hyphens (e.g. "london-training-day").'
}

/**
 * The title a slug is made from: a plain string, or (when every locale is
 * written at once) the config's default locale's text, whatever that locale is.
 */
export const slugSource = (
  source: unknown,
  defaultLocale: string | undefined,
): string | undefined => {
  if (typeof source === 'string') return source
  if (source && typeof source === 'object' && defaultLocale) {
    const text = (source as Record<string, unknown>)[defaultLocale]
    return typeof text === 'string' ? text : undefined
  }
  return undefined
}

/** Fill an empty slug from the title (in the default locale); an editor may change it. */
const generateSlugFrom =
  (sourceField: string): FieldHook =>
  ({ data, originalDoc, req, value }) => {
    if (typeof value === 'string' && value.trim()) return value.trim()
    const localization = req.payload.config.localization
    const title = slugSource(
      data?.[sourceField] ?? originalDoc?.[sourceField],
      localization ? localization.defaultLocale : undefined,
    )
    return title && title.trim() ? slugify(title) : value
  }

/** `slug`: generated from the title, editable, URL-safe, unique in its collection. */
export const slugField = (sourceField = 'title'): Field => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  validate: validateSlug,
  hooks: { beforeValidate: [generateSlugFrom(sourceField)] },
  admin: {
    position: 'sidebar',
    description: `Part of the page address. Left empty, it is made from the ${sourceField}.`,
  },
})
