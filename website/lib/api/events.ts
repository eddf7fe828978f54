import type { Reader } from './client'
import type { Event, List } from './types'

import { BACKEND_PUBLIC_URL } from '../config'
import { restGet, tag } from './client'

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

/**
 * "Add to calendar": the backend's iCalendar feed. It will be the one event's
 * own file (`/api/events/<id>/calendar.ics`) once the backend serves it; this
 * is the one place to change.
 */
export const eventCalendarUrl = (_event: Pick<Event, 'id'>): string =>
  `${BACKEND_PUBLIC_URL}/api/events/calendar.ics`
