import type { RRuleOptions } from './rrule.ts'

import { TZDate } from '@date-fns/tz'

import { Frequency, RRule, Weekday } from './rrule.ts'

/** The languages a meeting's rhythm is put into words in. */
export const MEETING_TEXT_LOCALES = ['en', 'cy'] as const
export type MeetingTextLocale = (typeof MEETING_TEXT_LOCALES)[number]

/** What the wording reads from a repeating event. */
export type MeetingSeries = {
  startsAt: string
  timezone?: null | string
  recurrence?: null | { rule?: null | string }
}

type Words = {
  days: string[]
  /** "Second Tuesday of the month" (a position of 1…4 or -1 for the last). */
  nthOfMonth: (position: number, day: string) => string
  /** "Every Tuesday and Thursday", "Every other Tuesday", "Every 3 weeks on Tuesday". */
  weekly: (interval: number, days: string[]) => string
  /** The 15th, or the last day (-1), of the month. */
  dayOfMonth: (day: number) => string
  daily: (interval: number) => string
  /** "…, every other month" / "…, every 3 months" after a monthly day. */
  months: (interval: number) => string
  yearly: (date: Date, timeZone: string) => string
  and: string
}

const list = (items: string[], and: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`

const ENGLISH_NTH: Record<number, string> = {
  1: 'First',
  2: 'Second',
  3: 'Third',
  4: 'Fourth',
  [-1]: 'Last',
}
const englishOrdinal = (n: number) => {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th')
  return `${n}${suffix}`
}

const ENGLISH: Words = {
  days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  nthOfMonth: (position, day) => `${ENGLISH_NTH[position]} ${day} of the month`,
  weekly: (interval, days) =>
    interval === 1
      ? `Every ${list(days, 'and')}`
      : interval === 2
        ? `Every other ${list(days, 'and')}`
        : `Every ${interval} weeks on ${list(days, 'and')}`,
  dayOfMonth: (day) =>
    day === -1 ? 'The last day of the month' : `The ${englishOrdinal(day)} of the month`,
  daily: (interval) =>
    interval === 1 ? 'Every day' : interval === 2 ? 'Every other day' : `Every ${interval} days`,
  months: (interval) => (interval === 2 ? 'every other month' : `every ${interval} months`),
  yearly: (date, timeZone) =>
    `Every year on ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone }).format(date)}`,
  and: 'and',
}

/** Welsh ordinal endings for the days of a month: 1af, 2il, 3ydd, … 31ain. */
const WELSH_DAY_ENDINGS = [
  'af',
  'il',
  'ydd',
  'ydd',
  'ed',
  'ed',
  'fed',
  'fed',
  'fed',
  'fed',
  'eg',
  'fed',
  'eg',
  'eg',
  'fed',
  'eg',
  'eg',
  'fed',
  'eg',
  'fed',
  'ain',
  'ain',
  'ain',
  'ain',
  'ain',
  'ain',
  'ain',
  'ain',
  'ain',
  'ain',
  'ain',
]
/** After "ail" and "ar" a weekday's "dydd" softens to "ddydd". */
const soft = (day: string) => day.replace(/^dydd/, 'ddydd')
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const WELSH: Words = {
  days: [
    'dydd Llun',
    'dydd Mawrth',
    'dydd Mercher',
    'dydd Iau',
    'dydd Gwener',
    'dydd Sadwrn',
    'dydd Sul',
  ],
  // "Cyntaf" and "olaf" follow the noun; "ail", "trydydd" and "pedwerydd" go before it.
  nthOfMonth: (position, day) =>
    capital(
      position === 1
        ? `y ${day} cyntaf y mis`
        : position === -1
          ? `${day} olaf y mis`
          : position === 2
            ? `ail ${soft(day)} y mis`
            : `${position === 3 ? 'trydydd' : 'pedwerydd'} ${day} y mis`,
    ),
  weekly: (interval, days) =>
    interval === 1
      ? `Bob ${list(days, 'a')}`
      : interval === 2
        ? `Bob yn ail ${soft(list(days, 'a'))}`
        : `Bob ${interval} wythnos ar ${soft(list(days, 'a'))}`,
  dayOfMonth: (day) =>
    day === -1 ? 'Diwrnod olaf y mis' : `Y ${day}${WELSH_DAY_ENDINGS[day - 1]} o’r mis`,
  daily: (interval) =>
    interval === 1
      ? 'Bob dydd'
      : interval === 2
        ? 'Bob yn ail ddiwrnod'
        : `Bob ${interval} diwrnod`,
  months: (interval) => (interval === 2 ? 'bob yn ail fis' : `bob ${interval} mis`),
  yearly: (date, timeZone) =>
    `Bob blwyddyn ar ${new Intl.DateTimeFormat('cy', { day: 'numeric', month: 'long', timeZone }).format(date)}`,
  and: 'a',
}

const WORDS: Record<MeetingTextLocale, Words> = { en: ENGLISH, cy: WELSH }

/** "7pm", "6.30pm", "10am", "12pm": the way British listings write a time. */
const clock = (local: TZDate) => {
  const hours = local.getHours()
  const minutes = local.getMinutes()
  const hour = hours % 12 === 0 ? 12 : hours % 12
  return `${hour}${minutes ? `.${String(minutes).padStart(2, '0')}` : ''}${hours < 12 ? 'am' : 'pm'}`
}

type RuleWeekday = InstanceType<typeof Weekday>

const weekdaysOf = (options: Partial<RRuleOptions>): RuleWeekday[] =>
  [options.byweekday ?? []]
    .flat()
    .map((day) =>
      day instanceof Weekday ? day : typeof day === 'number' ? new Weekday(day) : RRule[day],
    )

const asList = (value: null | number | number[] | undefined): number[] =>
  value === null || value === undefined ? [] : [value].flat()

/**
 * A repeating event's rhythm in words in `locale`, with its start time in the
 * event's zone ("Second Tuesday of the month, 7pm" / "Ail ddydd Mawrth y mis,
 * 7pm"), or null when the event does not repeat or its rule has no short
 * wording (a yearly rule by weekday, weekdays at several positions).
 */
export const meetingText = (series: MeetingSeries, locale: MeetingTextLocale): null | string => {
  const rule = series.recurrence?.rule
  if (!rule) return null
  const words = WORDS[locale]
  const zone = series.timezone || 'Europe/London'
  const start = new Date(series.startsAt)
  const local = new TZDate(start.getTime(), zone)
  const options = RRule.parseString(rule)
  const interval = options.interval ?? 1
  const weekdays = weekdaysOf(options)
  const monthDays = asList(options.bymonthday)
  // rrule's weekdays count from Monday; a Date's from Sunday.
  const startDay = (local.getDay() + 6) % 7
  const dayNames = (days: RuleWeekday[]) => days.map((day) => words.days[day.weekday])

  let rhythm: null | string = null
  switch (options.freq) {
    case Frequency.DAILY:
      rhythm = words.daily(interval)
      break
    case Frequency.WEEKLY:
      rhythm = words.weekly(
        interval,
        dayNames(weekdays.length ? weekdays : [new Weekday(startDay)]),
      )
      break
    case Frequency.MONTHLY: {
      const positions = new Set(weekdays.map((day) => day.n ?? 0))
      if (weekdays.length && (positions.size > 1 || positions.has(0))) return null
      const position = [...positions][0]
      const day = monthDays[0] ?? local.getDate()
      const monthly =
        weekdays.length && position !== undefined
          ? words.nthOfMonth(position, list(dayNames(weekdays), words.and))
          : words.dayOfMonth(day)
      rhythm = interval === 1 ? monthly : `${monthly}, ${words.months(interval)}`
      break
    }
    case Frequency.YEARLY:
      if (weekdays.length || monthDays.length) return null
      rhythm = words.yearly(start, zone)
      break
  }
  return rhythm ? `${rhythm}, ${clock(local)}` : null
}
