import type { ICalEventData } from 'ical-generator'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { CharityContext } from '../context.ts'
import type { SeriesException } from '../recurrence/expand.ts'

import { ICalEventStatus } from 'ical-generator'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { tzlib_get_ical_block } from 'timezones-ical-library'

import { publishedAnd } from '../access/published.ts'
import { SLUG_PATTERN } from '../fields/slug.ts'
import { guardEndpoint } from '../guards/endpoint.ts'
import { INTERNAL_READ } from '../hooks/boundPublicReads.ts'
import { toFloating } from '../recurrence/wallTime.ts'
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
  timezone?: null | string
  recurrence?: null | { rule?: null | string }
  exceptions?: null | SeriesException[]
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

/**
 * The fields a VEVENT is made of (CalendarEvent). A whole event also carries
 * its speakers, agenda and their translations, each a table more to read for
 * every event in the feed. A host with its own `pageUrl` gets whole events, as
 * that function may use any field.
 */
const CALENDAR_SELECT = {
  title: true,
  summary: true,
  slug: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  eventStatus: true,
  sequence: true,
  updatedAt: true,
  onlineUrl: true,
  venue: true,
  timezone: true,
  recurrence: { rule: true },
  exceptions: true,
} as const
const calendarSelect = (ctx: CharityContext) => (ctx.hasOwnPageUrl ? undefined : CALENDAR_SELECT)

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
  // No zone of the calendar's own; a VTIMEZONE (from the IANA database) for each zone a series names.
  timezone: { name: null, generator: (zone: string) => tzlib_get_ical_block(zone)[0] || null },
})

/** A date as iCalendar's local DATE-TIME in `zone` (for TZID= properties). */
const localStamp = (date: Date, zone: string) =>
  toFloating(date, zone)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, '')

const DAY_MS = 24 * 60 * 60 * 1000
const zoneOf = (event: CalendarEvent) => event.timezone || 'Europe/London'

/**
 * The day an instant falls on in `zone`, as midnight UTC: ical-generator writes
 * an all-day event's DATE from a Date's UTC fields, so an event starting at
 * 00:00 London summer time (23:00 UTC the day before) keeps its own day.
 */
const dayIn = (date: Date | string, zone: string): Date => {
  const wall = toFloating(new Date(date), zone)
  return new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()))
}

/** An all-day event's DTSTART and DTEND: its first day, and the day after its last (DTEND is exclusive). */
const allDaySpan = (startsAt: Date | string, endsAt: Date | string, zone: string) => {
  const start = dayIn(startsAt, zone)
  const last = dayIn(endsAt, zone)
  return { start, end: new Date(Math.max(last.getTime(), start.getTime()) + DAY_MS) }
}

/** `YYYYMMDD`, iCalendar's DATE, of a day from dayIn. */
const dateStamp = (day: Date) => day.toISOString().slice(0, 10).replace(/-/g, '')

/** One event as a VEVENT. The UID is the same in the feed and in the event's own file, so they are one event. */
const vevent = (
  ctx: CharityContext,
  slug: string,
  event: CalendarEvent,
  locale: null | string,
): ICalEventData => ({
  id: `${slug}-${event.id}@payload-plugin-charity`,
  ...(event.allDay
    ? allDaySpan(event.startsAt, event.endsAt ?? event.startsAt, zoneOf(event))
    : {
        start: new Date(event.startsAt),
        end: event.endsAt ? new Date(event.endsAt) : undefined,
      }),
  allDay: Boolean(event.allDay),
  summary: event.title ?? '',
  description: event.summary ?? undefined,
  location: place(event),
  url: ctx.pageUrl({ collection: slug, doc: event, locale }),
  sequence: event.sequence ?? 0,
  status: STATUS[event.eventStatus ?? ''] ?? ICalEventStatus.CONFIRMED,
  lastModified: event.updatedAt ? new Date(event.updatedAt) : undefined,
})

/**
 * A repeating event as calendars expect it: one VEVENT with DTSTART in the
 * event's zone (TZID, so 19:00 stays 19:00 local across daylight saving) and
 * the RRULE, EXDATE for each cancelled occurrence, and a VEVENT with the same
 * UID and a RECURRENCE-ID for each moved or changed one. A single event is its
 * one VEVENT, in UTC as before.
 */
const vevents = (
  ctx: CharityContext,
  slug: string,
  event: CalendarEvent,
  locale: null | string,
): ICalEventData[] => {
  const master = vevent(ctx, slug, event, locale)
  const rule = event.recurrence?.rule
  if (!rule) return [master]
  if (event.allDay) return allDaySeries(master, event, rule)
  const zone = zoneOf(event)
  // ical-generator writes a Date's UTC fields after TZID=: give it the wall clock as those fields.
  const local = (date: Date | string) => toFloating(new Date(date), zone)
  const exceptions = event.exceptions ?? []
  const cancelled = exceptions
    .filter((exception) => exception.cancelled)
    .map((exception) => `EXDATE;TZID=${zone}:${localStamp(new Date(exception.occurrence), zone)}`)
  const length =
    new Date(event.endsAt ?? event.startsAt).getTime() - new Date(event.startsAt).getTime()
  const changed = exceptions
    .filter((exception) => !exception.cancelled)
    .map((exception): ICalEventData => {
      const start = new Date(exception.startsAt ?? exception.occurrence)
      const end = exception.endsAt ? new Date(exception.endsAt) : new Date(start.getTime() + length)
      return {
        ...master,
        timezone: zone,
        recurrenceId: local(exception.occurrence),
        start: local(start),
        end: local(end),
        location: exceptionPlace(exception, master.location as string | undefined),
        description: [exception.note, event.summary].filter(Boolean).join('\n\n') || undefined,
      }
    })
  return [
    {
      ...master,
      timezone: zone,
      start: local(event.startsAt),
      end: local(event.endsAt ?? event.startsAt),
      repeating: [`RRULE:${rule}`, ...cancelled].join('\n'),
    },
    ...changed,
  ]
}

