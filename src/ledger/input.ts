import type { GiftAidDeclarationInput } from '../giftAid/declaration.ts'

import { APIError } from 'payload'

import { isCurrencyCode, isMinorUnits } from '../fields/money.ts'
import { checkGiftAidDeclaration } from '../giftAid/declaration.ts'

export const DONATION_SOURCES = ['manual', 'webhook', 'import'] as const

export type DonationSource = (typeof DONATION_SOURCES)[number]

/** A ledger entry is a donation, or a refund of (part of) one: nothing is ever deleted. */
export const LEDGER_ENTRY_TYPES = ['donation', 'refund'] as const

export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number]

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
  /**
   * The declaration the donor made with this gift, or a bare `true`/`false`
   * (the previous contract: `true` is recorded, but only a declaration makes a
   * gift claimable).
   */
  giftAid?: boolean | GiftAidDeclarationInput | Record<string, unknown>
  /** The id of a declaration already on file. */
  giftAidDeclaration?: null | number | string
  donorName?: null | string
  donorEmail?: null | string
  /** The donor agreed to be contacted; `consentWordingVersion` names the wording they saw. */
  donorConsentToContact?: boolean
  consentWordingVersion?: null | string
  anonymous?: boolean
  /** ISO 8601 with a time zone; defaults to the time it is recorded. */
  receivedAt?: string
  source: DonationSource
}

/** What a donation looks like once checked: defaults filled in, currency upper-cased. */
export type CheckedDonation = Required<
  Omit<
    DonationInput,
    'consentWordingVersion' | 'donorEmail' | 'donorName' | 'giftAid' | 'giftAidDeclaration'
  >
> & {
  /** The donor ticked Gift Aid (with or without a declaration). */
  giftAid: boolean
  /** A new declaration sent with the gift. */
  declaration: GiftAidDeclarationInput | null
  /** A declaration on file, by id. */
  giftAidDeclaration: null | number | string
  donorName: null | string
  donorEmail: null | string
  consentWordingVersion: null | string
}

/** The fields a webhook body may carry (`source` is always `webhook` there). */
export const WEBHOOK_FIELDS = [
  'externalId',
  'appeal',
  'amount',
  'currency',
  'giftAid',
  'giftAidDeclaration',
  'donorName',
  'donorEmail',
  'donorConsentToContact',
  'consentWordingVersion',
  'anonymous',
  'receivedAt',
] as const

/** What a refund body carries (`type` is `refund`). */
export const REFUND_FIELDS = ['type', 'externalId', 'refundId', 'amount', 'receivedAt'] as const

/** A refund as a payment platform reports it. */
export type RefundInput = {
  /** The refunded donation's own externalId. */
  externalId: string
  /** The platform's id for this refund: the refund's idempotency key. */
  refundId: string
  /** Minor units; a partial refund when less than what remains; the whole remainder when left out. */
  amount: null | number
  receivedAt: string
}

const MAX_EXTERNAL_ID_LENGTH = 255
const MAX_DONOR_NAME_LENGTH = 200
const MAX_EMAIL_LENGTH = 254
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
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
  options: {
    allowedFields?: readonly string[]
    now?: Date
    giftAidWordings?: readonly string[]
  } = {},
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
    giftAidDeclaration,
    donorName,
    donorEmail,
    donorConsentToContact,
    consentWordingVersion,
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

  let declaration: GiftAidDeclarationInput | null = null
  if (isPlainObject(giftAid)) {
    const checked = checkGiftAidDeclaration(giftAid, options.giftAidWordings ?? [], options.now)
    if ('declaration' in checked) declaration = checked.declaration
    else problems.push(...checked.problems)
  } else if (giftAid !== undefined && giftAid !== null && typeof giftAid !== 'boolean') {
    problems.push(
      `giftAid must be the donor's declaration (an object with firstName, lastName, house, postcode, scope, wordingVersion…) or true/false; got ${JSON.stringify(giftAid)}.`,
    )
  }
  const declarationIsId =
    (typeof giftAidDeclaration === 'number' &&
      Number.isSafeInteger(giftAidDeclaration) &&
      giftAidDeclaration > 0) ||
    (typeof giftAidDeclaration === 'string' && /^[0-9a-f]{1,24}$/i.test(giftAidDeclaration))
  if (giftAidDeclaration !== undefined && giftAidDeclaration !== null && !declarationIsId) {
    problems.push(
      `giftAidDeclaration must be the id of a Gift Aid declaration on file; got ${JSON.stringify(giftAidDeclaration)}.`,
    )
  }
  if (declaration && declarationIsId) {
    problems.push(
      'Send either giftAid (a new declaration) or giftAidDeclaration (the id of one on file), not both.',
    )
  }

  if (donorEmail !== undefined && donorEmail !== null) {
    if (
      typeof donorEmail !== 'string' ||
      donorEmail.length > MAX_EMAIL_LENGTH ||
      !EMAIL.test(donorEmail.trim())
    ) {
      problems.push(`donorEmail must be an email address; got ${JSON.stringify(donorEmail)}.`)
    }
  }
  if (consentWordingVersion !== undefined && consentWordingVersion !== null) {
    if (typeof consentWordingVersion !== 'string' || consentWordingVersion.length > 50) {
      problems.push('consentWordingVersion must be a string of at most 50 characters.')
    }
  }
  if (
    donorConsentToContact === true &&
    (typeof consentWordingVersion !== 'string' || !consentWordingVersion.trim())
  ) {
    problems.push(
      'donorConsentToContact is true, so consentWordingVersion is required: the version of the consent wording the donor agreed to.',
    )
  }

  for (const [name, flag] of [
    ['anonymous', anonymous],
    ['donorConsentToContact', donorConsentToContact],
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
    giftAid: giftAid === true || declaration !== null || declarationIsId,
    declaration,
    giftAidDeclaration: declarationIsId ? (giftAidDeclaration as number | string) : null,
    donorName: typeof donorName === 'string' && donorName.trim() ? donorName.trim() : null,
    donorEmail: typeof donorEmail === 'string' ? donorEmail.trim().toLowerCase() : null,
    donorConsentToContact: donorConsentToContact === true,
    consentWordingVersion:
      donorConsentToContact === true && typeof consentWordingVersion === 'string'
        ? consentWordingVersion.trim()
        : null,
    anonymous: anonymous === true,
    receivedAt: receivedAtISO,
    source: source as DonationSource,
  }
}

