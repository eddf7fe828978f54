import type { Payload, PayloadRequest, Where } from 'payload'

import type { Occurrence, SeriesInput } from './expand.ts'

import { createLocalReq, commitTransaction, initTransaction, killTransaction } from 'payload'

import { charityContext, slugInConfig } from '../context.ts'
import { OCCURRENCE_COPIES } from './constraint.ts'
import { floatingRule, occurrencesByOriginal } from './expand.ts'

/**
 * How far ahead an open-ended series is stored: two years past the later of
 * its save and its first start. A list that reaches past it extends the
 * series' rows first (extendOccurrences); bounded series are stored whole.
 */
export const OCCURRENCE_HORIZON_DAYS = 731

const DAY_MS = 24 * 60 * 60 * 1000

/** What the store reads of an event's own (published or only) row. */
export type StoredEvent = SeriesInput & {
  id: number | string
  _status?: null | string
  eventType?: null | string
  group?: null | number | string | { id: number | string }
  campaign?: null | number | string | { id: number | string }
  occurrencesThrough?: null | string
}

const isOpenEnded = (event: SeriesInput) => {
  const rule = floatingRule(event)
  return Boolean(rule && !rule.options.count && !rule.options.until)
}

/**
 * Where an open-ended series' stored rows end (exclusive), as of `now`:
 * null for a single event or a bounded series, which are stored whole. An
 * exception's occurrence is always within, so a far one moved near is found.
 */
export const occurrencesHorizon = (event: SeriesInput, now: Date): Date | null => {
  if (!isOpenEnded(event)) return null
  const starts = [
    now.getTime(),
    new Date(event.startsAt).getTime(),
    ...(event.exceptions ?? []).map((exception) => new Date(exception.occurrence).getTime()),
  ]
  return new Date(Math.max(...starts) + OCCURRENCE_HORIZON_DAYS * DAY_MS)
}

const idOf = (value: StoredEvent['group']) =>
  value && typeof value === 'object' ? value.id : (value ?? null)

const rowOf = (event: StoredEvent, occurrence: Occurrence) => {
  const copies: Record<(typeof OCCURRENCE_COPIES)[number], unknown> = {
    _status: event._status === 'published' ? 'published' : 'draft',
    eventType: event.eventType ?? null,
    group: idOf(event.group),
    campaign: idOf(event.campaign),
  }
  return {
    event: event.id,
    startsAt: occurrence.startsAt.toISOString(),
    endsAt: occurrence.endsAt.toISOString(),
    originalStartsAt: occurrence.originalStartsAt.toISOString(),
    status: occurrence.status,
    ...copies,
  }
}

type Slugs = { events: string; occurrences: string }

const slugsOf = (payload: Payload): Slugs => {
  const ctx = charityContext(payload)
  return { events: slugInConfig(ctx, 'events'), occurrences: slugInConfig(ctx, 'eventOccurrences') }
}

/** Whether this config stores occurrences (a host may leave the collection out with events). */
export const storesOccurrences = (payload: Payload): boolean => {
  const { slugs } = charityContext(payload)
  return Boolean(slugs.events && slugs.eventOccurrences)
}

/**
 * What the rows are made from: times, rule and status, and of each exception
 * only what moves or cancels it (its note and venue are read per language
 * when listed; the adapter gives a localized note as every language at once).
 */
const timesOf = (event: StoredEvent): StoredEvent => ({
  ...event,
  exceptions: (event.exceptions ?? []).map(({ occurrence, cancelled, startsAt, endsAt }) => ({
    occurrence,
    cancelled,
    startsAt,
    endsAt,
  })),
})

const insertRows = async (
  req: PayloadRequest,
  slug: string,
  event: StoredEvent,
  occurrences: Occurrence[],
) => {
  // Straight to the adapter, in the caller's transaction: the rows are the
  // system's copy of a save that access has already allowed.
  for (const occurrence of occurrences)
    await req.payload.db.create({
      collection: slug,
      data: rowOf(event, occurrence),
      req,
      returning: false,
    })
}

/** Removes the stored occurrences of one event, in `req`'s transaction. */
export const dropEventOccurrences = async (req: PayloadRequest, id: number | string) => {
  await req.payload.db.deleteMany({
    collection: slugsOf(req.payload).occurrences,
    where: { event: { equals: id } },
    req,
  })
}

/** The event's own row as the database holds it (the published one, or the only one). */
const readEventRow = async (req: PayloadRequest, slug: string, id: number | string) =>
  (await req.payload.db.findOne({
    collection: slug,
    where: { id: { equals: id } },
    req,
  })) as null | StoredEvent

/**
 * Replaces the stored occurrences of one event with those of its row as it
 * now stands (none when it is gone), in `req`'s transaction. With
 * `unlessPublished`, a published row is left as it is: a draft saved beside
 * it changed nothing the public or the list reads.
 */
