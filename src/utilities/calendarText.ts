import type { ICalCalendarData, ICalEventData } from 'ical-generator'

import ical from 'ical-generator'
import { setImmediate as nextTurn } from 'node:timers/promises'

const END = 'END:VCALENDAR'

/**
 * An iCalendar file's text, rendered `batch` events at a time with a turn of
 * the event loop between batches. ical-generator folds long lines one
 * character at a time (a `TextEncoder` per character), about 0.25 ms per
 * event: 500 events in one `toString()` held the loop for 120 ms, and every
 * other request waited. Each batch is a calendar of its own with the same
 * properties, so every line is still the library's; the batches' events go
 * between one header and one end, and the result is the same text one
 * `toString()` of all the events gives.
 */
export const calendarText = async (
  calendar: Omit<ICalCalendarData, 'events'>,
  events: ICalEventData[],
  batch = 50,
): Promise<string> => {
  const empty = ical(calendar).toString()
  if (!empty.endsWith(END)) throw new Error('ical-generator: a calendar no longer ends with END')
  const header = empty.slice(0, -END.length)
  const parts = [header]
  for (let start = 0; start < events.length; start += batch) {
    if (start > 0) await nextTurn()
    const text = ical({ ...calendar, events: events.slice(start, start + batch) }).toString()
    if (!text.startsWith(header) || !text.endsWith(END)) {
      throw new Error('ical-generator: a calendar with events no longer starts with its header')
    }
    parts.push(text.slice(header.length, -END.length))
  }
  parts.push(END)
  return parts.join('')
}
