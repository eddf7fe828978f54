import type { RRuleOptions } from './rrule.ts'

import { RRule } from './rrule.ts'
import { fromFloating, toFloating } from './wallTime.ts'

export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'yearly'] as const
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export const POSITIONS = ['first', 'second', 'third', 'fourth', 'last'] as const
export const SERIES_ENDS = ['never', 'until', 'count'] as const

export type RecurrenceFrequency = (typeof FREQUENCIES)[number]
export type RecurrenceWeekday = (typeof WEEKDAYS)[number]
export type RecurrencePosition = (typeof POSITIONS)[number]

/** The editor's fields of `recurrence`, as stored (an empty frequency: the event does not repeat). */
export type RecurrenceFields = {
  frequency?: null | RecurrenceFrequency
  interval?: null | number
  weekdays?: null | { day?: null | RecurrenceWeekday; position?: null | RecurrencePosition }[]
  monthDay?: null | number
  ends?: (typeof SERIES_ENDS)[number] | null
  until?: null | string
  count?: null | number
  rule?: null | string
}

/** A rule the editor's fields cannot make; the message says what to change. */
export class RecurrenceProblem extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message)
  }
}

const isDate = (value: unknown) =>
  typeof value === 'string' && !Number.isNaN(new Date(value).getTime())
const isWhole = (value: unknown, min: number, max: number) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max
const oneOf = (value: unknown, allowed: readonly string[]) =>
  value == null || allowed.includes(value as string)

/**
 * The first field of `recurrence` whose value has the wrong type or is not one
 * of its choices (a collection hook reads them before Payload's field checks
 * run), or null when each could make a rule.
 */
export const recurrenceShapeProblem = (fields: unknown): null | RecurrenceProblem => {
  if (fields == null) return null
  const at = (key: string, message: string) => new RecurrenceProblem(`recurrence.${key}`, message)
  if (typeof fields !== 'object' || Array.isArray(fields))
    return new RecurrenceProblem('recurrence', 'recurrence is an object of the repeat fields.')
  const f = fields as Record<string, unknown>
  if (!oneOf(f.frequency, FREQUENCIES))
    return at('frequency', `frequency is one of ${FREQUENCIES.join(', ')}, or empty.`)
  if (f.interval != null && !isWhole(f.interval, 1, 1000))
    return at('interval', 'interval is a whole number from 1 to 1000.')
  if (f.monthDay != null && !isWhole(f.monthDay, -31, 31))
    return at('monthDay', 'monthDay is a whole number from -31 to 31.')
  if (!oneOf(f.ends, SERIES_ENDS)) return at('ends', `ends is one of ${SERIES_ENDS.join(', ')}.`)
  if (f.until != null && !isDate(f.until)) return at('until', 'until is a date.')
  if (f.count != null && !isWhole(f.count, 1, 10_000))
    return at('count', 'count is a whole number from 1 to 10000.')
  if (f.weekdays == null) return null
  if (!Array.isArray(f.weekdays)) return at('weekdays', 'weekdays is a list of days.')
  const bad = f.weekdays.findIndex(
    (row) =>
      typeof row !== 'object' ||
      row === null ||
      !oneOf((row as Record<string, unknown>).day, WEEKDAYS) ||
      !oneOf((row as Record<string, unknown>).position, POSITIONS),
  )
  return bad === -1
    ? null
    : at(
        `weekdays.${bad}`,
        `Each weekday has a day (${WEEKDAYS.join(', ')}) and may have a position (${POSITIONS.join(', ')}).`,
      )
}

const FREQ = {
  daily: RRule.DAILY,
  weekly: RRule.WEEKLY,
  monthly: RRule.MONTHLY,
  yearly: RRule.YEARLY,
} as const
const NTH: Record<RecurrencePosition, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  last: -1,
}
const DAY = {
  MO: RRule.MO,
  TU: RRule.TU,
  WE: RRule.WE,
  TH: RRule.TH,
  FR: RRule.FR,
  SA: RRule.SA,
  SU: RRule.SU,
}

/** The calendar day `until` names, in the event's zone, through its last second. */
const endOfUntilDay = (until: string, timeZone: string): Date => {
  const day = toFloating(new Date(until), timeZone)
  day.setUTCHours(23, 59, 59, 0)
  return fromFloating(day, timeZone)
}

/**
 * The RFC 5545 RRULE value (without the `RRULE:` name) the editor's fields
 * describe for a series starting at `startsAt` in `timeZone`, or null when the
 * event does not repeat. UNTIL is written in UTC, as RFC 5545 asks when DTSTART
 * carries a TZID.
 */
export const buildRule = (
  fields: null | RecurrenceFields | undefined,
  startsAt: Date,
  timeZone: string,
): null | string => {
  if (!fields?.frequency) return null
  const frequency = fields.frequency
  const options: Partial<RRuleOptions> = { freq: FREQ[frequency] }
  if (fields.interval && fields.interval > 1) options.interval = fields.interval

  const weekdays = (fields.weekdays ?? []).filter((row) => row.day)
  if (weekdays.length > 0) {
    const positioned = weekdays.some((row) => row.position)
    if (positioned && frequency !== 'monthly' && frequency !== 'yearly')
      throw new RecurrenceProblem(
        'recurrence.weekdays',
        'A weekday with a position ("second Tuesday") needs a monthly or yearly frequency.',
      )
    if (frequency === 'daily')
      throw new RecurrenceProblem(
        'recurrence.weekdays',
        'Weekdays go with a weekly, monthly or yearly frequency; a daily series repeats every day.',
      )
    options.byweekday = weekdays.map(({ day, position }) => {
      const weekday = DAY[day as RecurrenceWeekday]
      return position ? weekday.nth(NTH[position]) : weekday
    })
  }
  if (typeof fields.monthDay === 'number') {
    if (frequency !== 'monthly' && frequency !== 'yearly')
      throw new RecurrenceProblem(
        'recurrence.monthDay',
        'A day of the month needs a monthly or yearly frequency.',
      )
    if (weekdays.length > 0)
      throw new RecurrenceProblem(
        'recurrence.monthDay',
        'Choose weekdays or a day of the month, not both.',
      )
    options.bymonthday = [fields.monthDay]
  }

  const ends = fields.ends ?? 'never'
  if (ends === 'until') {
    if (!fields.until)
      throw new RecurrenceProblem(
        'recurrence.until',
        'Give the last day of the series, or choose another ending.',
      )
    const until = endOfUntilDay(fields.until, timeZone)
    if (until.getTime() < startsAt.getTime())
      throw new RecurrenceProblem(
        'recurrence.until',
        'The series cannot end before its first event starts.',
      )
    options.until = until
  } else if (ends === 'count') {
    if (!fields.count || fields.count < 1)
      throw new RecurrenceProblem(
        'recurrence.count',
        'Give how many times the event happens, or choose another ending.',
      )
    options.count = fields.count
  }
  return RRule.optionsToString(options).replace(/^RRULE:/, '')
}
