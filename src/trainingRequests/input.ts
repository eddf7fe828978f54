import { REGIONS, TRAINING_REQUEST_HONEYPOT, TRAINING_REQUEST_LIMITS } from '../defaults.ts'

/** The fields a website's form sends (`phone` and `organisation` may be left out). */
export const PUBLIC_FIELDS = [
  'name',
  'email',
  'phone',
  'organisation',
  'town',
  'region',
  'preferredDates',
  'expectedAttendees',
  'message',
  'consent',
] as const

export type TrainingRequestInput = {
  name: string
  email: string
  phone?: string
  organisation?: string
  town: string
  region: string
  preferredDates: string
  expectedAttendees: number
  message: string
  consent: true
}

/** One problem with one field, said so that a website developer can fix the form. */
export type FieldProblem = { field: string; message: string }

export type CheckedRequest =
  | { kind: 'request'; data: TrainingRequestInput }
  | { kind: 'honeypot' }
  | { kind: 'invalid'; problems: FieldProblem[] }

const REGION_VALUES: readonly string[] = REGIONS.map((region) => region.value)

// Deliberately loose: one @, something either side, a dot in the domain. The
// address is proven by replying to it, not by a pattern.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Line breaks and other control characters (C0, DEL, C1, the Unicode line and paragraph separators). */
const breaksLine = (code: number) =>
  code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029
/** In text of several lines: control characters other than tab and the line breaks (NUL among them). */
const isControl = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f
const holds = (value: string, test: (code: number) => boolean) =>
  [...value].some((character) => test(character.codePointAt(0) ?? 0))

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const { emailMaxLength, messageMaxLength, phoneMaxLength, shortTextMaxLength } =
  TRAINING_REQUEST_LIMITS

/**
 * Check a public training request body. Unknown fields are refused by name
 * (a misspelt field would otherwise be lost without a word), every problem is
 * reported at once, and a filled-in honeypot is told apart from everything
 * else so the caller can answer it like a success and store nothing.
 */
export const checkTrainingRequest = (body: unknown): CheckedRequest => {
  if (!isPlainObject(body)) {
    return {
      kind: 'invalid',
      problems: [
        {
          field: '(body)',
          message: 'Send the request as a JSON object, e.g. {"name": "…", "email": "…", …}.',
        },
      ],
    }
  }
  const trap = body[TRAINING_REQUEST_HONEYPOT]
  if (trap !== undefined && trap !== null && trap !== '') return { kind: 'honeypot' }

  const problems: FieldProblem[] = []
  const known = new Set<string>([...PUBLIC_FIELDS, TRAINING_REQUEST_HONEYPOT])
  for (const key of Object.keys(body)) {
    if (!known.has(key)) {
      problems.push({
        field: key,
        message: `"${key}" is not a field of a training request. Send only: ${PUBLIC_FIELDS.join(', ')}.`,
      })
    }
  }

  const text = (
    field: string,
    label: string,
    max: number,
    required: boolean,
    lines: 'many' | 'one' = 'one',
  ): string | undefined => {
    const value = body[field]
    if (value === undefined || value === null || value === '') {
      if (required) problems.push({ field, message: `${field} is required: ${label}.` })
      return undefined
    }
    if (typeof value !== 'string') {
      problems.push({ field, message: `${field} must be text (${label}).` })
      return undefined
    }
    // One-line fields are written into the staff email line by line: a break there would forge one.
    if (holds(value, lines === 'one' ? breaksLine : isControl)) {
      problems.push({
        field,
        message:
          lines === 'one'
            ? `${field} must be one line of text, without line breaks or control characters.`
            : `${field} holds a control character (such as NUL) that text cannot keep: send plain text.`,
      })
      return undefined
    }
    const trimmed = value.trim()
    if (!trimmed && required) {
      problems.push({ field, message: `${field} is required: ${label}.` })
      return undefined
    }
    if (trimmed.length > max) {
      problems.push({
        field,
        message: `${field} is too long: at most ${max} characters, not ${trimmed.length}.`,
      })
    }
    return trimmed || undefined
  }

  const name = text('name', 'the name of the person asking', shortTextMaxLength, true)
  const email = text('email', 'an address we can reply to', emailMaxLength, true)
  if (email && !EMAIL.test(email)) {
    problems.push({ field: 'email', message: `email must be an email address, not "${email}".` })
  }
  const phone = text('phone', 'a phone number', phoneMaxLength, false)
  const organisation = text(
    'organisation',
    'the group, church, school or workplace',
    shortTextMaxLength,
    false,
  )
  const town = text(
    'town',
    'the town or city where the training would be',
    shortTextMaxLength,
    true,
  )
  const region = text('region', `one of ${REGION_VALUES.join(', ')}`, shortTextMaxLength, true)
  if (region && !REGION_VALUES.includes(region)) {
    problems.push({
      field: 'region',
      message: `region must be one of ${REGION_VALUES.join(', ')}, not "${region}".`,
    })
  }
  const preferredDates = text(
    'preferredDates',
    'when the training could happen, in words (e.g. "a Saturday in March")',
    shortTextMaxLength,
    true,
  )
  const message = text(
    'message',
    'what you would like from the day',
    messageMaxLength,
    true,
    'many',
  )

  const { minAttendees, maxAttendees } = TRAINING_REQUEST_LIMITS
  const attendees = body.expectedAttendees
  if (attendees === undefined || attendees === null || attendees === '') {
    problems.push({
      field: 'expectedAttendees',
      message: `expectedAttendees is required: about how many people would come (${minAttendees} to ${maxAttendees}).`,
    })
  } else if (
    typeof attendees !== 'number' ||
    !Number.isInteger(attendees) ||
    attendees < minAttendees ||
    attendees > maxAttendees
  ) {
    problems.push({
      field: 'expectedAttendees',
      message: `expectedAttendees must be a whole number from ${minAttendees} to ${maxAttendees}, not ${JSON.stringify(attendees)}.`,
    })
  }

  if (body.consent !== true) {
    problems.push({
      field: 'consent',
      message:
        'consent must be true: the person asking agrees that we store these details to contact them about the training.',
    })
  }

  if (problems.length) return { kind: 'invalid', problems }
  return {
    kind: 'request',
    data: {
      name: name as string,
      // Lower-cased, so a subject access request finds it whatever case the person typed.
      email: (email as string).toLowerCase(),
      ...(phone ? { phone } : {}),
      ...(organisation ? { organisation } : {}),
      town: town as string,
      region: region as string,
      preferredDates: preferredDates as string,
      expectedAttendees: attendees as number,
      message: message as string,
      consent: true,
    },
  }
}
