import { formatMinorUnits } from '../../src/components/AppealProgress/money.ts'
import { isAppealOpen, progressPercentOf } from '../../src/donations/progress.ts'
import { isCurrencyCode, isMinorUnits } from '../../src/fields/money.ts'

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
