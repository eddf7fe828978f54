import type { Payload, TaskConfig } from 'payload'

import type { CharityContext } from '../context.ts'

/** The job that erases closed requests' personal details (Payload task slug). */
export const ERASE_CLOSED_REQUESTS_TASK = 'eraseClosedTrainingRequests'

/** Daily at 03:30 server time: quiet, and after any late-evening closing of requests. */
export const ERASE_CLOSED_REQUESTS_CRON = '0 30 3 * * *'

/**
 * What identifies or describes the person who asked, or what staff wrote about
 * them. The rest (town, region, expected numbers, status, dates, consent
 * version) stays, so the charity can still count requests by place and outcome.
 */
export const PERSONAL_FIELDS = [
  'name',
  'email',
  'phone',
  'organisation',
  'preferredDates',
  'message',
  'notes',
] as const

const BATCH = 100

/** What a request's personal fields are set to when erased: empty, with the time it happened. */
export const erasedRequestData = (erasedAt: string): Record<string, null | string> => ({
  ...Object.fromEntries(PERSONAL_FIELDS.map((field) => [field, null])),
  erasedAt,
})

/**
 * Erase the personal details of every request closed (completed or declined)
 * more than `retentionDays` ago. A system task with no visitor, so it bypasses
 * access; each request is erased through the Local API (validation and hooks
 * run) and marked `erasedAt`, so it is never picked up twice.
 */
export const eraseClosedTrainingRequests = async (
  payload: Payload,
  slug: string,
  retentionDays: number,
  now = new Date(),
): Promise<{ erased: number }> => {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000).toISOString()
  const erasedAt = now.toISOString()
  let erased = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: slug,
      where: {
        and: [
          { closedAt: { less_than_equal: cutoff } },
          // Absent on some adapters, null on others: either means not erased yet.
          { or: [{ erasedAt: { exists: false } }, { erasedAt: { equals: null } }] },
        ],
      },
      sort: 'closedAt',
      limit: BATCH,
      depth: 0,
      select: {},
      overrideAccess: true,
    })
    for (const doc of docs) {
      await payload.update({
        collection: slug,
        id: doc.id,
        data: erasedRequestData(erasedAt) as never,
        depth: 0,
        overrideAccess: true,
      })
    }
    erased += docs.length
    if (docs.length < BATCH) return { erased }
  }
}

/** The task, registered by the plugin and scheduled daily; runs wherever the host runs its job queue. */
export const eraseClosedRequestsTask = (ctx: CharityContext, slug: string): TaskConfig => ({
  slug: ERASE_CLOSED_REQUESTS_TASK,
  label: 'Erase closed training requests',
  schedule: [{ cron: ERASE_CLOSED_REQUESTS_CRON, queue: 'default' }],
  outputSchema: [{ name: 'erased', type: 'number', required: true }],
  handler: async ({ req }) => ({
    output: await eraseClosedTrainingRequests(
      req.payload,
      slug,
      ctx.trainingRequests.retentionDays,
    ),
  }),
})
