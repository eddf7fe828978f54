import type { SeriesException } from '../recurrence/expand.ts'

/** What became of one occurrence of a series, as a website redraws it. */
export const OCCURRENCE_CHANGES = ['cancelled', 'moved', 'changed', 'restored'] as const
export type OccurrenceChange = (typeof OCCURRENCE_CHANGES)[number]

/** The fields of an event's live row a series change is read from. */
export const SERIES_FIELDS = [
  'recurrence',
  'exceptions',
  'seriesStartsAt',
  'seriesEndsAt',
  'timezone',
] as const

/** An event's live row, as far as its series goes. */
export type SeriesRow = {
  recurrence?: null | { rule?: null | string }
  exceptions?: null | SeriesException[]
  seriesStartsAt?: null | string
  seriesEndsAt?: null | string
  timezone?: null | string
}

export type SeriesAnnouncement = {
  /** The series as it now is; null when the event no longer repeats. */
  recurrence: null | {
    rule: string
    seriesStartsAt: null | string
    seriesEndsAt: null | string
    timezone: string
  }
  /** `recurrence`: the rule or the series' bounds changed; `occurrences`: one or more exceptions did. */
  changed: ('occurrences' | 'recurrence')[]
  /** Each occurrence whose exception was added, changed or removed, by the start the rule gives it. */
  occurrences: {
    occurrence: string
    change: OccurrenceChange
    startsAt: null | string
    endsAt: null | string
  }[]
}

const instant = (value: null | string | undefined) => (value ? new Date(value).toISOString() : null)

const seriesOf = (row: SeriesRow | undefined): SeriesAnnouncement['recurrence'] => {
  const rule = row?.recurrence?.rule
  if (!rule) return null
  return {
    rule,
    seriesStartsAt: instant(row.seriesStartsAt),
    seriesEndsAt: instant(row.seriesEndsAt),
    timezone: row.timezone || 'Europe/London',
  }
}

/** An exception as compared: its own values, without the array row's id, dates as instants. */
const exceptionState = (exception: SeriesException) =>
  JSON.stringify({
    cancelled: Boolean(exception.cancelled),
    startsAt: instant(exception.startsAt),
    endsAt: instant(exception.endsAt),
    venue: Object.fromEntries(
      Object.entries(exception.venue ?? {}).filter(([key, value]) => key !== 'id' && value),
    ),
    note: exception.note || null,
  })

const byOccurrence = (row: SeriesRow | undefined) =>
  new Map(
    (row?.exceptions ?? [])
      .filter((exception) => exception?.occurrence)
      .map((exception) => [instant(exception.occurrence) as string, exception]),
  )

const changeOf = (was: SeriesException | undefined, is: SeriesException): OccurrenceChange => {
  if (is.cancelled) return 'cancelled'
  if (was?.cancelled) return 'restored'
  const moved = (exception: SeriesException | undefined) =>
    `${instant(exception?.startsAt)}|${instant(exception?.endsAt)}`
  return (is.startsAt || is.endsAt) && moved(was) !== moved(is) ? 'moved' : 'changed'
}

/**
 * How an event's series changed between two reads of its live row: its rule
 * or bounds, and which occurrences were cancelled, moved, changed or restored
 * (an exception removed). Null for an event that repeated neither before nor after.
 */
export const seriesChanges = (
  before: SeriesRow | undefined,
  after: SeriesRow | undefined,
): null | SeriesAnnouncement => {
  const was = seriesOf(before)
  const is = seriesOf(after)
  if (!was && !is) return null
  const changed: SeriesAnnouncement['changed'] = []
  if (JSON.stringify(was) !== JSON.stringify(is)) changed.push('recurrence')
  const old = byOccurrence(before)
  const now = byOccurrence(after)
  const occurrences: SeriesAnnouncement['occurrences'] = []
  for (const occurrence of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const previous = old.get(occurrence)
    const current = now.get(occurrence)
    if (previous && current && exceptionState(previous) === exceptionState(current)) continue
    occurrences.push({
      occurrence,
      change: current ? changeOf(previous, current) : 'restored',
      startsAt: current && !current.cancelled ? instant(current.startsAt) : null,
      endsAt: current && !current.cancelled ? instant(current.endsAt) : null,
    })
  }
  if (occurrences.length) changed.push('occurrences')
  return { recurrence: is, changed, occurrences }
}
