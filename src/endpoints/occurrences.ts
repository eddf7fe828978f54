import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'

import type { CharityContext } from '../context.ts'
import type { ListPage } from '../graphql/listPage.ts'
import type { Occurrence, SeriesInput } from '../recurrence/expand.ts'

import { charityContext, slugInConfig } from '../context.ts'
import { guardEndpoint } from '../guards/endpoint.ts'
import { INTERNAL_READ } from '../hooks/boundPublicReads.ts'
import { asOccurrenceConstraint } from '../recurrence/constraint.ts'
import { exceptionsByOriginal, overrideOf } from '../recurrence/expand.ts'
import { extendOccurrences } from '../recurrence/store.ts'
import { badRequest, feedFilterConstraints, feedParams } from './feedFilters.ts'

/** The longest range one request may ask for: a year, leap day included. */
export const OCCURRENCES_MAX_DAYS = 366
/** How far ahead a range may end. */
export const OCCURRENCES_AHEAD_YEARS = 10
/** Without `to`, this many days from `from`. */
export const OCCURRENCES_DEFAULT_DAYS = 31
export const OCCURRENCES_DEFAULT_LIMIT = 20
export const OCCURRENCES_MAX_LIMIT = 100

const DAY_MS = 24 * 60 * 60 * 1000
/** A day (midnight UTC), or a date and time with its zone: anything else is ambiguous. */
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/

export type OccurrencesQuery = {
  from: Date
  to: Date
  type: null | string
  page: number
  limit: number
}

/** What is wrong with the range, type and paging asked for, or the query they make. */
export const parseOccurrencesQuery = (
  params: URLSearchParams,
  eventTypes: readonly string[],
  now: Date,
): { message: string } | OccurrencesQuery => {
  const instant = (name: string): Date | null | { message: string } => {
    const value = params.get(name)
    if (value === null) return null
    const date = new Date(value)
    if (!INSTANT.test(value) || Number.isNaN(date.getTime()))
      return {
        message: `${name} must be a day (2027-05-15) or a date and time with its zone (2027-05-15T09:00:00Z), not ${JSON.stringify(value.slice(0, 40))}.`,
      }
    return date
  }
  const from = instant('from') ?? now
  if ('message' in from) return from
  const to = instant('to') ?? new Date(from.getTime() + OCCURRENCES_DEFAULT_DAYS * DAY_MS)
  if ('message' in to) return to
  if (to.getTime() <= from.getTime()) return { message: 'to must be after from.' }
  if (to.getTime() - from.getTime() > OCCURRENCES_MAX_DAYS * DAY_MS)
    return {
      message: `The range from ${from.toISOString()} to ${to.toISOString()} is longer than ${OCCURRENCES_MAX_DAYS} days: ask for a year or less at a time.`,
    }
  // Rows past the stored horizon are written by the request that reaches them (extendOccurrences):
  // the bound keeps what one anonymous request can make the server store.
  const latest = new Date(now.getTime() + OCCURRENCES_AHEAD_YEARS * 365.25 * DAY_MS)
  if (to.getTime() > latest.getTime())
    return {
      message: `Occurrences are listed up to ${OCCURRENCES_AHEAD_YEARS} years ahead (until ${latest.toISOString().slice(0, 10)}): ask for an earlier range.`,
    }
  const type = params.get('type')
  if (type !== null && !eventTypes.includes(type))
    return {
      message: `type must be one of ${eventTypes.join(', ')}, not ${JSON.stringify(type.slice(0, 40))}.`,
    }
  // Whole numbers are checked by the guard (queryShapeProblem); the bounds are this list's.
  const limit = Number(params.get('limit') ?? OCCURRENCES_DEFAULT_LIMIT)
  if (limit < 1 || limit > OCCURRENCES_MAX_LIMIT)
    return { message: `limit must be between 1 and ${OCCURRENCES_MAX_LIMIT}.` }
  return { from, to, type, page: Number(params.get('page') ?? 1), limit }
}

/** What the list shows of each event besides its occurrences' own columns. */
type EventRow = Pick<SeriesInput, 'exceptions' | 'recurrence'> & {
  id: number | string
  title?: null | string
  slug?: null | string
  eventType?: null | string
}

/** A stored occurrence as the list reads it (collections/EventOccurrences.ts). */
type OccurrenceRow = {
  event: number | string
  startsAt: string
  endsAt: string
  originalStartsAt: string
  status: string
}

export type OccurrenceDoc = {
  event: number | string
  title: null | string
  slug: null | string
  eventType: null | string
  recurring: boolean
  startsAt: string
  endsAt: string
  originalStartsAt: string
  status: string
  override: Occurrence['override']
}

export type OccurrencesPage = ListPage<OccurrenceDoc> & { from: string; to: string }

const iso = (value: string) => new Date(value).toISOString()