/** An exception's own place, or the series' when it has none. */
const exceptionPlace = (exception: SeriesException, fallback: string | undefined) =>
  [exception.venue?.name, exception.venue?.street, exception.venue?.city, exception.venue?.postcode]
    .filter(Boolean)
    .join(', ') || fallback

/**
 * A repeating all-day event: DATE values throughout (DTSTART, EXDATE,
 * RECURRENCE-ID, and the rule's UNTIL, which must be of DTSTART's type), each
 * the day the occurrence falls on in the event's zone.
 */
const allDaySeries = (
  master: ICalEventData,
  event: CalendarEvent,
  rule: string,
): ICalEventData[] => {
  const zone = zoneOf(event)
  const days = Math.round(
    (dayIn(event.endsAt ?? event.startsAt, zone).getTime() -
      dayIn(event.startsAt, zone).getTime()) /
      DAY_MS,
  )
  const dateRule = rule.replace(/UNTIL=(\d{8}T\d{6}Z)/, (_, until: string) => {
    const instant = until.replace(
      /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/,
      '$1-$2-$3T$4:$5:$6Z',
    )
    return `UNTIL=${dateStamp(dayIn(instant, zone))}`
  })
  const exceptions = event.exceptions ?? []
  const cancelled = exceptions
    .filter((exception) => exception.cancelled)
    .map((exception) => `EXDATE;VALUE=DATE:${dateStamp(dayIn(exception.occurrence, zone))}`)
  const changed = exceptions
    .filter((exception) => !exception.cancelled)
    .map((exception): ICalEventData => {
      const start = dayIn(exception.startsAt ?? exception.occurrence, zone)
      const last = exception.endsAt
        ? dayIn(exception.endsAt, zone)
        : new Date(start.getTime() + days * DAY_MS)
      return {
        ...master,
        // Written as a DATE by calendarText (ical-generator would write a DATE-TIME).
        recurrenceId: dayIn(exception.occurrence, zone),
        ...allDaySpan(start, last, 'UTC'),
        location: exceptionPlace(exception, master.location as string | undefined),
        description: [exception.note, event.summary].filter(Boolean).join('\n\n') || undefined,
      }
    })
  return [{ ...master, repeating: [`RRULE:${dateRule}`, ...cancelled].join('\n') }, ...changed]
}

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
    pagination: false,
    select: calendarSelect(ctx),
    depth: 0,
    locale: req.locale ?? undefined,
    overrideAccess: false,
    req,
  })
  const event = docs[0] as unknown as CalendarEvent | undefined
  if (!event)
    return notFound(`No published event in ${slug} matches; drafts have no calendar file.`)
  const text = await calendarText(calendarOf(ctx), vevents(ctx, slug, event, pageLocaleOf(req)))
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
        // Series that began before the window and still run (or never end) come first: one indexed
        // read on their stored end, as few as the charity has series.
        const running = await req.payload.find({
          collection: slug,
          where: publishedAnd(
            { startsAt: { less_than: since } },
            {
              or: [
                { seriesEndsAt: { greater_than_equal: since } },
                { seriesEndsAt: { exists: false } },
              ],
            },
            ...filters,
          ),
          // Unsorted and whole, like the occurrences list: an order here would sort every match.
          pagination: false,
          select: calendarSelect(ctx),
          depth: 0,
          locale: req.locale ?? undefined,
          overrideAccess: false,
          req,
          context: { [INTERNAL_READ]: true },
        })
        const docs = running.docs as unknown as CalendarEvent[]
        const seen = new Set<number | string>(docs.map((event) => event.id))
        // In pages, with a turn of the event loop between them: reading 500 events in one go held
        // the loop for about 200 ms at 10k events (Payload's read transform and afterRead run on every
        // document synchronously), and every other request waited. An event published between two
        // pages may shift the next one; a repeat is dropped, and a calendar picks up a miss at its
        // next poll.
        // SQL databases read a page by its offset without counting every match for it (twenty
        // counts a feed); MongoDB's pager ignores the offset unless it counts, so it counts there.
        const counted = req.payload.db.name === 'mongoose'
        for (let page = 1; page <= CALENDAR_MAX / CALENDAR_PAGE; page++) {
          const result = await req.payload.find({
            collection: slug,
            where,
            sort: 'startsAt',
            limit: CALENDAR_PAGE,
            page,
            pagination: counted,
            select: calendarSelect(ctx),
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
          if (counted ? !result.hasNextPage : result.docs.length < CALENDAR_PAGE) break
          await nextTurn()
        }

        const text = await calendarText(
          calendarOf(ctx),
          docs.flatMap((event) => vevents(ctx, slug, event, pageLocaleOf(req))),
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
