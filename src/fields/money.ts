import type { NumberField, NumberFieldSingleValidation, TextFieldSingleValidation } from 'payload'

import { ADMIN_COMPONENTS } from '../components/paths.ts'

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

export type MoneyFieldOptions = {
  name: string
  /** Path of the document's ISO 4217 currency field (e.g. `currency`); the admin reads the symbol and decimals from it. */
  currencyField?: string
  /** The currency when the document has no currency field. */
  currency?: string
  required?: boolean
  label?: string
  /** Shown under the input; defaults to the currency and its symbol. */
  description?: string
  /** Extra `admin` settings (condition, width, readOnly). */
  admin?: NumberField['admin']
}

/**
 * An amount of money stored in whole minor units (pence), as the API has it,
 * but typed and shown in the admin in major units with the currency's symbol
 * and decimals (`£5,000.00`), in the edit view and the list.
 */
export const moneyField = ({
  name,
  currencyField,
  currency,
  required,
  label,
  description,
  admin,
}: MoneyFieldOptions): NumberField => {
  return {
    name,
    type: 'number',
    ...(label ? { label } : {}),
    required,
    validate: validateMoney,
    admin: {
      ...admin,
      ...(description ? { description } : {}),
      components: moneyComponents({ currencyField, currency }),
    },
  }
}

/**
 * The admin's money input and list cell alone, for a number of minor units
 * that keeps its own validation (the ledger's totals, which may be 0 or less
 * after refunds): shown as `£1,234.50`, stored as 123450.
 */
export const moneyComponents = (
  clientProps: Pick<MoneyFieldOptions, 'currency' | 'currencyField'>,
): NonNullable<NonNullable<NumberField['admin']>['components']> => ({
  Field: { path: ADMIN_COMPONENTS.moneyField, clientProps },
  Cell: { path: ADMIN_COMPONENTS.moneyCell, clientProps },
})

/**
 * Minor units, as `validateMinorUnits`; the admin's money input leaves text
 * it cannot read as an amount in the form, refused here in an editor's words.
 */
export const validateMoney: NumberFieldSingleValidation = (value, options) =>
  typeof value === 'string'
    ? `"${value}" is not an amount: type it with digits and at most one decimal point, e.g. 25.00.`
    : validateMinorUnits(value, options)
