import type { Payload, TaskConfig, Where } from 'payload'

import { ERASED_MARKER, GIFT_AID_RETENTION_YEARS } from '../defaults.ts'

/** The job that erases Gift Aid declarations no claim needs any more (Payload task slug). */
export const ERASE_EXPIRED_DECLARATIONS_TASK = 'eraseExpiredGiftAidDeclarations'

/** Daily at 03:45 server time, after the training requests' retention job. */
export const ERASE_EXPIRED_DECLARATIONS_CRON = '0 45 3 * * *'

const BATCH = 100

/** What an expired declaration keeps: its scope, dates and wording version, with no one named. */
export const erasedDeclarationData = (erasedAt: string) => ({
  title: null,
  firstName: ERASED_MARKER,
  lastName: ERASED_MARKER,
  house: ERASED_MARKER,
  postcode: null,
  donorEmail: null,
  personKey: null,
  erasedAt,
})

/**
 * Erase the personal details of every declaration HMRC can no longer ask
 * for: the last claim it supported was more than six years ago, or it was
 * never claimed on and was cancelled more than six years ago. A declaration
 * in force and never claimed on is kept (it may still support a claim). A
 * system task with no visitor: it writes the rows directly (the marker is no
 * postcode) and marks them `erasedAt`, so it never picks one up twice.
 */
export const eraseExpiredDeclarations = async (
  payload: Payload,
  slug: string,
  now = new Date(),
): Promise<{ erased: number }> => {
  const cutoffDate = new Date(now)
  cutoffDate.setUTCFullYear(cutoffDate.getUTCFullYear() - GIFT_AID_RETENTION_YEARS)
  const cutoff = cutoffDate.toISOString()
  const none = (field: string): Where => ({
    or: [{ [field]: { exists: false } }, { [field]: { equals: null } }],
  })
  const where: Where = {
    and: [
      none('erasedAt'),
      {
        or: [
          { lastClaimedAt: { less_than_equal: cutoff } },
          { and: [none('lastClaimedAt'), { cancelledAt: { less_than_equal: cutoff } }] },
        ],
      },
    ],
  }
  const erasedAt = now.toISOString()
  let erased = 0
  for (;;) {
    const { docs } = await payload.db.find<{ id: number | string }>({
      collection: slug,
      where,
      limit: BATCH,
      pagination: false,
      sort: 'id',
      select: {},
    })
    for (const doc of docs) {
      // System write: a declaration is never edited through the API, and the marker is no postcode.
      await payload.db.updateOne({
        collection: slug,
        id: doc.id,
        data: erasedDeclarationData(erasedAt),
      })
    }
    erased += docs.length
    if (docs.length < BATCH) return { erased }
  }
}

/** The task, registered by the plugin and scheduled daily; runs wherever the host runs its job queue. */
export const eraseExpiredDeclarationsTask = (slug: string): TaskConfig => ({
  slug: ERASE_EXPIRED_DECLARATIONS_TASK,
  label: 'Erase expired Gift Aid declarations',
  schedule: [{ cron: ERASE_EXPIRED_DECLARATIONS_CRON, queue: 'default' }],
  outputSchema: [{ name: 'erased', type: 'number', required: true }],
  handler: async ({ req }) => ({
    output: await eraseExpiredDeclarations(req.payload, slug),
  }),
})
