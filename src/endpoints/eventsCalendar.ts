import type { Endpoint, PayloadRequest } from 'payload'

import type { CharityContext } from '../context.ts'

import { ICalEventStatus } from 'ical-generator'
import { setImmediate as nextTurn } from 'node:timers/promises'

import { publishedAnd } from '../access/published.ts'
import { guardEndpoint } from '../guards/endpoint.ts'
import { INTERNAL_READ } from '../hooks/boundPublicReads.ts'
import { calendarText } from '../utilities/calendarText.ts'
import { pageLocaleOf } from '../utilities/pageUrl.ts'
import { feedFilterConstraints } from './feedFilters.ts'

type CalendarEvent = {
  id: number | string
  title?: string
  summary?: null | string
  slug?: null | string
  startsAt: string
  endsAt?: null | string
  allDay?: boolean | null
  eventStatus?: string | null
  sequence?: number | null
  updatedAt?: string
  onlineUrl?: null | string
  venue?: {
    name?: null | string
    street?: null | string
    city?: null | string
    postcode?: null | string
  } | null
}

/** How long past events stay in the feed, so calendars keep recent history. */
const PAST_DAYS = 30

/**
 * At most this many events, the soonest first, read this many at a time: a
 * page of 100 took about 40 ms in one piece at 10k events, the longest stall
 * the server had while the cached feed was remade (every few seconds under
 * load, when its copy expires); a page of 25 takes about a quarter of that.
 */
const CALENDAR_MAX = 500
const CALENDAR_PAGE = 25

const STATUS: Record<string, ICalEventStatus> = {
  cancelled: ICalEventStatus.CANCELLED,
  postponed: ICalEventStatus.TENTATIVE,
}

const place = (event: CalendarEvent): string | undefined => {
  const venue = [event.venue?.name, event.venue?.street, event.venue?.city, event.venue?.postcode]
    .filter(Boolean)
    .join(', ')
  return venue || event.onlineUrl || undefined
}

/**
 * `GET /api/events/calendar.ics`: published events from the last 30 days on,
 * as an iCalendar feed anyone can subscribe to. `?campaign=` (id or slug)
 * narrows it, as do the other feed filters the events collection has a field for.
 * Cancelled events stay in the feed as CANCELLED so subscribed calendars drop them.
 */
export const eventsCalendar = (ctx: CharityContext, slug: string): Endpoint =>
  guardEndpoint(
    { rateLimit: 'feeds' },
    {
      path: '/calendar.ics',
      method: 'get',
      handler: async (req: PayloadRequest) => {
        const filters = await feedFilterConstraints(ctx, slug, req)
        if (filters instanceof Response) return filters
        const since = new Date(Date.now() - PAST_DAYS * 24 * 60 * 60 * 1000).toISOString()
        // A feed is public whoever asks: only published events, even for a logged-in editor.
        const where = publishedAnd({ startsAt: { greater_than_equal: since } }, ...filters)
        const docs: CalendarEvent[] = []
        const seen = new Set<number | string>()
        // In pages, with a turn of the event loop between them: reading 500 events in one go held
        // the loop for about 200 ms at 10k events (Payload's read transform and afterRead run on every
        // document synchronously), and every other request waited. An event published between two
        // pages may shift the next one; a repeat is dropped, and a calendar picks up a miss at its
        // next poll.
        for (let page = 1; page <= CALENDAR_MAX / CALENDAR_PAGE; page++) {
          const result = await req.payload.find({
            collection: slug,
            where,
            sort: 'startsAt',
            limit: CALENDAR_PAGE,
            page,
            depth: 0,
            locale: req.locale ?? undefined,
            overrideAccess: false,
            req,
            // The feed chooses its own size; anonymous REST limits are for open-ended lists.
            context: { [INTERNAL_READ]: true },
          })
          for (const event of result.docs as unknown as CalendarEvent[]) {
            if (!seen.has(event.id)) docs.push(event)
            seen.add(event.id)
          }
          if (!result.hasNextPage) break
          await nextTurn()
        }

        const text = await calendarText(
          {
            name: ctx.feeds.calendarName,
            prodId: { company: 'payload-plugin-charity', product: 'events' },
          },
          docs.map((event) => ({
            id: `${slug}-${event.id}@payload-plugin-charity`,
            start: new Date(event.startsAt),
            end: event.endsAt ? new Date(event.endsAt) : undefined,
            allDay: Boolean(event.allDay),
            summary: event.title ?? '',
            description: event.summary ?? undefined,
            location: place(event),
            url: ctx.pageUrl({ collection: slug, doc: event, locale: pageLocaleOf(req) }),
            sequence: event.sequence ?? 0,
            status: STATUS[event.eventStatus ?? ''] ?? ICalEventStatus.CONFIRMED,
            lastModified: event.updatedAt ? new Date(event.updatedAt) : undefined,
          })),
        )
        return new Response(text, {
          headers: {
            'content-type': 'text/calendar; charset=utf-8',
            'cache-control': 'public, max-age=300',
          },
        })
      },
    },
  )
