import type { Config, Payload, Plugin } from 'payload'

import { jobsMayRunHere } from './jobGate.ts'

type AutoRun = NonNullable<NonNullable<Config['jobs']>['autoRun']>
/** Payload does not export its cron entry type by name. */
type CronEntry = Extract<AutoRun, unknown[]>[number]

/**
 * One of this process's job crons, scheduling only while jobs may run here.
 * Payload reads `disableScheduling` on every tick, so a getter follows the
 * gate as it opens and closes (a standby worker that takes the lock over).
 */
const gated = (entry: CronEntry): CronEntry =>
  Object.defineProperty({ ...entry }, 'disableScheduling', {
    enumerable: true,
    get: () => entry.disableScheduling === true || !jobsMayRunHere(),
  })

/**
 * The crons of this process queue scheduled jobs (the webhook sweep and
 * prune, the retention tasks) only where `jobsMayRunHere()` says jobs run.
 *
 * Why: Payload's cron queues scheduled jobs before it asks
 * `jobs.shouldAutoRun`, and records each tick in the `payload-jobs-stats`
 * global even when it queues nothing. So an API node started with
 * PAYLOAD_JOBS_AUTORUN=false still wrote to the database every ten seconds,
 * and every node could queue the same sweep. Only the crons change: an
 * explicit `GET /api/payload-jobs/run` or `payload jobs:run
 * --handle-schedules` still schedules wherever it is called. Goes after the
 * plugins that add crons (the charity plugin adds its webhook queue's).
 */
export const schedulesFollowJobGate =
  (): Plugin =>
  (config: Config): Config => {
    const autoRun = config.jobs?.autoRun
    if (!config.jobs || !autoRun) return config
    return {
      ...config,
      jobs: {
        ...config.jobs,
        autoRun: async (payload: Payload) =>
          (typeof autoRun === 'function' ? await autoRun(payload) : autoRun).map(gated),
      },
    }
  }
