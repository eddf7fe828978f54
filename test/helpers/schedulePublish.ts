/**
 * Schedules publishes (or unpublishes) exactly as the admin UI's "Schedule"
 * drawer does: it calls Payload's own `schedulePublishHandler` (the server
 * function behind that drawer) as the given user. Server functions are only
 * reachable through Next's server actions, which a test cannot call over
 * HTTP, so this runs them in a short-lived process on the same database; the
 * queued jobs are then run by the real server (GET /api/payload-jobs/run).
 *
 *   node --conditions=development --import tsx test/helpers/schedulePublish.ts <collection>:<docId>:<userId>[:unpublish] ...
 *
 * Prints one JSON line: what the handler answered for each request, in order.
 */
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq, getPayload } from 'payload'

import config from '../../payload.config.ts'

const requests = process.argv.slice(2).map((spec) => {
  const [collection, docId, userId, type = 'publish'] = spec.split(':')
  if (!collection || !docId || !userId || (type !== 'publish' && type !== 'unpublish')) {
    console.error(`bad request "${spec}"; expected <collection>:<docId>:<userId>[:unpublish]`)
    process.exit(2)
  }
  return { collection, docId, userId, type: type as 'publish' | 'unpublish' }
})

const payload = await getPayload({ config })
const answers: unknown[] = []
for (const { collection, docId, userId, type } of requests) {
  // Loading the scheduling user is set-up, not a request: the handler then acts as that user.
  const user = await payload.findByID({
    collection: 'users',
    id: userId,
    depth: 0,
    overrideAccess: true,
  })
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  const args = {
    type,
    // A moment ago, so the next run of the job queue picks it up.
    date: new Date(Date.now() - 1000),
    doc: { relationTo: collection, value: docId },
    req,
  }
  // The handler reads only these; the rest of a server function's arguments (import map, cookies) is for rendering.
  answers.push(
    await schedulePublishHandler(args as unknown as Parameters<typeof schedulePublishHandler>[0]),
  )
}
console.log(JSON.stringify(answers))
await payload.destroy()
process.exit(0)