export const storeEventOccurrences = async (
  req: PayloadRequest,
  id: number | string,
  { unlessPublished = false } = {},
): Promise<void> => {
  const row = await readEventRow(req, slugsOf(req.payload).events, id)
  if (unlessPublished && row?._status === 'published') return
  await dropEventOccurrences(req, id)
  if (row) await storeRowsOf(req, row)
}

/** Stores the occurrences of an event's row, where it has none stored. */
const storeRowsOf = async (req: PayloadRequest, row: StoredEvent): Promise<void> => {
  const slugs = slugsOf(req.payload)
  const event = timesOf(row)
  if (!event.startsAt || !event.endsAt) return
  const through = event.occurrencesThrough ? new Date(event.occurrencesThrough) : null
  // Stored at least to the horizon a save now would give (a restored version may carry an older
  // one; the save hook's own is a moment old): what the lists' shortcut in extendOccurrences relies on.
  const fresh = occurrencesHorizon(event, new Date())
  if (!fresh) {
    await insertRows(req, slugs.occurrences, event, occurrencesByOriginal(event, null, null))
    return
  }
  const horizon = through && through.getTime() >= fresh.getTime() - DAY_MS ? through : fresh
  await insertRows(req, slugs.occurrences, event, occurrencesByOriginal(event, null, horizon))
  if (horizon !== through)
    await req.payload.db.updateOne({
      collection: slugs.events,
      id: event.id,
      data: { occurrencesThrough: horizon.toISOString() },
      req,
      returning: false,
    })
}

/** Runs `work` in a transaction of its own: committed when it ends, rolled back when it throws. */
const inTransaction = async (
  payload: Payload,
  work: (req: PayloadRequest) => Promise<void>,
): Promise<void> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await work(req)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Before a list reaches `to`: stores the occurrences of every open-ended
 * series whose rows end before it, up to a horizon past `to`, each series
 * in its own transaction. Another request extending the same series at the
 * same time fails on the rows' unique index and leaves it to that one.
 */
/**
 * Per Payload, how far every open-ended series was stored when this process
 * last looked (extendOccurrences). Any store since gives at least a day
 * short of a full horizon from its moment, so a list ending before the
 * smaller of the two needs no look at all.
 */
const checkedThrough = new WeakMap<Payload, number>()

export const extendOccurrences = async (payload: Payload, to: Date): Promise<number> => {
  const storedSince = Date.now() + (OCCURRENCE_HORIZON_DAYS - 1) * DAY_MS
  if (to.getTime() <= Math.min(checkedThrough.get(payload) ?? 0, storedSince)) return 0
  const slugs = slugsOf(payload)
  const behind: Where = { occurrencesThrough: { less_than: to.toISOString() } }
  const { docs } = await payload.db.find({
    collection: slugs.events,
    where: behind,
    limit: 0,
    pagination: false,
  })
  let extended = 0
  for (const event of (docs as unknown as StoredEvent[]).map(timesOf)) {
    const from = new Date(event.occurrencesThrough as string)
    const through = occurrencesHorizon(event, to) as Date
    try {
      await inTransaction(payload, async (req) => {
        await insertRows(req, slugs.occurrences, event, occurrencesByOriginal(event, from, through))
        await payload.db.updateOne({
          collection: slugs.events,
          id: event.id,
          data: { occurrencesThrough: through.toISOString() },
          req,
          returning: false,
        })
      })
      extended++
    } catch (err) {
      // Most likely the same rows written by a request extending it at the same moment.
      payload.logger.warn({ err }, `Storing event ${event.id}'s occurrences further failed.`)
    }
  }
  if (extended === docs.length)
    checkedThrough.set(payload, Math.max(checkedThrough.get(payload) ?? 0, to.getTime()))
  return extended
}

const REBUILD_PAGE = 200

/**
 * Stores every event's occurrences again from the events' rows: after a bulk
 * load that bypassed the hooks (the seed, the benchmark), or to repair them.
 * A page of events per transaction, or all in `req`'s (a migration's) when
 * given; with `unlessStored`, only when none are stored yet. Returns how
 * many occurrences are stored.
 */
export const rebuildEventOccurrences = async (
  payload: Payload,
  req?: PayloadRequest,
  { unlessStored = false } = {},
): Promise<number> => {
  if (!storesOccurrences(payload)) return 0
  const slugs = slugsOf(payload)
  const stored = async () =>
    (await payload.db.count({ collection: slugs.occurrences, where: {}, req })).totalDocs
  // A database whose hooks already stored them (a development push) is left as it is.
  if (unlessStored && (await stored()) > 0) return stored()
  await payload.db.deleteMany({ collection: slugs.occurrences, where: {}, req })
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.db.find({
      collection: slugs.events,
      limit: REBUILD_PAGE,
      page,
      sort: 'id',
      pagination: true,
      req,
    })
    // The table was emptied above: each event's rows go straight in.
    const rows = docs as unknown as StoredEvent[]
    if (req) for (const row of rows) await storeRowsOf(req, row)
    else
      await inTransaction(payload, async (own) => {
        for (const row of rows) await storeRowsOf(own, row)
      })
    if (!hasNextPage) break
  }
  return stored()
}
