import { checkWebhookBody } from '../../src/donations/input.ts'
import { hasValidSignature, signBody } from '../../src/endpoints/donationsWebhook.ts'

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
    expect(checked).toMatchObject({
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
