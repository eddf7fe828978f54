import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import type { CharityContext } from '../context.ts'
import type { MainRowState } from './events.ts'
import type { GoLiveInput, Moment } from './goLive.ts'
import type { SeriesRow } from './seriesChanges.ts'

import { WEBHOOK_DEFAULTS } from '../defaults.ts'
import { apiUrl } from '../utilities/apiUrl.ts'
import { idOf } from '../utilities/idOf.ts'
import { contentEvent, globalEvent, publicationChange, totalsEvent } from './events.ts'
import { liveBy, liveFromField, momentsOf, queueMoments } from './goLive.ts'
import { runAfterCommit } from './runner.ts'
import { SERIES_FIELDS, seriesChanges } from './seriesChanges.ts'
import { newMessageId } from './signing.ts'
import { DELIVER_TASK } from './taskNames.ts'

/** The small, public body every delivery carries. Never draft content, never personal data. */
export type WebhookBody = {
  type: string
  timestamp: string
  data: Record<string, unknown>
}

type Message = {
  type: string
  /** What the message is about (`posts:12`, `site-settings`), for the log and the totals window. */
  subject: string
  body: null | WebhookBody
  /** When the first attempt is due (now, or later for throttled totals). */
  at: Date
}

type Delivery = { id: number | string }

const subscribedEndpoints = async (ctx: CharityContext, req: PayloadRequest, type: string) => {
  const slug = ctx.slugs.webhookEndpoints
  if (!slug) return []
  const { docs } = await req.payload.find({
    collection: slug,
    where: { and: [{ active: { equals: true } }, { events: { in: [type] } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { active: true },
    // System read: whoever changed the content (an editor, a payment platform) may not read webhook settings.
    overrideAccess: true,
    req,
  })
  return docs as { id: number | string }[]
}

/**
 * One delivery per endpoint and one job per delivery, written with `req`, so
 * they commit or roll back with the change that caused them; the queue runs
 * right after the commit.
 */
const queueDeliveries = async (
  ctx: CharityContext,
  req: PayloadRequest,
  message: Message,
  endpoints: { id: number | string }[],
  messageId = newMessageId(),
): Promise<void> => {
  const deliveriesSlug = ctx.slugs.webhookDeliveries
  if (!deliveriesSlug || !endpoints.length) return
  for (const endpoint of endpoints) {
    const delivery = (await req.payload.create({
      collection: deliveriesSlug,
      data: {
        endpoint: endpoint.id,
        event: message.type,
        subject: message.subject,
        messageId,
        payload: message.body,
        status: 'pending',
        attempts: 0,
        scheduledFor: message.at.toISOString(),
        nextAttemptAt: message.at.toISOString(),
      },
      depth: 0,
      // System write: the delivery log is written by the plugin only.
      overrideAccess: true,
      req,
    })) as Delivery
    await req.payload.jobs.queue({
      task: DELIVER_TASK as never,
      queue: WEBHOOK_DEFAULTS.queue,
      input: { delivery: String(delivery.id), attempt: 1 } as never,
      waitUntil: message.at.getTime() > Date.now() ? message.at : undefined,
      // System task: queueing is not the acting user's decision (an author's job rights do not apply).
      overrideAccess: true,
      req,
    })
  }
  runAfterCommit(req)
}

/**
 * `apiUrl`: the absolute address of what a message is about in this API (the
 * document, or the global), from the configured server URL, so a receiver
 * fetches it without knowing where the API lives. None for a deletion.
 */
export const withApiUrl = (
  req: PayloadRequest,
  data: Record<string, unknown>,
): Record<string, unknown> => {
  const path =
    data.status === 'deleted'
      ? null
      : typeof data.collection === 'string' &&
          (typeof data.id === 'number' || typeof data.id === 'string')
        ? `/${data.collection}/${data.id}`
        : typeof data.global === 'string'
          ? `/globals/${data.global}`
          : null
  const url = path ? apiUrl(req.payload.config, path) : null
  return url ? { ...data, apiUrl: url } : data
}

/** Queue `type` for every active endpoint subscribed to it. */
export const announce = async (
  ctx: CharityContext,
  req: PayloadRequest,
  type: string,
  subject: string,
  data: Record<string, unknown>,
): Promise<void> => {
  const endpoints = await subscribedEndpoints(ctx, req, type)
  if (!endpoints.length) return
  const now = new Date()
  await queueDeliveries(
    ctx,
    req,
    {
      type,
      subject,
      at: now,
      body: { type, timestamp: now.toISOString(), data: withApiUrl(req, data) },
    },
    endpoints,
  )
}

// ---------------------------------------------------------------------------
// Content with public pages

/** The live row as it was before each write of this request, by `slug:id`. */
const before = new WeakMap<PayloadRequest, Map<string, MainRowState>>()

const readMainRow = async (
  ctx: CharityContext,
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<MainRowState> => {
  const moments = momentsOf(ctx, collection).map(({ field }) => field)
  // An event's series as the public reads it, to say what changed about its occurrences.
  const series = collection === ctx.slugs.events ? SERIES_FIELDS : []
  // The collection's own row, not the latest version: that is what the public reads.
  const row = (await req.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    select: {
      _status: true,
      updatedAt: true,
      ...Object.fromEntries([...moments, ...series].map((field) => [field, true])),
    },
    req,
  })) as null | Record<string, unknown>
  if (!row) return null
  const status = typeof row._status === 'string' ? row._status : null
  const liveFrom = liveFromField(ctx, collection)
  return {
    // Published but dated later: not live yet, so nothing to announce until its moment.
    status:
      status === 'published' && liveFrom && !liveBy(row[liveFrom], Date.now())
        ? 'scheduled'
        : status,
    updatedAt: typeof row.updatedAt === 'string' ? row.updatedAt : null,
    values: row,
  }
}

/** The page's address in each of the given languages (none without a website). */
const pageAddresses = (
  ctx: CharityContext,
  collection: string,
  doc: Record<string, unknown>,
  locales: string[],
) => {
  const urls: Record<string, string> = {}
  for (const locale of locales) {
    const url = ctx.pageUrl({ collection, doc, locale })
    if (url) urls[locale] = url
  }
  const main = ctx.defaultLocale ?? locales[0]
  return { url: (main && urls[main]) ?? Object.values(urls)[0] ?? null, urls }
}

const localeCodes = (req: PayloadRequest): string[] => {
  const localization = req.payload.config.localization
  return localization ? localization.localeCodes : []
}

const UNCOMPARED = new Set(['updatedAt', 'createdAt', '_status', 'id'])

/**
 * A value as stored, for comparing before and after: related documents by id
 * (the reply may have populated them), empty values left out (a group reads
 * back with nulls it did not have).
 */
const comparable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(comparable)
  if (!value || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  // A populated document (it has its own timestamps), not an array row or a group.
  if ('id' in record && 'createdAt' in record) return record.id
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, entry]) => entry !== null && entry !== undefined)
      .map(([key, entry]) => [key, comparable(entry)]),
  )
}

