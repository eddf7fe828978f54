/** Field builders for reuse in the host's own collections (`payload-plugin-charity/fields`). */
export { createdByField } from '../fields/createdBy.ts'
export { linkField } from '../fields/link.ts'
export { metaField } from '../fields/meta.ts'
export {
  isCurrencyCode,
  isMinorUnits,
  moneyField,
  validateCurrency,
  validateMinorUnits,
  validateMoney,
} from '../fields/money.ts'
export type { MoneyFieldOptions } from '../fields/money.ts'
export { contentEditor, lexicalPlainText, SocialEmbedBlock } from '../fields/richText.ts'
export type { RichTextSlugs } from '../fields/richText.ts'
export { roleField } from '../fields/role.ts'
export { SLUG_PATTERN, slugField, slugify } from '../fields/slug.ts'
export { validateAfter } from '../fields/validateAfter.ts'
