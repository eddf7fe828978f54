/**
 * Queues one job of a task, as a cron or an operator would, so that the real
 * server runs it on its next `GET /api/payload-jobs/run`. Payload offers no
 * REST route to queue a job (its jobs collection refuses every write), so
 * this runs in a short-lived process on the same database.
 *
 *   node --conditions=development --import tsx test/helpers/queueTask.ts <taskSlug>
 *
 * Prints one JSON line: the queued job's id.
 */
import { getPayload } from 'payload'

import config from '../../payload.config.ts'

const task = process.argv[2]
if (!task) {
  console.error('usage: queueTask.ts <taskSlug>')
  process.exit(2)
}
const payload = await getPayload({ config })
// Queuing is set-up, not a request: no user, no access to check.
const job = (await payload.jobs.queue({ task, input: {} } as never)) as { id: number | string }
console.log(JSON.stringify({ id: job.id }))
await payload.destroy()
process.exit(0)