type ComparedField = { name: string; type: string; localized?: boolean }

const differs = (field: ComparedField, a: unknown, b: unknown) => {
  const stored = (value: unknown) =>
    field.type === 'relationship' || field.type === 'upload'
      ? Array.isArray(value)
        ? value.map(idOf)
        : idOf(value)
      : comparable(value)
  return JSON.stringify(stored(a) ?? null) !== JSON.stringify(stored(b) ?? null)
}

/**
 * The languages a change touches: one when only localized fields changed in
 * the request's language, every language otherwise (a new slug, a date, a
 * publish).
 */
const affectedLocales = (
  req: PayloadRequest,
  fields: ComparedField[],
  action: string,
  doc: Record<string, unknown>,
  previousDoc: Record<string, unknown> | undefined,
): string[] => {
  const all = localeCodes(req)
  const locale = req.locale
  if (
    action !== 'updated' ||
    !previousDoc ||
    !locale ||
    locale === 'all' ||
    !all.includes(locale)
  ) {
    return all
  }
  const changed = fields.filter(
    (field) =>
      !UNCOMPARED.has(field.name) && differs(field, doc[field.name], previousDoc[field.name]),
  )
  return changed.length && changed.every((field) => field.localized) ? [locale] : all
}

/** Before a write: remember whether the document was live. */
export const rememberPublicState =
  (ctx: CharityContext): CollectionBeforeChangeHook =>
  async ({ collection, operation, originalDoc, req, data }) => {
    if (operation !== 'update' || !originalDoc?.id) return data
    let seen = before.get(req)
    if (!seen) {
      seen = new Map()
      before.set(req, seen)
    }
    seen.set(
      `${collection.slug}:${originalDoc.id}`,
      await readMainRow(ctx, req, collection.slug, originalDoc.id),
    )
    return data
  }

/** After a write: announce a publish, unpublish or change of live content. */
export const announcePublicChange =
  (ctx: CharityContext): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    const key = `${collection.slug}:${doc.id}`
    const was = operation === 'create' ? null : (before.get(req)?.get(key) ?? null)
    before.get(req)?.delete(key)
    const now = await readMainRow(ctx, req, collection.slug, doc.id)
    if (now?.values)
      await queueMoments(ctx, req, collection.slug, doc.id, was?.values ?? null, now.values)
    const action = publicationChange(was, now)
    if (!action) return doc
    const locales = affectedLocales(req, collection.flattenedFields, action, doc, previousDoc)
    const series =
      collection.slug === ctx.slugs.events
        ? seriesChanges(was?.values as SeriesRow, now?.values as SeriesRow)
        : null
    await announce(ctx, req, contentEvent(collection.slug, action), key, {
      collection: collection.slug,
      id: doc.id,
      slug: typeof doc.slug === 'string' ? doc.slug : null,
      locales,
      status: action === 'unpublished' ? 'draft' : 'published',
      ...pageAddresses(ctx, collection.slug, doc, locales),
      // A repeating event: the series now, and on an update what changed about it.
      ...(series && action === 'updated' ? series : {}),
      ...(series && action === 'published' ? { recurrence: series.recurrence } : {}),
    })
    return doc
  }

