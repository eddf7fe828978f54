import { APIError } from 'payload'

import { isCurrencyCode, isMinorUnits } from '../fields/money.ts'

export const DONATION_SOURCES = ['manual', 'webhook', 'import'] as const

export type DonationSource = (typeof DONATION_SOURCES)[number]

/** An appeal is named by its id (number on SQL databases, string on MongoDB) or its slug. */
export type AppealReference = number | string

/** One donation as a payment platform, the seed or an import reports it. */
export type DonationInput = {
  /** The sender's own id for this payment: the idempotency key (a replay is counted once, ever). */
  externalId: string
  appeal: AppealReference
  /** Whole minor units (pence), a positive safe integer. */
  amount: number
  /** ISO 4217; compared with the appeal's currency. */
  currency: string
  giftAid?: boolean
  donorName?: null | string
  anonymous?: boolean
  /** ISO 8601 with a time zone; defaults to the time it is recorded. */
  receivedAt?: string
  source: DonationSource
}

/** What a donation looks like once checked: defaults filled in, currency upper-cased. */
export type CheckedDonation = Required<Omit<DonationInput, 'donorName'>> & {
  donorName: null | string
}

/** The fields a webhook body may carry (`source` is always `webhook` there). */
export const WEBHOOK_FIELDS = [
  'externalId',
  'appeal',
  'amount',
  'currency',
  'giftAid',
  'donorName',
  'anonymous',
  'receivedAt',
] as const

const MAX_EXTERNAL_ID_LENGTH = 255
const MAX_DONOR_NAME_LENGTH = 200
/** Clocks differ between platforms; a day ahead is a mistake, a few minutes is not. */
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000
const ISO_8601_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

const badRequest = (problems: string[]) =>
  new APIError(`Invalid donation: ${problems.join(' ')}`, 400, null, true)

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Check a donation and fill in its defaults. Every problem is named in one
 * 400, so a sender can fix its body in one go.
 */
export const checkDonationInput = (
  value: unknown,
  options: { allowedFields?: readonly string[]; now?: Date } = {},
): CheckedDonation => {
  if (!isPlainObject(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`
    throw badRequest([
      `The body must be a JSON object with externalId, appeal, amount and currency; it was ${kind}.`,
    ])
  }
  const problems: string[] = []

  if (options.allowedFields) {
    const unknown = Object.keys(value).filter((key) => !options.allowedFields?.includes(key))
    if (unknown.length) {
      problems.push(
        `Unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}: the accepted fields are ${options.allowedFields.join(', ')}.`,
      )
    }
  }

  const {
    externalId,
    appeal,
    amount,
    currency,
    giftAid,
    donorName,
    anonymous,
    receivedAt,
    source,
  } = value

  if (typeof externalId !== 'string' || !externalId.trim()) {
    problems.push(
      "externalId is required: a non-empty string, the payment platform's id for this payment.",
    )
  } else if (externalId.length > MAX_EXTERNAL_ID_LENGTH) {
    problems.push(`externalId is longer than ${MAX_EXTERNAL_ID_LENGTH} characters.`)
  }

  const appealIsId = typeof appeal === 'number' && Number.isSafeInteger(appeal) && appeal > 0
  if (!appealIsId && (typeof appeal !== 'string' || !appeal.trim())) {
    problems.push("appeal is required: the appeal's id or its slug.")
  }

  if (amount === undefined || amount === null) {
    problems.push('amount is required: whole minor units, e.g. 2500 for £25.00.')
  } else if (!isMinorUnits(amount)) {
    problems.push(
      `amount must be a positive whole number of minor units no larger than ${Number.MAX_SAFE_INTEGER} (e.g. 2500 for £25.00); got ${JSON.stringify(amount)}.`,
    )
  }

  const currencyCode = typeof currency === 'string' ? currency.trim().toUpperCase() : undefined
  if (currency === undefined || currency === null) {
    problems.push('currency is required: an ISO 4217 code such as GBP.')
  } else if (!isCurrencyCode(currencyCode)) {
    problems.push(
      `currency ${JSON.stringify(currency)} is not an ISO 4217 code: use three letters such as GBP, EUR or USD.`,
    )
  }

  for (const [name, flag] of [
    ['giftAid', giftAid],
    ['anonymous', anonymous],
  ] as const) {
    if (flag !== undefined && flag !== null && typeof flag !== 'boolean') {
      problems.push(`${name} must be true or false; got ${JSON.stringify(flag)}.`)
    }
  }

  if (donorName !== undefined && donorName !== null) {
    if (typeof donorName !== 'string') problems.push('donorName must be a string.')
    else if (donorName.length > MAX_DONOR_NAME_LENGTH) {
      problems.push(`donorName is longer than ${MAX_DONOR_NAME_LENGTH} characters.`)
    }
  }

  const now = options.now ?? new Date()
  let receivedAtISO = now.toISOString()
  if (receivedAt !== undefined && receivedAt !== null) {
    const time =
      typeof receivedAt === 'string' && ISO_8601_WITH_ZONE.test(receivedAt)
        ? Date.parse(receivedAt)
        : NaN
    if (Number.isNaN(time)) {
      problems.push(
        `receivedAt must be an ISO 8601 date-time with a time zone, e.g. "2026-05-15T10:30:00Z"; got ${JSON.stringify(receivedAt)}.`,
      )
    } else if (time - now.getTime() > MAX_FUTURE_MS) {
      problems.push(`receivedAt ${receivedAt} is more than a day in the future.`)
    } else {
      receivedAtISO = new Date(time).toISOString()
    }
  }

  if (!DONATION_SOURCES.includes(source as DonationSource)) {
    problems.push(
      `source must be one of ${DONATION_SOURCES.join(', ')}; got ${JSON.stringify(source)}.`,
    )
  }

  if (problems.length) throw badRequest(problems)

  return {
    externalId: (externalId as string).trim(),
    appeal: typeof appeal === 'string' ? appeal.trim() : (appeal as number),
    amount: amount as number,
    currency: currencyCode as string,
    giftAid: giftAid === true,
    donorName: typeof donorName === 'string' && donorName.trim() ? donorName.trim() : null,
    anonymous: anonymous === true,
    receivedAt: receivedAtISO,
    source: source as DonationSource,
  }
}

/** A webhook body: the fields above and nothing else; `source` is always `webhook`. */
export const checkWebhookBody = (body: unknown): CheckedDonation => {
  if (isPlainObject(body) && 'source' in body) {
    throw badRequest(['"source" is set by the server (webhook); leave it out of the body.'])
  }
  return checkDonationInput(isPlainObject(body) ? { ...body, source: 'webhook' } : body, {
    allowedFields: [...WEBHOOK_FIELDS, 'source'],
  })
}
