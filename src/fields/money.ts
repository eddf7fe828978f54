import type { NumberFieldSingleValidation, TextFieldSingleValidation } from 'payload'

/** Every ISO 4217 code this Node.js knows (Intl), e.g. GBP, EUR, USD. */
const ISO_4217 = new Set(Intl.supportedValuesOf('currency'))

export const isCurrencyCode = (value: unknown): value is string =>
  typeof value === 'string' && ISO_4217.has(value)

export const validateCurrency: TextFieldSingleValidation = (value) =>
  value === null || value === undefined || isCurrencyCode(value)
    ? true
    : `"${String(value)}" is not an ISO 4217 currency code: use three capital letters such as GBP, EUR or USD.`

/** Money is whole minor units (pence): a positive safe integer. */
export const isMinorUnits = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0

export const validateMinorUnits: NumberFieldSingleValidation = (value, { required }) => {
  if (value === null || value === undefined) return required ? 'This amount is required.' : true
  return isMinorUnits(value)
    ? true
    : 'Amounts are whole numbers of minor units greater than 0 (e.g. 2500 for £25.00).'
}
