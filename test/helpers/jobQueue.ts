import type { AdapterName } from './databases.ts'

import { sqlRows } from './sql.ts'

/**
 * How many jobs of a Payload queue are due or running on a database: not
 * completed, not failed for good, and with no `waitUntil` in the future (a
 * retry or a debounced delivery waiting for its time is not due yet).
 */
export const dueJobs = async (adapter: AdapterName, uri: string, queue: string) => {
  const [{ due }] = await sqlRows(
    adapter,
    uri,
    adapter === 'sqlite'
      ? `SELECT count(*) AS due FROM payload_jobs WHERE queue = '${queue}' AND completed_at IS NULL
           AND NOT coalesce(has_error, 0)
           AND (wait_until IS NULL OR wait_until <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`
      : `SELECT count(*) AS due FROM payload_jobs WHERE queue = '${queue}' AND completed_at IS NULL
           AND NOT coalesce(has_error, false) AND (wait_until IS NULL OR wait_until <= now())`,
  )
  return Number(due)
}

/**
 * Wait until a queue has nothing due or running: whatever the changes so far
 * queued has been done (a job is queued in the change's own transaction, so
 * it is there before the change's reply). An assertion that something was
 * sent only once, or not at all, holds from then on, instead of after a
 * fixed wait. MongoDB has no SQL here: it waits `fallbackMs` instead.
 */
export const untilQueueSettles = async (
  backend: { adapter: AdapterName; database: { uri: string } },
  queue: string,
  { timeoutMs = 60_000, fallbackMs = 3_000 } = {},
): Promise<void> => {
  if (backend.adapter === 'mongodb') {
    await new Promise((resolve) => setTimeout(resolve, fallbackMs))
    return
  }
  const started = Date.now()
  for (;;) {
    const due = await dueJobs(backend.adapter, backend.database.uri, queue)
    if (due === 0) return
    if (Date.now() - started > timeoutMs) {
      throw new Error(`the ${queue} queue still has ${due} job(s) due after ${timeoutMs} ms`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
