import { hasValidSignature, signBody } from '../../src/endpoints/donationsWebhook.ts'
import { scheduleCsv } from '../../src/giftAid/claim.ts'
import {
  checkGiftAidDeclaration,
  declarationCovers,
  personKeyOf,
} from '../../src/giftAid/declaration.ts'
import { checkWebhookBody } from '../../src/ledger/input.ts'

const SECRET = 'unit-test-secret'

describe('donation webhook signature', () => {
  const body = Buffer.from(
    '{"externalId":"pay_1","appeal":"support-us","amount":2500,"currency":"GBP"}',
  )

  it('accepts the HMAC-SHA256 of the exact bytes, as sha256=<hex>, in either case', () => {
    const header = signBody(SECRET, body)
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/)
    expect(hasValidSignature(SECRET, body, header)).toBe(true)
    expect(
      hasValidSignature(SECRET, body, header.toUpperCase().replace('SHA256=', 'sha256=')),
    ).toBe(true)
  })

  it('refuses another secret, a changed body, a missing or malformed header', () => {
    const header = signBody(SECRET, body)
    expect(hasValidSignature('other-secret', body, header)).toBe(false)
    expect(hasValidSignature(SECRET, Buffer.from(`${body} `), header)).toBe(false)
    expect(hasValidSignature(SECRET, body, null)).toBe(false)
    expect(hasValidSignature(SECRET, body, 'sha1=abc')).toBe(false)
    expect(hasValidSignature(SECRET, body, header.slice(0, -2))).toBe(false)
  })
})

describe('donation webhook body', () => {
  const valid = { externalId: 'pay_1', appeal: 'support-us', amount: 2500, currency: 'gbp' }

  it('fills defaults and upper-cases the currency', () => {
    const checked = checkWebhookBody(valid)
    expect(checked.type).toBe('donation')
    expect(checked.type === 'donation' && checked.donation).toMatchObject({
      externalId: 'pay_1',
      appeal: 'support-us',
      amount: 2500,
      currency: 'GBP',
      source: 'webhook',
    })
  })

  it('names every problem in one 400', () => {
    let error: unknown
    try {
      checkWebhookBody({ appeal: '', amount: 25.5, currency: 'pounds', surprise: true })
    } catch (caught) {
      error = caught
    }
    expect(error).toMatchObject({ status: 400 })
    const message = (error as Error).message
    expect(message).toMatch(/externalId/)
    expect(message).toMatch(/amount/)
    expect(message).toMatch(/currency/)
  })

  it('refuses a body that is not an object', () => {
    expect(() => checkWebhookBody([valid])).toThrow(/Invalid donation/)
    expect(() => checkWebhookBody('pay_1')).toThrow(/Invalid donation/)
  })
})

describe('refunds in the webhook body', () => {
  it('reads a refund with its own idempotency key; the amount is optional (the rest)', () => {
    expect(checkWebhookBody({ type: 'refund', externalId: 'pay_1', refundId: 're_1' })).toEqual({
      type: 'refund',
      refund: {
        externalId: 'pay_1',
        refundId: 're_1',
        amount: null,
        receivedAt: expect.any(String),
      },
    })
    expect(() =>
      checkWebhookBody({ type: 'refund', externalId: 'pay_1', refundId: 're_1', appeal: 'x' }),
    ).toThrow(/Unknown field.*"appeal"/)
  })
})

describe('Gift Aid declarations', () => {
  const declaration = {
    title: 'Ms',
    firstName: 'Ada',
    lastName: 'Lovelace',
    house: '12',
    postcode: 'sw1a1aa',
    scope: 'future',
    wordingVersion: 'v1',
    declaredAt: '2026-05-01T10:00:00Z',
    method: 'online',
  }

  it('normalises a UK postcode and defaults the country to GB', () => {
    const checked = checkGiftAidDeclaration(declaration, ['v1'])
    expect('declaration' in checked && checked.declaration).toMatchObject({
      postcode: 'SW1A 1AA',
      country: 'GB',
    })
  })

  it('names every problem: bad postcode, scope, unknown wording, missing names', () => {
    const checked = checkGiftAidDeclaration(
      { ...declaration, postcode: '12345', scope: 'always', wordingVersion: 'v9', lastName: '' },
      ['v1'],
    )
    const problems = checked.problems.join(' ')
    expect(problems).toMatch(/postcode "12345" is not a UK postcode/)
    expect(problems).toMatch(/scope must be one of/)
    expect(problems).toMatch(/wordingVersion "v9"/)
    expect(problems).toMatch(/lastName is required/)
  })

  it('matches the same person and address whatever the case and spacing', () => {
    expect(personKeyOf({ ...declaration, postcode: 'SW1A 1AA', firstName: 'ADA ' })).toBe(
      personKeyOf({ ...declaration, postcode: 'sw1a1aa' }),
    )
    expect(personKeyOf({ ...declaration, house: '14' })).not.toBe(personKeyOf(declaration))
  })

  it('covers gifts by scope, cancellation and the written record of an oral declaration', () => {
    const made = '2026-05-01T10:00:00.000Z'
    expect(declarationCovers({ scope: 'future', declaredAt: made }, '2026-04-30T10:00:00Z')).toBe(
      false,
    )
    expect(declarationCovers({ scope: 'future', declaredAt: made }, '2026-05-01T08:00:00Z')).toBe(
      true,
    )
    const back = { scope: 'past-four-years-and-future', declaredAt: made }
    expect(declarationCovers(back, '2022-05-02T00:00:00Z')).toBe(true)
    expect(declarationCovers(back, '2022-04-29T00:00:00Z')).toBe(false)
    const cancelled = { ...back, cancelledAt: '2026-06-01T00:00:00Z' }
    expect(declarationCovers(cancelled, '2026-05-31T00:00:00Z')).toBe(true)
    expect(declarationCovers(cancelled, '2026-06-02T00:00:00Z')).toBe(false)
    const oral = { scope: 'future', declaredAt: made, method: 'oral' }
    expect(declarationCovers(oral, '2026-05-02T00:00:00Z')).toBe(false)
    expect(
      declarationCovers({ ...oral, writtenConfirmationSentAt: made }, '2026-05-02T00:00:00Z'),
    ).toBe(true)
  })

  it("writes HMRC's schedule columns, dates as DD/MM/YY in UK time and pounds with pence", () => {
    const csv = scheduleCsv([
      {
        donation: 1,
        declaration: 1,
        title: 'Ms',
        firstName: 'Ada',
        lastName: 'Lovelace, Countess',
        house: '12',
        postcode: 'SW1A 1AA',
        receivedAt: '2026-06-30T23:30:00Z',
        amount: 2550,
      },
    ])
    expect(csv.split('\n')).toEqual([
      'Title,First name or initial,Last name,House name or number,Postcode,Aggregated donations,Sponsored event,Donation date,Amount',
      'Ms,Ada,"Lovelace, Countess",12,SW1A 1AA,,,01/07/26,25.50',
      '',
    ])
  })
})
