import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import type { CharityContext } from '../context.ts'
import type { WebhookBody } from './announce.ts'

import { createLocalReq } from 'payload'

import { charityContext } from '../context.ts'
import { WEBHOOK_DEFAULTS } from '../defaults.ts'
import { withApiUrl } from './announce.ts'
import { failingTooLong, retryDelayMs, signingSecrets } from './schedule.ts'
import { sendWebhook } from './send.ts'
import { signedHeaders } from './signing.ts'
import { DELIVER_TASK, PRUNE_TASK, SWEEP_TASK } from './taskNames.ts'

type DeliveryRow = {
  id: number | string
  endpoint: number | string | { id: number | string }
  event: string
  subject: string
  messageId: string
  payload?: null | WebhookBody
  status: string
  attempts?: null | number
}

type EndpointRow = {
  id: number | string
  url: string
  active?: boolean | null
  secret?: null | string
  previousSecret?: null | string
  previousSecretExpiresAt?: null | string
  failingSince?: null | string
}

const FINISHED = new Set(['succeeded', 'failed', 'cancelled'])

const idOf = (value: DeliveryRow['endpoint']) => (typeof value === 'object' ? value.id : value)

/** What a totals message says: the appeal as any anonymous reader sees it right now. */
const totalsBody = async (
  ctx: CharityContext,
  req: PayloadRequest,
  delivery: DeliveryRow,
): Promise<null | WebhookBody> => {
  const appeals = ctx.slugs.donationAppeals
  const id = delivery.subject.slice(delivery.subject.indexOf(':') + 1)
  if (!appeals || !id) return null
  const { docs } = await req.payload.find({
    collection: appeals,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    select: {
      slug: true,
      currency: true,
      targetAmount: true,
      raisedAmount: true,
      donationCount: true,
      progressPercent: true,
    },
    // Read as the public: a draft (unpublished since) yields nothing, and nothing private is sent.
    overrideAccess: false,
    req,
  })
  const appeal = docs[0] as Record<string, unknown> | undefined
  if (!appeal) return null
  return {
    type: delivery.event,
    timestamp: new Date().toISOString(),
    data: withApiUrl(req, {
      collection: appeals,
      id: appeal.id,
      slug: appeal.slug ?? null,
      currency: appeal.currency,
      targetAmount: appeal.targetAmount,
      raisedAmount: appeal.raisedAmount,
      donationCount: appeal.donationCount,
      progressPercent: appeal.progressPercent,
    }),
  }
}

const nobodyAsks = { overrideAccess: true, depth: 0 } as const

/**
 * One attempt at one delivery. Recorded before (the attempt number, claimed
 * atomically so two workers never both send it) and after (the answer, or
 * the next retry, queued before the failure is written so a crash between
 * the two cannot lose it). Every attempt carries the delivery's message id.
 */
