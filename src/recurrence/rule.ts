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
