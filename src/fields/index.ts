/** Field builders for reuse in the host's own collections. */
export { createdByField } from './createdBy.ts'
export { linkField } from './link.ts'
export { metaField } from './meta.ts'
export { isCurrencyCode, isMinorUnits, validateCurrency, validateMinorUnits } from './money.ts'
export { contentEditor, lexicalPlainText, SocialEmbedBlock } from './richText.ts'
export type { RichTextSlugs } from './richText.ts'
export { roleField } from './role.ts'
export { SLUG_PATTERN, slugField, slugify } from './slug.ts'
