import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { CharityContext } from '../context.ts'

import { ICalEventStatus } from 'ical-generator'
import { setImmediate as nextTurn } from 'node:timers/promises'

import { publishedAnd } from '../access/published.ts'
import { SLUG_PATTERN } from '../fields/slug.ts'
import { guardEndpoint } from '../guards/endpoint.ts'
import { INTERNAL_READ } from '../hooks/boundPublicReads.ts'
import { calendarText } from '../utilities/calendarText.ts'
import { pageLocaleOf } from '../utilities/pageUrl.ts'
import { badRequest, feedFilterConstraints, feedParams } from './feedFilters.ts'

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

const CALENDAR_HEADERS = {
  'content-type': 'text/calendar; charset=utf-8',
  'cache-control': 'public, max-age=300',
}

/** The calendar file's own fields (name and product), the same for the feed and one event. */
const calendarOf = (ctx: CharityContext) => ({
  name: ctx.feeds.calendarName,
  prodId: { company: 'payload-plugin-charity', product: 'events' },
})

/** One event as a VEVENT. The UID is the same in the feed and in the event's own file, so they are one event. */
const vevent = (
  ctx: CharityContext,
  slug: string,
  event: CalendarEvent,
  locale: null | string,
) => ({
  id: `${slug}-${event.id}@payload-plugin-charity`,
  start: new Date(event.startsAt),
  end: event.endsAt ? new Date(event.endsAt) : undefined,
  allDay: Boolean(event.allDay),
  summary: event.title ?? '',
  description: event.summary ?? undefined,
  location: place(event),
  url: ctx.pageUrl({ collection: slug, doc: event, locale }),
  sequence: event.sequence ?? 0,
  status: STATUS[event.eventStatus ?? ''] ?? ICalEventStatus.CONFIRMED,
  lastModified: event.updatedAt ? new Date(event.updatedAt) : undefined,
})

const notFound = (message: string) => Response.json({ errors: [{ message }] }, { status: 404 })

const idPattern = (req: PayloadRequest) =>
  req.payload.db.defaultIDType === 'number' ? /^\d{1,18}$/ : /^[a-f0-9]{24}$/

/**
 * One published event's own calendar file, for an "add to calendar" button:
 * the same VEVENT (and UID) as in the feed, so a calendar that has both keeps
 * one copy. Drafts have none, whoever asks.
 */
const oneEventFile = async (
  ctx: CharityContext,
  slug: string,
  req: PayloadRequest,
  match: Where,
): Promise<Response> => {
  const { docs } = await req.payload.find({
    collection: slug,
    where: publishedAnd(match),
    limit: 1,
    depth: 0,
    locale: req.locale ?? undefined,
    overrideAccess: false,
    req,
  })
  const event = docs[0] as unknown as CalendarEvent | undefined
  if (!event)
    return notFound(`No published event in ${slug} matches; drafts have no calendar file.`)
  const text = await calendarText(calendarOf(ctx), [vevent(ctx, slug, event, pageLocaleOf(req))])
  const name = event.slug || String(event.id)
  return new Response(text, {
    headers: { ...CALENDAR_HEADERS, 'content-disposition': `inline; filename="${name}.ics"` },
  })
}

/**
 * `GET /api/events/calendar.ics`: published events from the last 30 days on,
 * as an iCalendar feed anyone can subscribe to. `?campaign=` (id or slug)
 * narrows it, as do the other feed filters the events collection has a field for.
 * Cancelled events stay in the feed as CANCELLED so subscribed calendars drop them.
 * `?slug=<slug>` is one event's own file instead (as `/api/events/<id>/calendar.ics`).
 */
export const eventsCalendar = (ctx: CharityContext, slug: string): Endpoint =>
  guardEndpoint(
    { rateLimit: 'feeds', params: [...feedParams(ctx), 'slug'] },
    {
      path: '/calendar.ics',
      method: 'get',
      handler: async (req: PayloadRequest) => {
        const one = req.searchParams.get('slug')
        if (one !== null) {
          if (ctx.feedFilters.some(({ param }) => req.searchParams.has(param))) {
            return badRequest(
              'slug picks one event, which takes no feed filter: leave out the filters, or the slug for the whole calendar.',
            )
          }
          if (!SLUG_PATTERN.test(one) || one.length > 200) {
            return badRequest(
              `slug must be the slug of a published event, not "${one.slice(0, 200)}".`,
            )
          }
          return oneEventFile(ctx, slug, req, { slug: { equals: one } })
        }
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
          calendarOf(ctx),
          docs.map((event) => vevent(ctx, slug, event, pageLocaleOf(req))),
        )
        return new Response(text, { headers: CALENDAR_HEADERS })
      },
    },
  )

/** `GET /api/events/<id>/calendar.ics`: one published event's own calendar file. */
export const oneEventCalendar = (ctx: CharityContext, slug: string): Endpoint =>
  guardEndpoint(
    { rateLimit: 'feeds', params: ['locale', 'fallback-locale'] },
    {
      path: '/:id/calendar.ics',
      method: 'get',
      handler: async (req: PayloadRequest) => {
        const id = String(req.routeParams?.id ?? '')
        if (!idPattern(req).test(id))
          return badRequest(`"${id.slice(0, 100)}" is not an id of ${slug}.`)
        return oneEventFile(ctx, slug, req, { id: { equals: id } })
      },
    },
  )
