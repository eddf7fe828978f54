import type { ICalCalendarData, ICalEventData } from 'ical-generator'

import ical from 'ical-generator'
import { setImmediate as nextTurn } from 'node:timers/promises'

const END = 'END:VCALENDAR'

/** iCalendar lines hold at most 75 octets; the rest goes on continuation lines (RFC 5545, 3.1). */
const FOLD_AT = 74

/** For the rare two-unit piece (a surrogate pair, or a lone high surrogate and what follows it). */
const encoder = new TextEncoder()

/** UTF-8 octets of one piece of text, as `TextEncoder` counts them (a lone surrogate is U+FFFD). */
const octets = (piece: string): number => {
  if (piece.length > 1) return encoder.encode(piece).length
  const code = piece.charCodeAt(0)
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3
}

/**
 * One line folded exactly as ical-generator folds it (its `foldLines`): a
 * break before the piece that would take the line past 74 octets, a high
 * surrogate kept with the unit after it. The library builds a `TextEncoder`
 * for every character to count octets, which cost 140 ms a feed of 500
 * events, in one piece; this counts them by code unit.
 */
const foldLine = (line: string): string => {
  // Every code unit is at most 3 octets: a short line needs no counting.
  if (line.length * 3 <= FOLD_AT) return line
  let folded = ''
  let used = 0
  for (let i = 0; i < line.length; i++) {
    let piece = line.charAt(i)
    if (piece >= '\ud800' && piece <= '\udbff') piece += line.charAt(++i)
    const size = octets(piece)
    used += size
    if (used > FOLD_AT) {
      folded += '\r\n '
      used = size
    }
    folded += piece
  }
  return folded
}

const foldLines = (text: string): string => text.split('\r\n').map(foldLine).join('\r\n')

/**
 * An event's own text. ical-generator writes RECURRENCE-ID as a DATE-TIME even
 * for an all-day event, whose DTSTART is a DATE; RFC 5545 wants both of one
 * type (calendars otherwise miss which occurrence it replaces), so an all-day
 * event's midnight RECURRENCE-ID is written as its DATE.
 */
const eventText = (calendar: ReturnType<typeof ical>, data: ICalEventData): string => {
  const text = calendar.createEvent(data).toString()
  return data.allDay && data.recurrenceId
    ? text.replace(/^RECURRENCE-ID:(\d{8})T000000Z?\r$/m, 'RECURRENCE-ID;VALUE=DATE:$1\r')
    : text
}

/**
 * An iCalendar file's text, the same text ical-generator's `toString()` of
 * all the events gives: the library writes each event (every property and
 * escape is its own), and this folds the lines and puts the events between
 * one header and one end, `batch` events at a time with a turn of the event
 * loop between batches, so a feed of 500 events never holds the loop.
 */
export const calendarText = async (
  calendar: Omit<ICalCalendarData, 'events'>,
  events: ICalEventData[],
  batch = 50,
): Promise<string> => {
  const empty = ical(calendar)
  const emptyText = empty.toString()
  if (!emptyText.endsWith(END)) {
    throw new Error('ical-generator: a calendar no longer ends with END')
  }
  const parts = [emptyText.slice(0, -END.length)]
  // The header holds the calendar's own zone only: add a VTIMEZONE for every other zone an event names.
  const timezone = typeof calendar.timezone === 'object' ? calendar.timezone : null
  const zones = new Set(
    events.map((event) => event.timezone).filter((zone) => typeof zone === 'string'),
  )
  for (const zone of zones) {
    if (zone === timezone?.name) continue
    const block = timezone?.generator?.(zone)
    if (block) parts.push(foldLines(`${block.trim().replace(/\r?\n/g, '\r\n')}\r\n`))
  }
  for (let start = 0; start < events.length; start += batch) {
    if (start > 0) await nextTurn()
    for (const data of events.slice(start, start + batch)) {
      // The calendar's toString() writes each event's own toString(), unfolded, and folds the whole.
      parts.push(foldLines(eventText(empty, data)))
    }
  }
  parts.push(END)
  return parts.join('')
}
