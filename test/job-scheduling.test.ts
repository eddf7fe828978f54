import type { AdapterName } from './helpers/databases.ts'

import { setTimeout as sleep } from 'node:timers/promises'

import { bootBackend, describeForEachAdapter } from './helpers/harness.ts'
import {
  createFreshDatabase,
  runToExit,
  spawnScript,
  startServerProcess,
} from './helpers/server.ts'
import { sqlRows } from './helpers/sql.ts'

type Scheduled = { queues: string[]; scheduledJobs: number }

// Every second instead of every minute, so a few seconds show whether the cron scheduled anything.
const EVERY_SECOND = '* * * * * *'

/** What Payload's scheduler has recorded and queued on a database, read in a process of its own (MongoDB). */
const scheduledThroughPayload = async (uri: string): Promise<Scheduled> => {
  const result = await runToExit(
    spawnScript('test/helpers/scheduledRuns.ts', [], {
      DATABASE_URI: uri,
      MEDIA_DIR: '/tmp',
      PAYLOAD_JOBS_AUTORUN: 'false',
    }),
    'reading the scheduler’s record',
    120_000,
  )
  if (result.code !== 0) throw new Error(`scheduledRuns.ts failed:\n${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').at(-1) as string) as Scheduled
}

/**
 * The same record read with SQL on SQLite and PostgreSQL (the `payload-jobs-stats` global's JSON
 * and the jobs flagged `meta.scheduled`): a query instead of a Payload start per look.
 */
const scheduledOn = async (adapter: AdapterName, uri: string): Promise<Scheduled> => {
  if (adapter === 'mongodb') return scheduledThroughPayload(uri)
  const [stats] = await sqlRows(adapter, uri, 'SELECT stats FROM payload_jobs_stats')
  const [{ scheduled }] = await sqlRows(
    adapter,
    uri,
    adapter === 'sqlite'
      ? "SELECT count(*) AS scheduled FROM payload_jobs WHERE json_extract(meta, '$.scheduled') = 1"
      : "SELECT count(*) AS scheduled FROM payload_jobs WHERE (meta->>'scheduled')::boolean",
  )
  // SQLite keeps JSON as text; PostgreSQL's driver parses jsonb.
  const record = (typeof stats?.stats === 'string' ? JSON.parse(stats.stats) : stats?.stats) as {
    scheduledRuns?: { queues?: Record<string, unknown> }
  } | null
  return {
    queues: Object.keys(record?.scheduledRuns?.queues ?? {}),
    scheduledJobs: Number(scheduled),
  }
}

describeForEachAdapter('where scheduled jobs are queued', (adapter: AdapterName) => {
  it('an API node started with PAYLOAD_JOBS_AUTORUN=false: its cron queues and records nothing, an explicit run still schedules', async () => {
    const backend = await bootBackend(adapter, {
      env: { PAYLOAD_JOBS_AUTORUN: 'false', PAYLOAD_JOBS_CRON: EVERY_SECOND },
    })
    try {
      // Three ticks of the per-second cron, after start-up's own writes.
      await sleep(3_500)
      expect(await scheduledOn(adapter, backend.database.uri)).toEqual({
        queues: [],
        scheduledJobs: 0,
      })

      // What docs/operators.md offers a scheduler: the run route schedules wherever it is called.
      const run = await backend.api.request('/api/payload-jobs/run?queue=default', {
        token: backend.admin.token,
      })
      expect(run.status).toBe(200)
      expect((await scheduledOn(adapter, backend.database.uri)).queues).toEqual(['default'])
    } finally {
      await backend.server.stop()
    }
  }, 240_000)

  it('a node that runs jobs: its cron queues the retention tasks on their schedule and records the run', async () => {
    const database = await createFreshDatabase(adapter)
    const node = await startServerProcess({
      DATABASE_URI: database.uri,
      MEDIA_DIR: '/tmp',
      PAYLOAD_JOBS_CRON: EVERY_SECOND,
    })
    try {
      // Looked at every quarter second until the run is recorded (a minute at most: a busy machine is slow).
      const started = Date.now()
      let seen = await scheduledOn(adapter, database.uri)
      while (!seen.queues.includes('default') && Date.now() - started < 60_000) {
        await sleep(250)
        seen = await scheduledOn(adapter, database.uri)
      }
      expect(seen.queues).toContain('default')
      expect(seen.scheduledJobs).toBeGreaterThan(0)
    } finally {
      await node.stop()
      await database.drop().catch(() => undefined)
    }
  }, 240_000)
})
