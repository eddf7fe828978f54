/** The events editor's hints, as pure functions (shared with the unit tests). */

import type { SeriesInput } from '../../recurrence/expand.ts'

/** `2027-05-15T09:00:00.000Z, 'Europe/London'` → `Sat, 15 May 2027, 10:00 BST`; null when either is missing or unknown. */
export const inEventZone = (
  iso: null | string | undefined,
  timeZone: null | string | undefined,
): null | string => {
  if (!iso || !timeZone) return null
  const when = new Date(iso)
  if (Number.isNaN(when.getTime())) return null
  try {
    return new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    }).format(when)
  } catch {
    return null
  }
}

export const END_BEFORE_START = 'The event ends before it starts: set the end after the start.'

/** The warning for an end at or before the start, or null when the times are in order (or not both set). */
export const endBeforeStartWarning = (
  startsAt: null | string | undefined,
  endsAt: null | string | undefined,
): null | string => {
  if (!startsAt || !endsAt) return null
  const start = new Date(startsAt).getTime()
  const end = new Date(endsAt).getTime()
  if (Number.isNaN(start) || Number.isNaN(end)) return null
  return end <= start ? END_BEFORE_START : null
}

/** What the events list shows in its start column for one row. */
export type ListedStart = {
  /** The event's start, or a series' next occurrence; null when a series has none left. */
  at: null | string
  /** A repeating series: `at` is its next occurrence, not its first start. */
  series: boolean
}

/**
 * The events list's start column: a single event's start, and for a series
 * the next occurrence from `now` (cancelled ones skipped, moved ones where
 * they moved to), so the Upcoming list shows each series' next date rather
 * than the first one, which may be months past.
 */
export const listedStart = (
  row: SeriesInput,
  now: Date,
  next: (series: SeriesInput, after: Date, count: number) => { startsAt: Date }[],
): ListedStart => {
  if (!row.recurrence?.rule) return { at: row.startsAt ?? null, series: false }
  try {
    const [first] = next(row, now, 1)
    return { at: first ? first.startsAt.toISOString() : null, series: true }
  } catch {
    // A rule the list cannot expand (an editor's half-typed draft): show the first start.
    return { at: row.startsAt ?? null, series: true }
  }
}
