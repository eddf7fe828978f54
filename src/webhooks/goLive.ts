import type { PayloadRequest, TaskConfig } from 'payload'

import type { CharityContext } from '../context.ts'
import type { PublicPageKey } from '../registry.ts'

import { GOES_LIVE_FIELD } from '../access/outByNow.ts'
import { WEBHOOK_DEFAULTS } from '../defaults.ts'
import { GO_LIVE_TASK } from './taskNames.ts'

/**
 * Moments at which a published document changes for the public with no one
 * saving anything: a post dated later appears at its `publishedAt`; an appeal
 * opens at `opensAt` and closes at `closesAt`. Websites hear of each at that
 * moment (a job queued for it), not when the document was saved.
 */
export type Moment = {
  field: string
  /** `published`: the document appears then (before, the public does not see it); else an `updated` with this reason. */
  becomes: 'opened' | 'closed' | 'published'
}

export const MOMENTS: Partial<Record<PublicPageKey, Moment[]>> = {
  posts: [{ field: GOES_LIVE_FIELD, becomes: 'published' }],
  donationAppeals: [
    { field: 'opensAt', becomes: 'opened' },
    { field: 'closesAt', becomes: 'closed' },
  ],
}

/** The moments of a collection, by its slug in this config. */
export const momentsOf = (ctx: CharityContext, slug: string): Moment[] => {
  const page = ctx.publicPages.find((entry) => entry.slug === slug)
  return (page && MOMENTS[page.key]) ?? []
}

/** The field that hides a published document until its date, if the collection has one. */
export const liveFromField = (ctx: CharityContext, slug: string): null | string =>
  momentsOf(ctx, slug).find((moment) => moment.becomes === 'published')?.field ?? null

const timeOf = (value: unknown): null | number => {
  if (typeof value !== 'string' || !value) return null
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? null : time
}

/** Whether a published row is visible yet: its go-live date (if any) has come. */
export const liveBy = (dateValue: unknown, now: number): boolean => {
  const time = timeOf(dateValue)
  return time === null || time <= now
}

export type GoLiveInput = { collection: string; id: string; field: string; at: string }

/**
 * After a write: one job for each moment of the live row that is still to
 * come and is new (the row was not published with that date before). A job
 * whose moment has moved since finds the date changed and does nothing.
 */
export const queueMoments = async (
  ctx: CharityContext,
  req: PayloadRequest,
  collection: string,
  id: number | string,
  before: null | Record<string, unknown>,
  after: Record<string, unknown>,
): Promise<void> => {
  const now = Date.now()
  for (const { field } of momentsOf(ctx, collection)) {
    const at = timeOf(after[field])
    if (at === null || at <= now) continue
    if (before?.status === 'published' && timeOf(before[field]) === at) continue
    const input: GoLiveInput = { collection, id: String(id), field, at: new Date(at).toISOString() }
    await req.payload.jobs.queue({
      task: GO_LIVE_TASK as never,
      queue: WEBHOOK_DEFAULTS.queue,
      input: input as never,
      waitUntil: new Date(at),
      // System task: the moment is the content's, not the saving user's decision.
      overrideAccess: true,
      req,
    })
  }
}

/**
 * The moment has come: if the document is still published with that date,
 * tell the websites (a post now appears; an appeal opens or closes).
 * `announceMoment` is the webhook side, given by the wiring. A later save
 * that queues the same moment again supersedes this job (Payload deletes it
 * while it waits), so the one job left is the current one.
 */
export const goLiveTask = (
  ctx: CharityContext,
  announceMoment: (
    req: PayloadRequest,
    input: GoLiveInput,
    moment: Moment,
  ) => Promise<'announced' | 'gone' | 'moved'>,
  /** Whether the host's jobs keep concurrency keys (`jobs.enableConcurrencyControl`, on unless it turned it off). */
  supersede = true,
): TaskConfig =>
  ({
    slug: GO_LIVE_TASK,
    label: 'Announce a scheduled moment (a post going live, an appeal opening or closing)',
    inputSchema: [
      { name: 'collection', type: 'text', required: true },
      { name: 'id', type: 'text', required: true },
      { name: 'field', type: 'text', required: true },
      { name: 'at', type: 'text', required: true },
    ],
    outputSchema: [{ name: 'result', type: 'text' }],
    retries: 2,
    // One waiting job per document and moment: a date moved away and back (or a page unpublished
    // and published again) replaces the job queued before, so websites hear of the moment once.
    ...(supersede
      ? {
          concurrency: {
            key: ({ input }: { input: GoLiveInput }) =>
              `${GO_LIVE_TASK}:${input.collection}:${input.id}:${input.field}`,
            supersedes: true,
          },
        }
      : {}),
    handler: async ({ input, req }) => {
      const moment = momentsOf(ctx, (input as GoLiveInput).collection).find(
        ({ field }) => field === (input as GoLiveInput).field,
      )
      const result = moment ? await announceMoment(req, input as GoLiveInput, moment) : 'gone'
      return { output: { result } }
    },
  }) as TaskConfig
