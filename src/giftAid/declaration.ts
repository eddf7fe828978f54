import { createHash } from 'node:crypto'

/** What a declaration covers, in HMRC's terms. */
export const GIFT_AID_SCOPES = ['this-donation', 'past-four-years-and-future', 'future'] as const
export type GiftAidScope = (typeof GIFT_AID_SCOPES)[number]

/** How the donor made it. An oral declaration counts once its written record has been sent. */
export const GIFT_AID_METHODS = ['online', 'written', 'oral'] as const
export type GiftAidMethod = (typeof GIFT_AID_METHODS)[number]

/** A declaration as the donations webhook receives it. */
export type GiftAidDeclarationInput = {
  title: null | string
  firstName: string
  lastName: string
  house: string
  postcode: null | string
  /** ISO 3166-1 alpha-2, upper case; `GB` for the United Kingdom. */
  country: string
  scope: GiftAidScope
  wordingVersion: string
  declaredAt: string
  method: GiftAidMethod
}

/** UK postcodes (Royal Mail format), with or without the space; GIR 0AA is Girobank's. */
const UK_POSTCODE = /^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/i

export const isUkPostcode = (value: string): boolean => UK_POSTCODE.test(value.trim())

/** `sw1a1aa` → `SW1A 1AA`: the form HMRC's schedule expects. */
export const normalisePostcode = (value: string): string => {
  const compact = value.replace(/\s+/g, '').toUpperCase()
  return compact === 'GIR0AA' ? 'GIR 0AA' : `${compact.slice(0, -3)} ${compact.slice(-3)}`
}

export const UK_COUNTRY = 'GB'

const MAX_NAME = 35
const MAX_HOUSE = 40
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const GIFT_AID_FIELDS = [
  'title',
  'firstName',
  'lastName',
  'house',
  'postcode',
  'country',
  'scope',
  'wordingVersion',
  'declaredAt',
  'method',
] as const

/**
 * Check a declaration sent with a donation. Returns the declaration, or the
 * problems (each naming its field as `giftAid.<field>`) for the caller's 400.
 */
export const checkGiftAidDeclaration = (
  value: unknown,
  knownWordings: readonly string[],
  now = new Date(),
): { declaration: GiftAidDeclarationInput; problems: [] } | { problems: string[] } => {
  if (!isPlainObject(value)) {
    return {
      problems: [
        'giftAid must be the declaration object ({"title", "firstName", "lastName", "house", "postcode", "country", "scope", "wordingVersion", "declaredAt", "method"}), or true/false.',
      ],
    }
  }
  const problems: string[] = []
  const unknown = Object.keys(value).filter(
    (key) => !(GIFT_AID_FIELDS as readonly string[]).includes(key),
  )
  if (unknown.length) {
    problems.push(
      `giftAid has unknown field(s) ${unknown.map((k) => `"${k}"`).join(', ')}: the accepted fields are ${GIFT_AID_FIELDS.join(', ')}.`,
    )
  }
  const text = (field: string, max: number, required: boolean): null | string => {
    const raw = value[field]
    if (raw === undefined || raw === null || (typeof raw === 'string' && !raw.trim())) {
      if (required) problems.push(`giftAid.${field} is required.`)
      return null
    }
    if (typeof raw !== 'string') {
      problems.push(`giftAid.${field} must be a string.`)
      return null
    }
    if (raw.trim().length > max) problems.push(`giftAid.${field} is longer than ${max} characters.`)
    return raw.trim()
  }
  const title = text('title', MAX_NAME, false)
  const firstName = text('firstName', MAX_NAME, true)
  const lastName = text('lastName', MAX_NAME, true)
  const house = text('house', MAX_HOUSE, true)
  const country = (text('country', 2, false) ?? UK_COUNTRY).toUpperCase()
  if (!/^[A-Z]{2}$/.test(country)) {
    problems.push(
      `giftAid.country must be a two-letter ISO 3166 code such as GB; got ${JSON.stringify(value.country)}.`,
    )
  }
  let postcode = text('postcode', 10, country === UK_COUNTRY)
  if (postcode && country === UK_COUNTRY) {
    if (isUkPostcode(postcode)) postcode = normalisePostcode(postcode)
    else problems.push(`giftAid.postcode "${postcode}" is not a UK postcode (e.g. SW1A 1AA).`)
  }
  const scope = value.scope
  if (!GIFT_AID_SCOPES.includes(scope as GiftAidScope)) {
    problems.push(
      `giftAid.scope must be one of ${GIFT_AID_SCOPES.join(', ')}; got ${JSON.stringify(scope)}.`,
    )
  }
  const method = value.method ?? 'online'
  if (!GIFT_AID_METHODS.includes(method as GiftAidMethod)) {
    problems.push(
      `giftAid.method must be one of ${GIFT_AID_METHODS.join(', ')}; got ${JSON.stringify(method)}.`,
    )
  }
  const wordingVersion = text('wordingVersion', 50, true)
  if (wordingVersion && !knownWordings.includes(wordingVersion)) {
    problems.push(
      `giftAid.wordingVersion "${wordingVersion}" is not a declaration wording this server knows (${knownWordings.join(', ')}): send the version of the wording the donor saw.`,
    )
  }
  let declaredAt = now.toISOString()
  if (value.declaredAt !== undefined && value.declaredAt !== null) {
    const time =
      typeof value.declaredAt === 'string' && ISO_DATE.test(value.declaredAt)
        ? Date.parse(value.declaredAt)
        : NaN
    if (Number.isNaN(time)) {
      problems.push(
        `giftAid.declaredAt must be an ISO 8601 date or date-time, e.g. "2026-05-15T10:30:00Z"; got ${JSON.stringify(value.declaredAt)}.`,
      )
    } else if (time - now.getTime() > 24 * 60 * 60 * 1000) {
      problems.push('giftAid.declaredAt is in the future.')
    } else declaredAt = new Date(time).toISOString()
  }
  if (problems.length) return { problems }
  return {
    problems: [],
    declaration: {
      title,
      firstName: firstName as string,
      lastName: lastName as string,
      house: house as string,
      postcode,
      country,
      scope: scope as GiftAidScope,
      wordingVersion: wordingVersion as string,
      declaredAt,
      method: method as GiftAidMethod,
    },
  }
}

