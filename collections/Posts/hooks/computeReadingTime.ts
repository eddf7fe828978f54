import type { CollectionBeforeChangeHook } from 'payload'

import { lexicalPlainText } from '../../../src/fields/richText.ts'

/** Adult silent reading speed for web text, in words per minute. */
const WORDS_PER_MINUTE = 200

/**
 * `readingTimeMinutes` from the words of the content in the locale being saved
 * (at least 1 when there is any text). A translation with no text of its own
 * stores nothing, so its readers fall back to the default locale's text and
 * reading time together.
 */
export const computeReadingTime: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const content = data.content === undefined ? originalDoc?.content : data.content
  const words = lexicalPlainText(content).split(/\s+/).filter(Boolean).length
  const localization = req.payload.config.localization
  const isTranslation = Boolean(
    localization && req.locale && req.locale !== localization.defaultLocale,
  )
  if (words === 0 && isTranslation) return { ...data, readingTimeMinutes: null }
  return {
    ...data,
    readingTimeMinutes: words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)),
  }
}