/** A deleted document that was live: websites drop its page. Drafts were never public. */
export const announcePublicDeletion =
  (ctx: CharityContext): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req }) => {
    const versioned = Boolean(collection.versions?.drafts)
    if (versioned && doc?._status !== 'published') return doc
    const locales = localeCodes(req)
    await announce(ctx, req, contentEvent(collection.slug, 'deleted'), `${collection.slug}:${id}`, {
      collection: collection.slug,
      id,
      slug: typeof doc?.slug === 'string' ? doc.slug : null,
      locales,
      status: 'deleted',
      ...pageAddresses(ctx, collection.slug, doc ?? {}, locales),
    })
    return doc
  }

/** Site settings and navigation: every save is live. */
export const announceGlobalChange =
  (ctx: CharityContext): GlobalAfterChangeHook =>
  async ({ doc, global, req }) => {
    const locales = localeCodes(req)
    await announce(ctx, req, globalEvent(global.slug), global.slug, {
      global: global.slug,
      locales:
        req.locale && req.locale !== 'all' && locales.includes(req.locale) ? [req.locale] : locales,
      status: 'published',
    })
    return doc
  }

// ---------------------------------------------------------------------------
// Appeal totals

/**
 * An appeal's totals moved (a donation or a refund, inside the ledger's
 * transaction). Announced at most once a minute per appeal and endpoint,
 * decided from the delivery log in the database (so several servers agree):
 * a delivery still waiting absorbs this change, because a totals message
 * reads the totals when it is first sent; one sent within the minute makes
 * the next wait until the minute is over. So the last change always goes out.
 */
export const announceAppealTotals = async (
  ctx: CharityContext,
  req: PayloadRequest,
  appealId: number | string,
): Promise<void> => {
  const appeals = ctx.slugs.donationAppeals
  const deliveriesSlug = ctx.slugs.webhookDeliveries
  if (!appeals || !deliveriesSlug) return
  const appeal = await readMainRow(ctx, req, appeals, appealId)
  // A draft appeal's totals are nobody's business outside the office.
  if (appeal?.status !== 'published') return
  const type = totalsEvent(appeals)
  const endpoints = await subscribedEndpoints(ctx, req, type)
  if (!endpoints.length) return

  const subject = `${appeals}:${appealId}`
  const now = Date.now()
  for (const endpoint of endpoints) {
    const { docs } = await req.payload.find({
      collection: deliveriesSlug,
      where: {
        and: [
          { subject: { equals: subject } },
          {
            scheduledFor: {
              greater_than: new Date(now - WEBHOOK_DEFAULTS.totalsWindowMs).toISOString(),
            },
          },
          { endpoint: { equals: endpoint.id } },
          { event: { equals: type } },
        ],
      },
      sort: '-scheduledFor',
      limit: 1,
      depth: 0,
      select: { scheduledFor: true, attempts: true },
      overrideAccess: true,
      req,
    })
    const latest = docs[0] as undefined | { scheduledFor: string; attempts?: null | number }
    if (latest && !latest.attempts) continue
    const at = latest
      ? new Date(new Date(latest.scheduledFor).getTime() + WEBHOOK_DEFAULTS.totalsWindowMs)
      : new Date(now)
    await queueDeliveries(ctx, req, { type, subject, at, body: null }, [endpoint])
  }
}

// ---------------------------------------------------------------------------
// Moments (src/webhooks/goLive.ts)

/**
 * A post's date or an appeal's opening or closing has come: if the document
 * is still published with that date, websites hear of it now (`published`
 * with `reason: "scheduled"`, or `updated` with `reason: "opened" | "closed"`).
 */
export const announceMoment =
  (ctx: CharityContext) =>
  async (
    req: PayloadRequest,
    input: GoLiveInput,
    moment: Moment,
  ): Promise<'announced' | 'gone' | 'moved'> => {
    const id = req.payload.db.defaultIDType === 'number' ? Number(input.id) : input.id
    const row = await readMainRow(ctx, req, input.collection, id)
    if (!row?.values || row.values._status !== 'published') return 'gone'
    const stored = row.values[input.field]
    if (typeof stored !== 'string' || new Date(stored).getTime() !== new Date(input.at).getTime()) {
      return 'moved'
    }
    // The document as the public now reads it, for its slug and addresses: a system read.
    const doc = (await req.payload.findByID({
      collection: input.collection,
      id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      req,
    })) as Record<string, unknown>
    const locales = localeCodes(req)
    const action = moment.becomes === 'published' ? 'published' : 'updated'
    await announce(ctx, req, contentEvent(input.collection, action), `${input.collection}:${id}`, {
      collection: input.collection,
      id: doc.id,
      slug: typeof doc.slug === 'string' ? doc.slug : null,
      locales,
      status: 'published',
      reason: moment.becomes === 'published' ? 'scheduled' : moment.becomes,
      ...pageAddresses(ctx, input.collection, doc, locales),
    })
    return 'announced'
  }