/**
 * Who and where, reduced to a key: the same person at the same address gives
 * the same key whatever the case or spacing, so a repeat donor's declaration
 * is reused instead of copied.
 */
export const personKeyOf = (d: {
  firstName?: null | string
  lastName?: null | string
  house?: null | string
  postcode?: null | string
  country?: null | string
}): string => {
  const squash = (value: null | string | undefined) =>
    (value ?? '').toLowerCase().replace(/[^a-z0-9]/g, '')
  return createHash('sha256')
    .update(
      [d.firstName, d.lastName, d.house, d.postcode, d.country ?? UK_COUNTRY].map(squash).join('|'),
    )
    .digest('hex')
}

type DeclarationCover = {
  scope?: null | string
  declaredAt?: null | string
  method?: null | string
  writtenConfirmationSentAt?: null | string
  cancelledAt?: null | string
}

/**
 * Whether a declaration covers a gift received at `receivedAt`: its scope
 * reaches that date, it was not cancelled before it, and an oral declaration
 * has had its written record sent. (`this-donation` covers the one donation it
 * came with; the ledger links it to that donation only.)
 */
export const declarationCovers = (declaration: DeclarationCover, receivedAt: string): boolean => {
  const gift = Date.parse(receivedAt)
  const made = Date.parse(declaration.declaredAt ?? '')
  if (Number.isNaN(gift) || Number.isNaN(made)) return false
  if (declaration.cancelledAt && Date.parse(declaration.cancelledAt) <= gift) return false
  if (declaration.method === 'oral' && !declaration.writtenConfirmationSentAt) return false
  const dayOf = (ms: number) => Math.floor(ms / 86_400_000)
  switch (declaration.scope) {
    case 'this-donation':
      return true
    case 'future':
      return dayOf(gift) >= dayOf(made)
    case 'past-four-years-and-future': {
      const fourYearsBefore = new Date(made)
      fourYearsBefore.setUTCFullYear(fourYearsBefore.getUTCFullYear() - 4)
      return dayOf(gift) >= dayOf(fourYearsBefore.getTime())
    }
    default:
      return false
  }
}
