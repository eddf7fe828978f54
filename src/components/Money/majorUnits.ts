/**
 * Money as editors type and read it: major units (pounds, euros) with the
 * currency's own decimals, converted to and from the stored minor units.
 * Pure functions, shared by the admin's field, cell and the unit tests.
 */

/** Digits after the decimal point for a currency: 2 for GBP, 0 for JPY, 3 for BHD. */
export const minorUnitDigits = (currency: string): number => {
  try {
    return (
      new Intl.NumberFormat('en-GB', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    )
  } catch {
    return 2
  }
}

/** The symbol an editor sees beside the amount: `£` for GBP, `JP¥` for JPY, the code when unknown. */
export const currencySymbol = (currency: string): string => {
  try {
    const parts = new Intl.NumberFormat('en-GB', { style: 'currency', currency }).formatToParts(0)
    return parts.find((part) => part.type === 'currency')?.value ?? currency
  } catch {
    return currency
  }
}

/** `500000, 'GBP'` → `5,000.00`: the text in the input, without the symbol (shown beside it). */
export const majorUnitsText = (minor: null | number | undefined, currency: string): string => {
  if (typeof minor !== 'number' || !Number.isFinite(minor)) return ''
  const digits = minorUnitDigits(currency)
  return new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minor / 10 ** digits)
}

export type ParsedAmount = { minor: null | number } | { error: string }

/**
 * What an editor typed (`£5,000.00`, `5000`, `5 000.5`) as whole minor units
 * (500000). Refuses more decimals than the currency has rather than rounding
 * money silently. Empty input is no amount (`minor: null`).
 */
export const parseMajorUnits = (text: string, currency: string): ParsedAmount => {
  const digits = minorUnitDigits(currency)
  const symbol = currencySymbol(currency)
  // Symbols, the code, thousands separators and spaces are decoration; digits and one point are the amount.
  const bare = text
    .replaceAll(symbol, '')
    .replaceAll(currency, '')
    .replace(/[,\s\u00a0]/g, '')
  if (bare === '') return { minor: null }
  const example = majorUnitsText(25 * 10 ** digits, currency)
  const match = /^(\d+)(?:\.(\d*))?$/.exec(bare)
  if (!match) return { error: `Type the amount in ${currency} as a number, e.g. ${example}.` }
  const [, whole, fraction = ''] = match
  if (fraction.length > digits) {
    return {
      error:
        digits === 0
          ? `${currency} has no minor units: type a whole amount, e.g. ${example}.`
          : `${currency} amounts have at most ${digits} decimal places, e.g. ${example}.`,
    }
  }
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0')
  if (!Number.isSafeInteger(minor)) return { error: 'That amount is too large.' }
  return { minor }
}
