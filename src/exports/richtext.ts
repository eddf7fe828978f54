/**
 * Rendering the plugin's rich text on a website (`payload-plugin-charity/richtext`):
 * converter set-ups for `@payloadcms/richtext-lexical`'s React and HTML converters.
 */
export {
  charityHTMLConverters,
  charityJSXConverters,
  srcSetOf,
  TEXT_FORMAT,
} from '../richtext/converters.tsx'
export type { LinkedDocument, RichTextOptions } from '../richtext/converters.tsx'