const deliverOnce = async (
  ctx: CharityContext,
  req: PayloadRequest,
  input: { delivery: string; attempt: number },
): Promise<string> => {
  const deliveries = ctx.slugs.webhookDeliveries
  const endpoints = ctx.slugs.webhookEndpoints
  if (!deliveries || !endpoints) return 'webhooks are off'
  const { payload } = req
  // System task throughout: the delivery log and endpoint secrets are readable by nobody else.
  const delivery = (await payload
    .findByID({ collection: deliveries, id: input.delivery, ...nobodyAsks, req })
    .catch(() => null)) as DeliveryRow | null
  if (!delivery) return 'delivery no longer exists'
  if (FINISHED.has(delivery.status) || (delivery.attempts ?? 0) >= input.attempt) {
    return 'already attempted'
  }

  // The claim: SET attempts = attempts + 1 is atomic on every adapter; whoever reaches `attempt` sends.
  const claimed = (await payload.db.updateOne({
    collection: deliveries,
    id: delivery.id,
    data: { attempts: { $inc: 1 } },
    select: { attempts: true },
    req,
  })) as null | { attempts?: number }
  if (claimed?.attempts !== input.attempt) {
    await payload.db.updateOne({
      collection: deliveries,
      id: delivery.id,
      data: { attempts: { $inc: -1 } },
      req,
    })
    return 'another worker has this attempt'
  }

  // Only the fields named are written: a whole-document save would put back an `attempts` read
  // before another worker's claim moved it.
  const update = (data: Record<string, unknown>) =>
    payload.db.updateOne({ collection: deliveries, id: delivery.id, data, req, returning: false })

  const endpoint = (await payload
    .findByID({ collection: endpoints, id: idOf(delivery.endpoint), ...nobodyAsks, req })
    .catch(() => null)) as EndpointRow | null
  if (!endpoint?.active) {
    await update({
      status: 'cancelled',
      nextAttemptAt: null,
      error: 'The endpoint is switched off or deleted.',
    })
    return 'cancelled'
  }

  // A totals message reads the totals when first sent, then keeps that body for every retry.
  const body = delivery.payload ?? (await totalsBody(ctx, req, delivery))
  if (!body) {
    await update({
      status: 'cancelled',
      nextAttemptAt: null,
      error: 'The appeal is no longer published.',
    })
    return 'cancelled'
  }
  const started = new Date()
  await update({ status: 'sending', lastAttemptAt: started.toISOString(), payload: body })

  const text = JSON.stringify(body)
  const result = await sendWebhook({
    url: endpoint.url,
    body: text,
    headers: signedHeaders(delivery.messageId, started, text, signingSecrets(endpoint, started)),
    timeoutMs: WEBHOOK_DEFAULTS.timeoutMs,
    allowPrivateAddresses: ctx.webhooks.allowPrivateAddresses,
    resolveHost: ctx.webhooks.resolveHost,
  })
  const finished = new Date()
  const outcome = {
    statusCode: result.statusCode,
    durationMs: result.durationMs,
    error: result.error,
  }

  // System fields only, written alone, so concurrent deliveries to one endpoint do not undo each other.
  const updateEndpoint = (data: Record<string, unknown>) =>
    payload.db.updateOne({ collection: endpoints, id: endpoint.id, data, req, returning: false })

  if (result.ok) {
    await updateEndpoint({ failingSince: null, lastSuccessAt: finished.toISOString() })
    await update({
      ...outcome,
      status: 'succeeded',
      deliveredAt: finished.toISOString(),
      nextAttemptAt: null,
    })
    return 'succeeded'
  }

  const failingSince = endpoint.failingSince ?? started.toISOString()
  const delay = retryDelayMs(input.attempt)
  if (failingTooLong(failingSince, finished) || delay === null) {
    if (failingTooLong(failingSince, finished)) {
      await updateEndpoint({
        active: false,
        deactivatedAt: finished.toISOString(),
        deactivationReason: `Every delivery failed for a day (last: ${result.error ?? 'no answer'}). Fix the receiver, then switch the endpoint back on.`,
      })
      // Nothing more goes to a switched-off endpoint.
      await payload.db.updateMany({
        collection: deliveries,
        where: {
          and: [{ endpoint: { equals: endpoint.id } }, { status: { in: ['pending', 'retrying'] } }],
        },
        data: { status: 'cancelled', nextAttemptAt: null, error: 'The endpoint was switched off.' },
        req,
        returning: false,
      })
    } else {
      await updateEndpoint({ failingSince })
    }
    await update({ ...outcome, status: 'failed', nextAttemptAt: null })
    return 'failed'
  }

  const nextAttemptAt = new Date(finished.getTime() + delay)
  await payload.jobs.queue({
    task: DELIVER_TASK as never,
    queue: WEBHOOK_DEFAULTS.queue,
    input: { delivery: String(delivery.id), attempt: input.attempt + 1 } as never,
    waitUntil: nextAttemptAt,
    req,
  })
  if (!endpoint.failingSince) await updateEndpoint({ failingSince })
  await update({ ...outcome, status: 'retrying', nextAttemptAt: nextAttemptAt.toISOString() })
  return 'will retry'
}

/**
 * Deliveries whose attempt died with its process (killed mid-send) or whose
 * job was lost: each gets a fresh job for its next attempt, under the same
 * message id. A delivery that is merely late gets a second job, which finds
 * the attempt already claimed and does nothing.
 */
