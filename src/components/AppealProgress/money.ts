import { minorUnitDigits } from '../Money/majorUnits.ts'

/** `250000, 'GBP'` → `£2,500.00`. Unknown currencies fall back to `2500.00 XYZ` rather than throwing. */
export const formatMinorUnits = (
  amount: null | number | undefined,
  currency: null | string | undefined,
): string => {
  const code = (currency || 'GBP').toUpperCase()
  const digits = minorUnitDigits(code)
  const major = (amount ?? 0) / 10 ** digits
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency: code }).format(major)
  } catch {
    return `${major.toFixed(digits)} ${code}`
  }
}
