import type { Reader } from './client'
import type { Event, List, Occurrence, OccurrenceList } from './types'

import { BACKEND_PUBLIC_URL } from '../config'
import { endpointGet, restGet, tag } from './client'

export const EVENTS_PER_PAGE = 12

export type EventFilter = {
  when?: 'past' | 'upcoming'
  type?: string
  group?: string
  page?: number
}

/** The current time to five minutes, so the cached query stays the same between revalidations. */
export const roundedNow = (): string => {
  const step = 5 * 60 * 1000
  return new Date(Math.floor(Date.now() / step) * step).toISOString()
}

/** An event as one of its dates: the series' fields with this occurrence's times, status and changes. */
export type EventDate = Event & { occurrence: Occurrence }

/** A list key for an event or one of its dates (a series' dates share the event's id). */
export const dateKey = (event: Event | EventDate): string => {
  const occurrence = (event as Partial<EventDate>).occurrence
  return occurrence ? `${event.id}@${occurrence.originalStartsAt}` : String(event.id)
}

/** The longest range the occurrences endpoint answers (it is documented as 366 days). */
const YEAR_MS = 366 * 24 * 60 * 60 * 1000

/**
 * The coming year's dates, soonest first: each meeting of a repeating series
 * (a cancelled or moved one says so) and each single event, from the
 * occurrences endpoint, then the events themselves in one read for their cards.
 * A series that began months ago but still meets is listed, which a filter on
 * the events' own `endsAt` cannot do.
 */
export const listUpcomingDates = async (
  reader: Reader,
  filter: Omit<EventFilter, 'when'> = {},
): Promise<List<EventDate> | null> => {
  const from = roundedNow()
  const query = new URLSearchParams({
    from,
    to: new Date(Date.parse(from) + YEAR_MS).toISOString(),
    limit: String(EVENTS_PER_PAGE),
    page: String(filter.page ?? 1),
  })
  if (filter.type) query.set('type', filter.type)
  if (filter.group) query.set('group', filter.group)
  const tags = [tag('events', reader.locale), tag('groups', reader.locale)]
  const dates = await endpointGet<OccurrenceList>(`/api/events/occurrences?${query}`, reader, tags)
  if (!dates) return null
  const ids = [...new Set(dates.docs.map((date) => date.event))]
  const events = ids.length
    ? await restGet<List<Event>>(
        `/api/events?${new URLSearchParams({ 'where[id][in]': ids.join(','), limit: String(ids.length), depth: '1' })}`,
        reader,
        tags,
      )
    : null
  const byId = new Map((events?.docs ?? []).map((event) => [event.id, event]))
  return {
    ...dates,
    docs: dates.docs.flatMap((occurrence) => {
      const event = byId.get(occurrence.event)
      return event ? [{ ...event, occurrence }] : []
    }),
  }
}

/** Upcoming events soonest first (still running counts as upcoming), or past ones latest first. */
export const listEvents = (
  reader: Reader,
  filter: EventFilter = {},
): Promise<List<Event> | null> => {
  const past = filter.when === 'past'
  const query = new URLSearchParams({
    sort: past ? '-startsAt' : 'startsAt',
    limit: String(EVENTS_PER_PAGE),
    page: String(filter.page ?? 1),
    depth: '1',
    [`where[endsAt][${past ? 'less_than' : 'greater_than'}]`]: roundedNow(),
  })
  if (filter.type) query.set('where[eventType][equals]', filter.type)
  if (filter.group) query.set('where[group.slug][equals]', filter.group)
  return restGet<List<Event>>(`/api/events?${query}`, reader, [
    tag('events', reader.locale),
    tag('groups', reader.locale),
  ])
}

export const getEvent = async (reader: Reader, slug: string): Promise<Event | null> => {
  const query = new URLSearchParams({ 'where[slug][equals]': slug, limit: '1', depth: '1' })
  const list = await restGet<List<Event>>(`/api/events?${query}`, reader, [
    tag('events', reader.locale, slug),
    tag('campaigns', reader.locale),
    tag('groups', reader.locale),
  ])
  return list?.docs[0] ?? null
}

/** "Add to calendar": the one event's iCalendar file (a series with its rule and exceptions). */
export const eventCalendarUrl = (event: Pick<Event, 'id'>): string =>
  `${BACKEND_PUBLIC_URL}/api/events/${event.id}/calendar.ics`
