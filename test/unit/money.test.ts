import type { Config } from 'payload'

import { formatMinorUnits } from '../../src/components/AppealProgress/money.ts'
import {
  currencySymbol,
  majorUnitsText,
  parseMajorUnits,
} from '../../src/components/Money/majorUnits.ts'
import { ADMIN_COMPONENTS } from '../../src/components/paths.ts'
import { isCurrencyCode, isMinorUnits } from '../../src/fields/money.ts'
import { isAppealOpen, progressPercentOf } from '../../src/ledger/progress.ts'
import { charityPlugin } from '../../src/plugin.ts'

describe('money in minor units', () => {
  it('accepts ISO 4217 codes only, in capitals', () => {
    expect(isCurrencyCode('GBP')).toBe(true)
    expect(isCurrencyCode('EUR')).toBe(true)
    expect(isCurrencyCode('gbp')).toBe(false)
    expect(isCurrencyCode('XXY')).toBe(false)
    expect(isCurrencyCode(826)).toBe(false)
  })

  it('accepts whole positive amounts only', () => {
    expect(isMinorUnits(2500)).toBe(true)
    expect(isMinorUnits(0)).toBe(false)
    expect(isMinorUnits(-1)).toBe(false)
    expect(isMinorUnits(25.5)).toBe(false)
    expect(isMinorUnits(Number.MAX_SAFE_INTEGER + 1)).toBe(false)
    expect(isMinorUnits('2500')).toBe(false)
  })

  it("formats with the currency's own decimals", () => {
    expect(formatMinorUnits(500000, 'GBP')).toBe('£5,000.00')
    expect(formatMinorUnits(5000, 'JPY')).toBe('JP¥5,000')
    expect(formatMinorUnits(null, 'EUR')).toBe('€0.00')
  })
})

describe('money as editors type it (major units)', () => {
  it('reads £5,000.00, 5000 and 5 000 as 500000 pence', () => {
    expect(parseMajorUnits('£5,000.00', 'GBP')).toEqual({ minor: 500000 })
    expect(parseMajorUnits('5000', 'GBP')).toEqual({ minor: 500000 })
    expect(parseMajorUnits(' 5 000 ', 'GBP')).toEqual({ minor: 500000 })
    expect(parseMajorUnits('12.5', 'GBP')).toEqual({ minor: 1250 })
    expect(parseMajorUnits('0.07', 'GBP')).toEqual({ minor: 7 })
  })

  it("uses the currency's own decimals: none for JPY, three for BHD", () => {
    expect(parseMajorUnits('JP¥5,000', 'JPY')).toEqual({ minor: 5000 })
    expect(parseMajorUnits('1.234', 'BHD')).toEqual({ minor: 1234 })
    expect(majorUnitsText(5000, 'JPY')).toBe('5,000')
    expect(majorUnitsText(1234, 'BHD')).toBe('1.234')
    expect(majorUnitsText(500000, 'GBP')).toBe('5,000.00')
  })

  it('refuses text that is not an amount, and decimals the currency has not, with a message', () => {
    expect(parseMajorUnits('five pounds', 'GBP')).toEqual({
      error: 'Type the amount in GBP as a number, e.g. 25.00.',
    })
    expect(parseMajorUnits('-5', 'GBP')).toHaveProperty('error')
    expect(parseMajorUnits('5.001', 'GBP')).toEqual({
      error: 'GBP amounts have at most 2 decimal places, e.g. 25.00.',
    })
    expect(parseMajorUnits('5.5', 'JPY')).toEqual({
      error: 'JPY has no minor units: type a whole amount, e.g. 25.',
    })
  })

  it('is no amount when empty', () => {
    expect(parseMajorUnits('', 'GBP')).toEqual({ minor: null })
    expect(parseMajorUnits('£', 'GBP')).toEqual({ minor: null })
  })

  it("shows the currency's symbol, or its code when it has none", () => {
    expect(currencySymbol('GBP')).toBe('£')
    expect(currencySymbol('EUR')).toBe('€')
    expect(currencySymbol('BHD')).toBe('BHD')
  })
})

describe('appeal progress', () => {
  it('is the whole percent of the target raised, and may pass 100', () => {
    expect(progressPercentOf({ raisedAmount: 2500, targetAmount: 10000 })).toBe(25)
    expect(progressPercentOf({ raisedAmount: 9999, targetAmount: 10000 })).toBe(99)
    expect(progressPercentOf({ raisedAmount: 15000, targetAmount: 10000 })).toBe(150)
  })

  it('is 0 without a target', () => {
    expect(progressPercentOf({ raisedAmount: 2500, targetAmount: 0 })).toBe(0)
    expect(progressPercentOf({ raisedAmount: 2500 })).toBe(0)
  })
})

describe('an appeal is open', () => {
  const now = new Date('2030-06-01T12:00:00Z')

  it('when published and inside its window', () => {
    expect(isAppealOpen({ _status: 'published' }, now)).toBe(true)
    expect(
      isAppealOpen(
        { _status: 'published', opensAt: '2030-05-01T00:00:00Z', closesAt: '2030-07-01T00:00:00Z' },
        now,
      ),
    ).toBe(true)
  })

  it('not as a draft, before it opens, or from the moment it closes', () => {
    expect(isAppealOpen({ _status: 'draft' }, now)).toBe(false)
    expect(isAppealOpen({ _status: 'published', opensAt: '2030-06-02T00:00:00Z' }, now)).toBe(false)
    expect(isAppealOpen({ _status: 'published', closesAt: '2030-06-01T12:00:00Z' }, now)).toBe(
      false,
    )
  })
})

describe('money fields in the admin', () => {
  type AnyField = {
    name?: string
    type: string
    fields?: AnyField[]
    tabs?: AnyField[]
    admin?: { components?: { Field?: unknown } }
  }
  /** Every field of a config, through rows, tabs, groups, arrays and collapsibles. */
  const everyField = (fields: AnyField[], prefix = ''): [string, AnyField][] =>
    fields.flatMap((field) => {
      const here = field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
      const nested = [...(field.fields ?? []), ...(field.tabs ?? [])]
      return [
        ...(field.name ? [[here, field] as [string, AnyField]] : []),
        ...everyField(nested, field.name ? `${here}.` : prefix),
      ]
    })

  it('shows every amount of money (read-only totals included) in major units with its currency', () => {
    const config = charityPlugin({})({
      collections: [],
      secret: 'unit',
    } as unknown as Config) as Config
    const amounts = (config.collections ?? []).flatMap((collection) =>
      everyField(collection.fields as AnyField[])
        .filter(([name, field]) => field.type === 'number' && /amount$/i.test(name))
        .map(([name, field]) => ({
          field: `${collection.slug}.${name}`,
          component: (field.admin?.components?.Field as { path?: string } | undefined)?.path,
        })),
    )
    expect(amounts.map((amount) => amount.field)).toContain('donation-appeals.raisedAmount')
    expect(amounts.filter((amount) => amount.component !== ADMIN_COMPONENTS.moneyField)).toEqual([])
  })
})
