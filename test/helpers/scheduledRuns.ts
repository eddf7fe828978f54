/**
 * What Payload's scheduler has done on a database: the queues recorded in the
 * `payload-jobs-stats` global and how many jobs it queued. Neither is readable
 * over REST (Payload's jobs collection and global refuse every reader), so
 * this reads them in a short-lived process on the same database.
 *
 *   node --conditions=development --import tsx test/helpers/scheduledRuns.ts
 *
 * Prints one JSON line: { queues: string[], scheduledJobs: number }.
 */
import { getPayload } from 'payload'

import config from '../../payload.config.ts'

const payload = await getPayload({ config })
// A test's look at the database, not a request: no user, no access to check.
const stats = (await payload.db.findGlobal({ slug: 'payload-jobs-stats' })) as {
  stats?: { scheduledRuns?: { queues?: Record<string, unknown> } }
} | null
const { totalDocs } = await payload.count({
  collection: 'payload-jobs',
  where: { 'meta.scheduled': { equals: true } },
  overrideAccess: true,
})
console.log(
  JSON.stringify({
    queues: Object.keys(stats?.stats?.scheduledRuns?.queues ?? {}),
    scheduledJobs: totalDocs,
  }),
)
await payload.destroy()
process.exit(0)
