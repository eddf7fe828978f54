/** Dates for sample content: fixed history, and upcoming dates placed relative to today. */

const DAY = 24 * 60 * 60 * 1000

/** One formatter per zone: making one is far dearer than using it, and `--scale` asks thousands of times. */
const formatters = new Map<string, Intl.DateTimeFormat>()
const formatterFor = (zone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
    formatters.set(zone, formatter)
  }
  return formatter
}

/** Minutes `zone` is ahead of UTC at `instant` (60 for London in summer). */
const offsetMinutes = (instant: Date, zone: string): number => {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  )
  const asUTC = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute)
  return Math.round((asUTC - instant.getTime()) / 60_000)
}

/** The instant a wall-clock time happens in a time zone: `zonedTime('2010-05-15', '10:00')` is 09:00 UTC. */
export const zonedTime = (day: string, time: string, zone = 'Europe/London'): Date => {
  const naive = new Date(`${day}T${time}:00Z`)
  return new Date(naive.getTime() - offsetMinutes(naive, zone) * 60_000)
}

/** `YYYY-MM-DD` of the day `days` after `from`, in UTC. */
export const dayAfter = (from: Date, days: number): string =>
  new Date(from.getTime() + days * DAY).toISOString().slice(0, 10)

/** The first given weekday (0 = Sunday … 6 = Saturday) at least `days` after `from`. */
export const weekdayAfter = (from: Date, days: number, weekday: number): string => {
  const start = new Date(from.getTime() + days * DAY)
  const ahead = (weekday - start.getUTCDay() + 7) % 7
  return dayAfter(start, ahead)
}

export const daysBefore = (from: Date, days: number): Date => new Date(from.getTime() - days * DAY)
