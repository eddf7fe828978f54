import type { RRuleOptions } from './rrule.ts'

import { RRule } from './rrule.ts'
import { fromFloating, toFloating } from './wallTime.ts'

/** A bounded series makes at most this many occurrences; open-ended ones are expanded a window at a time. */
export const MAX_SERIES_OCCURRENCES = 2000

const DAY_MS = 24 * 60 * 60 * 1000

export type OccurrenceVenue = {
  name?: null | string
  street?: null | string
  city?: null | string
  postcode?: null | string
}

/** One occurrence's own changes, keyed by the start the rule gives it. */
export type SeriesException = {
  occurrence: string
  cancelled?: boolean | null
  startsAt?: null | string
  endsAt?: null | string
  venue?: null | OccurrenceVenue
  note?: null | string
}

/** What expansion reads from an event. */
export type SeriesInput = {
  startsAt: string
  endsAt: string
  timezone?: null | string
  eventStatus?: null | string
  recurrence?: null | { rule?: null | string }
  exceptions?: null | SeriesException[]
}

export type OccurrenceOverride = {
  venue?: OccurrenceVenue
  note?: string
}

export type Occurrence = {
  startsAt: Date
  endsAt: Date
  /** The start the rule gives this occurrence (its RECURRENCE-ID); the event's own start for a single event. */
  originalStartsAt: Date
  status: string
  override: null | OccurrenceOverride
}

const zoneOf = (series: SeriesInput) => series.timezone || 'Europe/London'

/** The series' rule in floating time (see wallTime.ts), or null for a single event. */
export const floatingRule = (series: SeriesInput): null | RRule => {
  const rule = series.recurrence?.rule
  if (!rule) return null
  const zone = zoneOf(series)
  const options: Partial<RRuleOptions> = RRule.parseString(rule)
  if (options.until) options.until = toFloating(options.until, zone)
  return new RRule({ ...options, dtstart: toFloating(new Date(series.startsAt), zone) })
}

/** The parts of an occurrence's own venue that are given, or null when none is. */
const givenVenue = (venue: null | OccurrenceVenue | undefined): null | OccurrenceVenue => {
  const given = Object.entries(venue ?? {}).filter(
    ([, value]) => typeof value === 'string' && value.trim(),
  )
  return given.length > 0 ? (Object.fromEntries(given) as OccurrenceVenue) : null
}

const isMoved = (exception: SeriesException) =>
  !exception.cancelled && Boolean(exception.startsAt || exception.endsAt)

export const overrideOf = (exception: SeriesException | undefined): null | OccurrenceOverride => {
  if (!exception) return null
  const override: OccurrenceOverride = {}
  const venue = givenVenue(exception.venue)
  if (venue) override.venue = venue
  if (exception.note?.trim()) override.note = exception.note
  return Object.keys(override).length > 0 ? override : null
}

/** The wall-clock length, so a 19:00-21:00 meeting stays two hours on the clock whatever the season. */
const wallLength = (series: SeriesInput): number => {
  const zone = zoneOf(series)
  return (
    toFloating(new Date(series.endsAt), zone).getTime() -
    toFloating(new Date(series.startsAt), zone).getTime()
  )
}

/**
 * The occurrence the rule starts at `original` (floating), with its exception
 * applied. `length` is the series' wallLength and `originalStartsAt` the
 * original's instant when the caller has them: zone conversions are most of
 * an expansion's cost.
 */
const occurrenceAt = (
  series: SeriesInput,
  originalFloating: Date,
  exception: SeriesException | undefined,
  length = wallLength(series),
  originalStartsAt = fromFloating(originalFloating, zoneOf(series)),
): Occurrence => {
  const zone = zoneOf(series)
  let startsAt = originalStartsAt
  let endsAt = fromFloating(new Date(originalFloating.getTime() + length), zone)
  let status = series.eventStatus || 'scheduled'
  if (exception?.cancelled) status = 'cancelled'
  else if (exception && isMoved(exception)) {
    const duration = endsAt.getTime() - startsAt.getTime()
    startsAt = exception.startsAt ? new Date(exception.startsAt) : startsAt
    endsAt = exception.endsAt ? new Date(exception.endsAt) : new Date(startsAt.getTime() + duration)
    if (startsAt.getTime() !== originalStartsAt.getTime() && status === 'scheduled')
      status = 'rescheduled'
  }
  return { startsAt, endsAt, originalStartsAt, status, override: overrideOf(exception) }
}

const touches = (occurrence: Occurrence, from: Date, to: Date) =>
  occurrence.endsAt.getTime() > from.getTime() && occurrence.startsAt.getTime() < to.getTime()

export const exceptionsByOriginal = (series: Pick<SeriesInput, 'exceptions'>) =>
  new Map(
    (series.exceptions ?? []).map((exception) => [
      new Date(exception.occurrence).getTime(),
      exception,
    ]),
  )

/** Whether the series' rule makes an occurrence starting at `start`. */
export const isOccurrenceStart = (series: SeriesInput, start: Date): boolean => {
  const rule = floatingRule(series)
  if (!rule) return start.getTime() === new Date(series.startsAt).getTime()
  const floating = toFloating(start, zoneOf(series))
  return rule
    .between(floating, floating, true)
    .some((date) => date.getTime() === floating.getTime())
}

/**
 * The occurrences of a series (or the one of a single event) that overlap
 * [from, to), cancelled ones included with their status, in start order.
 */
