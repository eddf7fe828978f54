import type { CollectionBeforeChangeHook } from 'payload'

import { lexicalPlainText } from '../../../src/fields/richText.ts'

/** Adult silent reading speed for web text, in words per minute. */
const WORDS_PER_MINUTE = 200

/** `readingTimeMinutes` from the words of the content (at least 1 when there is any text). */
export const computeReadingTime: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const content = data.content === undefined ? originalDoc?.content : data.content
  const words = lexicalPlainText(content).split(/\s+/).filter(Boolean).length
  return { ...data, readingTimeMinutes: words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)) }
}