const sweep = async (
  ctx: CharityContext,
  req: PayloadRequest,
  staleBefore = new Date(Date.now() - WEBHOOK_DEFAULTS.staleAttemptMs),
): Promise<number> => {
  const deliveries = ctx.slugs.webhookDeliveries
  if (!deliveries) return 0
  const stale = staleBefore.toISOString()
  const { docs } = await req.payload.find({
    collection: deliveries,
    where: {
      or: [
        {
          and: [
            { status: { in: ['pending', 'retrying'] } },
            { nextAttemptAt: { less_than: stale } },
          ],
        },
        { and: [{ status: { equals: 'sending' } }, { lastAttemptAt: { less_than: stale } }] },
      ],
    },
    limit: 100,
    select: { attempts: true },
    ...nobodyAsks,
    req,
  })
  const now = new Date()
  for (const delivery of docs as { id: number | string; attempts?: null | number }[]) {
    await req.payload.jobs.queue({
      task: DELIVER_TASK as never,
      queue: WEBHOOK_DEFAULTS.queue,
      input: { delivery: String(delivery.id), attempt: (delivery.attempts ?? 0) + 1 } as never,
      req,
    })
    await req.payload.db.updateOne({
      collection: deliveries,
      id: delivery.id,
      data: { status: 'retrying', nextAttemptAt: now.toISOString() },
      req,
      returning: false,
    })
  }
  // A job whose process was killed stays "processing" for ever; its delivery was re-queued above.
  await req.payload.db.deleteMany({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: DELIVER_TASK } },
        { processing: { equals: true } },
        { updatedAt: { less_than: stale } },
      ],
    },
    req,
  })
  return docs.length
}

/**
 * For a jobs runner that has just become the only one (a worker that took
 * over from a dead one): every attempt still marked as sending died with
 * its process, so it is sent again now, under its message id, instead of
 * after the usual two minutes of doubt.
 */
export const requeueAbandonedDeliveries = async (payload: Payload): Promise<number> => {
  // Without the delivery log (webhooks left out) the sweep finds nothing to do.
  return sweep(charityContext(payload), await createLocalReq({}, payload), new Date())
}

/** The delivery log keeps 30 days. */
const prune = async (ctx: CharityContext, req: PayloadRequest): Promise<void> => {
  const deliveries = ctx.slugs.webhookDeliveries
  if (!deliveries) return
  await req.payload.db.deleteMany({
    collection: deliveries,
    where: {
      createdAt: { less_than: new Date(Date.now() - WEBHOOK_DEFAULTS.retentionMs).toISOString() },
    },
    req,
  })
}

/** The job tasks the plugin appends to `jobs.tasks`. */
export const webhookTasks = (ctx: CharityContext): TaskConfig[] => [
  {
    slug: DELIVER_TASK,
    label: 'Deliver a webhook',
    inputSchema: [
      { name: 'delivery', type: 'text', required: true },
      { name: 'attempt', type: 'number', required: true },
    ],
    outputSchema: [{ name: 'result', type: 'text' }],
    // Retries are the delivery's own (its schedule and its log), not Payload's.
    retries: 0,
    handler: async ({ input, req }) => ({
      output: {
        result: await deliverOnce(ctx, req, input as { delivery: string; attempt: number }),
      },
    }),
  } as TaskConfig,
  {
    slug: SWEEP_TASK,
    label: 'Resume interrupted webhook deliveries',
    outputSchema: [{ name: 'requeued', type: 'number' }],
    retries: 0,
    schedule: [{ cron: WEBHOOK_DEFAULTS.sweepCron, queue: WEBHOOK_DEFAULTS.queue }],
    handler: async ({ req }) => ({ output: { requeued: await sweep(ctx, req) } }),
  } as TaskConfig,
  {
    slug: PRUNE_TASK,
    label: 'Prune the webhook delivery log',
    retries: 0,
    schedule: [{ cron: WEBHOOK_DEFAULTS.pruneCron, queue: WEBHOOK_DEFAULTS.queue }],
    handler: async ({ req }) => {
      await prune(ctx, req)
      return { output: {} }
    },
  } as TaskConfig,
]
