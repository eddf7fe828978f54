import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { CharityContext } from '../context.ts'
import type { ListPage } from '../graphql/listPage.ts'
import type { Occurrence, SeriesInput } from '../recurrence/expand.ts'

import { guardEndpoint } from '../guards/endpoint.ts'
import { INTERNAL_READ } from '../hooks/boundPublicReads.ts'
import { occurrencesBetween } from '../recurrence/expand.ts'
import { badRequest, feedFilterConstraints, feedParams } from './feedFilters.ts'

/** The longest range one request may ask for: a year, leap day included. */
export const OCCURRENCES_MAX_DAYS = 366
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

type SeriesRow = SeriesInput & {
  id: number | string
  title?: null | string
  slug?: null | string
  eventType?: null | string
}

/** What the list needs of each event: enough to show and link it, and to expand it. */
const SERIES_SELECT = {
  title: true,
  slug: true,
  eventType: true,
  startsAt: true,
  endsAt: true,
  timezone: true,
  eventStatus: true,
  recurrence: { rule: true },
  exceptions: true,
} as const

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

/**
 * The occurrences in [from, to) of the events this reader may see (the
 * collection's own read access: anonymous readers get published events), in
 * start order. The database finds the series touching the range through the
 * stored bounds (`_status, seriesEndsAt` index); each is expanded here.
 */
export const listOccurrences = async (
  slug: string,
  req: PayloadRequest,
  query: OccurrencesQuery,
  filters: Where[],
  locale: null | string = req.locale ?? null,
): Promise<OccurrencesPage> => {
  const where: Where = {
    and: [
      { seriesStartsAt: { less_than: query.to.toISOString() } },
      {
        or: [
          { seriesEndsAt: { greater_than: query.from.toISOString() } },
          { seriesEndsAt: { exists: false } },
        ],
      },
      ...(query.type ? [{ eventType: { equals: query.type } }] : []),
      ...filters,
    ],
  }
  const { docs } = await req.payload.find({
    collection: slug as 'events',
    where,
    select: SERIES_SELECT,
    depth: 0,
    pagination: false,
    draft: false,
    locale: locale ?? undefined,
    fallbackLocale: req.fallbackLocale ?? undefined,
    req,
    overrideAccess: false,
    // The range bounds this read, not the anonymous page size.
    context: { [INTERNAL_READ]: true },
  })
  const all = (docs as unknown as SeriesRow[])
    .flatMap((event) =>
      occurrencesBetween(event, query.from, query.to).map((occurrence) => ({ event, occurrence })),
    )
    .sort(
      (a, b) =>
        a.occurrence.startsAt.getTime() - b.occurrence.startsAt.getTime() ||
        String(a.event.id).localeCompare(String(b.event.id), 'en', { numeric: true }),
    )
  const totalPages = Math.max(1, Math.ceil(all.length / query.limit))
  const start = (query.page - 1) * query.limit
  return {
    docs: all.slice(start, start + query.limit).map(({ event, occurrence }) => ({
      event: event.id,
      title: event.title ?? null,
      slug: event.slug ?? null,
      eventType: event.eventType ?? null,
      recurring: Boolean(event.recurrence?.rule),
      startsAt: occurrence.startsAt.toISOString(),
      endsAt: occurrence.endsAt.toISOString(),
      originalStartsAt: occurrence.originalStartsAt.toISOString(),
      status: occurrence.status,
      override: occurrence.override,
    })),
    totalDocs: all.length,
    limit: query.limit,
    page: query.page,
    totalPages,
    hasPrevPage: query.page > 1,
    hasNextPage: query.page < totalPages,
    from: query.from.toISOString(),
    to: query.to.toISOString(),
  }
}

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
