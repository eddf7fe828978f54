/**
 * `npm run worker`: the jobs worker of a deployment with several API nodes.
 * It serves no HTTP; it runs Payload's job queues (scheduled publishing,
 * outbound webhook deliveries and their retries, retention) and nothing
 * else, while the API nodes are started with PAYLOAD_JOBS_AUTORUN=false.
 *
 * On PostgreSQL it runs jobs only while it holds the jobs lock, so a second
 * worker started by mistake (or as a standby) waits instead of running the
 * same job twice, and takes over when the first one dies. With REDIS_URL it
 * hears of every change at once (a webhook queued on any node is delivered
 * without waiting for the next poll) and its own changes empty every node's
 * response cache.
 */
import type { Payload } from 'payload'

import { requeueAbandonedDeliveries, runWebhookQueue } from 'payload-plugin-charity/server'

import { setJobGate } from '../cluster/jobGate.ts'
import { type JobsLeader, jobsLeader } from '../cluster/jobsLeader.ts'
import { connectSharedState } from '../cluster/redis.ts'
import { assertProductionSecret } from '../config/secret.ts'
import { databaseKind } from '../database/adapter.ts'
import { contentVersion } from '../server/cache/contentVersion.ts'
import { runCli } from './runCli.ts'

/**
 * Jobs a dead runner left marked as running would never run again (Payload
 * only picks jobs that are not processing): the new lock holder is the only
 * runner, so whatever is still marked was abandoned.
 */
const releaseAbandonedJobs = async (payload: Payload): Promise<number> => {
  // A system task with no request behind it: nobody's access applies.
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { processing: { equals: true } },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}

/** Resolves with the name of the first stop signal this process receives. */
const stopSignal = () =>
  new Promise<string>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'))
    process.once('SIGINT', () => resolve('SIGINT'))
  })

await runCli({
  command: 'npm run worker',
  description:
    'Runs the job queues (scheduled publishing, webhook deliveries and their retries,\nretention) and serves no HTTP; start the API nodes with PAYLOAD_JOBS_AUTORUN=false.\nOn PostgreSQL it runs jobs only while it holds the jobs lock. Stops on SIGTERM or SIGINT.',
  notes:
    'Environment: DATABASE_URI, PAYLOAD_SECRET, REDIS_URL (see docs/operators.md and docs/scaling.md).',
  run: ({ withPayload }) => {
    assertProductionSecret()
    const kind = databaseKind(process.env.DATABASE_URI)
    // Closed until this process holds the jobs lock (without PostgreSQL: until it is ready).
    let mayRun = false
    let leader: JobsLeader | undefined
    setJobGate(() => mayRun && (leader?.held() ?? true))
    return withPayload(
      async (payload) => {
        const log = (message: string) => payload.logger.info(message)

        const shared = process.env.REDIS_URL
          ? await connectSharedState(process.env.REDIS_URL, (message) =>
              payload.logger.warn(message),
            )
          : undefined
        if (shared) contentVersion.use(shared.version)

        let wake: NodeJS.Timeout | undefined
        const deliverSoon = () => {
          // Many changes in a burst make one run.
          wake ??= setTimeout(() => {
            wake = undefined
            runWebhookQueue(payload).catch((error: unknown) =>
              payload.logger.error({ err: error, msg: 'Running the webhook queue failed.' }),
            )
          }, 50)
        }

        if (kind === 'postgres') {
          leader = jobsLeader(process.env.DATABASE_URI as string, (message) =>
            payload.logger.warn(message),
          )
          log('Jobs worker started: waiting for the jobs lock (another worker may hold it).')
          await leader.acquired
        } else {
          payload.logger.warn(
            `Jobs worker on ${kind}: only PostgreSQL guards against a second worker; run exactly one.`,
          )
        }
        mayRun = true
        const released = await releaseAbandonedJobs(payload)
        const resent = await requeueAbandonedDeliveries(payload)
        log(
          `Jobs worker ready: running the job queues${leader ? ' (holding the jobs lock)' : ''}; released ${released} abandoned job(s), resending ${resent} cut-off webhook deliveries.`,
        )
        shared?.onChange(deliverSoon)
        deliverSoon()

        const signal = await stopSignal()
        log(`${signal} received: stopping the jobs worker.`)
        // Whatever hangs while stopping, the process goes.
        setTimeout(() => process.exit(1), 10_000).unref()
        mayRun = false
        clearTimeout(wake)
        await leader?.close()
        await shared?.close()
      },
      { cron: true },
    )
  },
})
