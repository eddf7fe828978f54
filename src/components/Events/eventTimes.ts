/** The events editor's hints, as pure functions (shared with the unit tests). */

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