export const occurrencesBetween = (series: SeriesInput, from: Date, to: Date): Occurrence[] => {
  const rule = floatingRule(series)
  const exceptions = exceptionsByOriginal(series)
  if (!rule) {
    // A single event is its own stored instants: no zone round trip (most of a year's list are these).
    const startsAt = new Date(series.startsAt)
    const single: Occurrence = {
      startsAt,
      endsAt: new Date(series.endsAt),
      originalStartsAt: startsAt,
      status: series.eventStatus || 'scheduled',
      override: null,
    }
    return touches(single, from, to) ? [single] : []
  }
  const zone = zoneOf(series)
  const length = new Date(series.endsAt).getTime() - new Date(series.startsAt).getTime()
  // A day's slack either side covers the zone's offset changing between the two ends.
  const windowStart = new Date(toFloating(from, zone).getTime() - length - DAY_MS)
  const windowEnd = new Date(toFloating(to, zone).getTime() + DAY_MS)
  const wall = wallLength(series)
  const found: Occurrence[] = []
  for (const original of rule.between(windowStart, windowEnd, true)) {
    const originalStartsAt = fromFloating(original, zone)
    const exception = exceptions.get(originalStartsAt.getTime())
    if (exception && isMoved(exception)) continue
    found.push(occurrenceAt(series, original, exception, wall, originalStartsAt))
  }
  // A moved occurrence belongs where it now is, wherever the rule first put it.
  for (const exception of exceptions.values()) {
    if (!isMoved(exception)) continue
    const original = new Date(exception.occurrence)
    if (!isOccurrenceStart(series, original)) continue
    found.push(occurrenceAt(series, toFloating(original, zone), exception))
  }
  return found
    .filter((occurrence) => touches(occurrence, from, to))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
}

/** The first `count` occurrences from `after` on, cancelled ones left out (for a preview or "next"). */
export const nextOccurrences = (series: SeriesInput, after: Date, count: number): Occurrence[] => {
  const next: Occurrence[] = []
  // Look ahead a growing window: a yearly series needs years, a weekly one weeks.
  for (let days = 62; next.length < count && days <= 366 * 64; days *= 4) {
    const window = occurrencesBetween(series, after, new Date(after.getTime() + days * DAY_MS))
    next.splice(0, next.length, ...window.filter((occurrence) => occurrence.status !== 'cancelled'))
    if (!floatingRule(series)) break
  }
  return next.slice(0, count)
}

export type SeriesBounds = { startsAt: Date; endsAt: Date | null }

/**
 * The first start and the last end of the whole series (null when it never
 * ends), stored so "series touching [from, to)" is one indexed query.
 * Throws when a bounded series would make more than MAX_SERIES_OCCURRENCES.
 */
export const seriesBounds = (series: SeriesInput): SeriesBounds => {
  const rule = floatingRule(series)
  const moved = (series.exceptions ?? []).filter(isMoved).flatMap((exception) => {
    const original = new Date(exception.occurrence)
    if (rule && !isOccurrenceStart(series, original)) return []
    return [occurrenceAt(series, toFloating(original, zoneOf(series)), exception)]
  })
  const starts = [new Date(series.startsAt), ...moved.map((occurrence) => occurrence.startsAt)]
  const startsAt = new Date(Math.min(...starts.map((date) => date.getTime())))
  if (!rule) return { startsAt, endsAt: new Date(series.endsAt) }
  if (!rule.options.count && !rule.options.until) return { startsAt, endsAt: null }

  const all = rule.all((_, index) => index <= MAX_SERIES_OCCURRENCES)
  if (all.length > MAX_SERIES_OCCURRENCES)
    throw new RangeError(
      `A series has at most ${MAX_SERIES_OCCURRENCES} occurrences; end it sooner or leave it open-ended.`,
    )
  const last = all.at(-1)
  const ends = [
    last ? occurrenceAt(series, last, undefined).endsAt : new Date(series.endsAt),
    ...moved.map((occurrence) => occurrence.endsAt),
  ]
  return { startsAt, endsAt: new Date(Math.max(...ends.map((date) => date.getTime()))) }
}

/**
 * The occurrences whose rule-given start (`originalStartsAt`) is in
 * [from, through), moved ones where they now are, cancelled ones included:
 * what is stored of a series (src/recurrence/store.ts). `through` null means
 * to the series' end, for a single event or a bounded series only.
 */
export const occurrencesByOriginal = (
  series: SeriesInput,
  from: Date | null,
  through: Date | null,
): Occurrence[] => {
  const rule = floatingRule(series)
  const inRange = (original: Date) =>
    (!from || original.getTime() >= from.getTime()) &&
    (!through || original.getTime() < through.getTime())
  if (!rule) {
    const [single] = occurrencesBetween(
      series,
      new Date(series.startsAt),
      new Date(new Date(series.endsAt).getTime() + 1),
    )
    return single && inRange(single.originalStartsAt) ? [single] : []
  }
  const zone = zoneOf(series)
  const exceptions = exceptionsByOriginal(series)
  const wall = wallLength(series)
  let originals: Date[]
  if (through) {
    // A day's slack either side covers the zone's offset; inRange decides on the instants.
    const start = from ?? new Date(series.startsAt)
    originals = rule.between(
      new Date(toFloating(start, zone).getTime() - DAY_MS),
      new Date(toFloating(through, zone).getTime() + DAY_MS),
      true,
    )
  } else {
    if (!rule.options.count && !rule.options.until)
      throw new RangeError('An open-ended series is stored up to a horizon: give `through`.')
    originals = rule.all((_, index) => index < MAX_SERIES_OCCURRENCES)
  }
  return originals.flatMap((original) => {
    const originalStartsAt = fromFloating(original, zone)
    if (!inRange(originalStartsAt)) return []
    const exception = exceptions.get(originalStartsAt.getTime())
    return [occurrenceAt(series, original, exception, wall, originalStartsAt)]
  })
}