/** Check a refund body (`"type": "refund"`); every problem in one 400. */
export const checkRefundInput = (body: Record<string, unknown>, now = new Date()): RefundInput => {
  const problems: string[] = []
  const unknown = Object.keys(body).filter(
    (key) => !(REFUND_FIELDS as readonly string[]).includes(key),
  )
  if (unknown.length) {
    problems.push(
      `Unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')} in a refund: the accepted fields are ${REFUND_FIELDS.join(', ')}.`,
    )
  }
  const key = (name: 'externalId' | 'refundId', what: string): string => {
    const raw = body[name]
    if (typeof raw !== 'string' || !raw.trim()) {
      problems.push(`${name} is required: ${what}.`)
      return ''
    }
    if (raw.length > MAX_EXTERNAL_ID_LENGTH) {
      problems.push(`${name} is longer than ${MAX_EXTERNAL_ID_LENGTH} characters.`)
    }
    return raw.trim()
  }
  const externalId = key('externalId', 'the externalId of the donation being refunded')
  const refundId = key(
    'refundId',
    "the payment platform's id for this refund (a repeat delivery is counted once)",
  )
  if (externalId && refundId && externalId === refundId) {
    problems.push("refundId must differ from the donation's externalId: it names the refund.")
  }
  const { amount } = body
  if (amount !== undefined && amount !== null && !isMinorUnits(amount)) {
    problems.push(
      `amount must be a positive whole number of minor units (e.g. 500 for £5.00), or left out to refund what remains; got ${JSON.stringify(amount)}.`,
    )
  }
  let receivedAt = now.toISOString()
  if (body.receivedAt !== undefined && body.receivedAt !== null) {
    const time =
      typeof body.receivedAt === 'string' && ISO_8601_WITH_ZONE.test(body.receivedAt)
        ? Date.parse(body.receivedAt)
        : NaN
    if (Number.isNaN(time)) {
      problems.push(
        `receivedAt must be an ISO 8601 date-time with a time zone; got ${JSON.stringify(body.receivedAt)}.`,
      )
    } else receivedAt = new Date(time).toISOString()
  }
  if (problems.length) {
    throw new APIError(`Invalid refund: ${problems.join(' ')}`, 400, null, true)
  }
  return { externalId, refundId, amount: (amount as number | undefined) ?? null, receivedAt }
}

export type CheckedWebhookBody =
  { type: 'donation'; donation: CheckedDonation } | { type: 'refund'; refund: RefundInput }

/** A webhook body: a donation (the fields above; `source` is always `webhook`) or a refund. */
export const checkWebhookBody = (
  body: unknown,
  giftAidWordings: readonly string[] = [],
): CheckedWebhookBody => {
  if (isPlainObject(body) && body.type === 'refund') {
    return { type: 'refund', refund: checkRefundInput(body) }
  }
  if (isPlainObject(body) && 'type' in body && body.type !== 'donation') {
    throw badRequest([
      `type must be "donation" (the default) or "refund"; got ${JSON.stringify(body.type)}.`,
    ])
  }
  if (isPlainObject(body) && 'source' in body) {
    throw badRequest(['"source" is set by the server (webhook); leave it out of the body.'])
  }
  const { type: _type, ...rest } = isPlainObject(body) ? body : { type: undefined }
  return {
    type: 'donation',
    donation: checkDonationInput(isPlainObject(body) ? { ...rest, source: 'webhook' } : body, {
      allowedFields: [...WEBHOOK_FIELDS, 'source'],
      giftAidWordings,
    }),
  }
}