/** The override of the occurrence the rule started at `original`, in the language read. */
const overrideAt = (event: EventRow | undefined, original: string): Occurrence['override'] => {
  const exception = event && exceptionsByOriginal(event).get(new Date(original).getTime())
  return overrideOf(exception)
}

/**
 * The occurrences in [from, to) of the events this reader may see, in start
 * order: a page of the stored occurrence rows (the events' read access holds
 * on them: anonymous readers get published events'), then the page's events
 * for their titles and the exceptions' notes and venues in the language asked.
 * An open-ended series stored short of `to` is stored further first.
 */
export const listOccurrences = async (
  slug: string,
  req: PayloadRequest,
  query: OccurrencesQuery,
  filters: Where[],
  locale: null | string = req.locale ?? null,
): Promise<OccurrencesPage> => {
  const { payload } = req
  const occurrences = slugInConfig(charityContext(payload), 'eventOccurrences')
  await extendOccurrences(payload, query.to)
  const where: Where = {
    and: [
      { startsAt: { less_than: query.to.toISOString() } },
      { endsAt: { greater_than: query.from.toISOString() } },
      ...(query.type ? [{ eventType: { equals: query.type } }] : []),
      ...filters.map(asOccurrenceConstraint),
    ],
  }
  const found = await payload.find({
    collection: occurrences as CollectionSlug,
    where,
    sort: ['startsAt', 'event', 'originalStartsAt'],
    page: query.page,
    limit: query.limit,
    depth: 0,
    req,
    overrideAccess: false,
    context: { [INTERNAL_READ]: true },
  })
  const rows = found.docs as unknown as OccurrenceRow[]
  const ids = [...new Set(rows.map((row) => row.event))]
  const { docs: events } = ids.length
    ? await payload.find({
        collection: slug as 'events',
        where: { id: { in: ids } },
        select: EVENT_SELECT,
        depth: 0,
        pagination: false,
        draft: false,
        locale: locale ?? undefined,
        fallbackLocale: req.fallbackLocale ?? undefined,
        req,
        overrideAccess: false,
        context: { [INTERNAL_READ]: true },
      })
    : { docs: [] }
  const byId = new Map((events as unknown as EventRow[]).map((event) => [String(event.id), event]))
  const totalPages = Math.max(1, Math.ceil(found.totalDocs / query.limit))
  return {
    docs: rows.map((row) => {
      const event = byId.get(String(row.event))
      return {
        event: row.event,
        title: event?.title ?? null,
        slug: event?.slug ?? null,
        eventType: event?.eventType ?? null,
        recurring: Boolean(event?.recurrence?.rule),
        startsAt: iso(row.startsAt),
        endsAt: iso(row.endsAt),
        originalStartsAt: iso(row.originalStartsAt),
        status: row.status,
        override: overrideAt(event, row.originalStartsAt),
      }
    }),
    totalDocs: found.totalDocs,
    limit: query.limit,
    page: query.page,
    totalPages,
    hasPrevPage: query.page > 1,
    hasNextPage: query.page < totalPages,
    from: query.from.toISOString(),
    to: query.to.toISOString(),
  }
}

/** What the list shows of each event on a page. */
const EVENT_SELECT = {
  title: true,
  slug: true,
  eventType: true,
  recurrence: { rule: true },
  exceptions: true,
} as const

/** The `eventType` options of the events collection as configured. */
export const eventTypesOf = (req: PayloadRequest, slug: string): string[] => {
  const field = req.payload.collections[slug]?.config.flattenedFields.find(
    (candidate) => candidate.name === 'eventType',
  )
  return field && 'options' in field
    ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
    : []
}

/** The parameters the list takes, for the guard and the docs. */
export const occurrencesParams = (ctx: CharityContext): string[] => [
  ...feedParams(ctx),
  'from',
  'to',
  'type',
  'page',
  'limit',
]

/**
 * `GET /api/events/occurrences?from=&to=`: every occurrence of the events a
 * reader may see in a range of at most a year, a repeating event's one by
 * one and a single event as its one, in start order and paged. Filters:
 * `group`, `campaign`, `category` (id or slug), `type`; `locale`.
 */
export const eventOccurrences = (ctx: CharityContext, slug: string): Endpoint =>
  guardEndpoint(
    { rateLimit: 'feeds', params: occurrencesParams(ctx) },
    {
      path: '/occurrences',
      method: 'get',
      handler: async (req: PayloadRequest) => {
        const query = parseOccurrencesQuery(req.searchParams, eventTypesOf(req, slug), new Date())
        if ('message' in query) return badRequest(query.message)
        const filters = await feedFilterConstraints(ctx, slug, req)
        if (filters instanceof Response) return filters
        return Response.json(await listOccurrences(slug, req, query, filters))
      },
    },
  )
