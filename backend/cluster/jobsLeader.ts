import pg from 'pg'

import { ADVISORY_LOCK_KEYS } from '../database/advisoryLocks.ts'

/** Every worker of one database asks PostgreSQL for the same lock. */
const JOBS_LOCK_KEY = ADVISORY_LOCK_KEYS.jobs

export type JobsLeader = {
  /** Whether this process holds the lock now. */
  held: () => boolean
  /** Resolves once this process holds the lock (at once for the first worker). */
  acquired: Promise<void>
  close: () => Promise<void>
}

/**
 * Exactly one jobs runner per database, however many workers are started:
 * a PostgreSQL session-level advisory lock, held on a connection of its
 * own. Payload claims jobs with a read and then a write, so two runners
 * could take the same job; with the lock only one runs at a time, and a
 * second worker waits as a standby. The lock goes with the connection, so
 * when the holder dies (even by SIGKILL) PostgreSQL frees it and a standby
 * takes over within `retryMs`.
 */
export const jobsLeader = (
  connectionString: string,
  log: (message: string) => void,
  retryMs = 2_000,
): JobsLeader => {
  let holding = false
  let closed = false
  let client: pg.Client | undefined
  let timer: NodeJS.Timeout | undefined
  let resolveAcquired: () => void = () => {}
  const acquired = new Promise<void>((resolve) => (resolveAcquired = resolve))

  const attempt = async () => {
    if (closed) return
    try {
      if (!client) {
        const next = new pg.Client({ connectionString })
        // A dropped connection means the lock is gone: stop running jobs and try again.
        next.on('error', (error) => {
          log(`Jobs lock connection lost (${error.message}); this worker stops running jobs.`)
          holding = false
          client = undefined
          if (!closed) timer = setTimeout(() => void attempt(), retryMs)
        })
        await next.connect()
        client = next
      }
      const { rows } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock($1) AS locked',
        [JOBS_LOCK_KEY],
      )
      if (rows[0]?.locked) {
        holding = true
        resolveAcquired()
        return
      }
    } catch (error) {
      log(`Could not ask for the jobs lock: ${error instanceof Error ? error.message : error}`)
      client?.end().catch(() => {})
      client = undefined
    }
    if (!closed) timer = setTimeout(() => void attempt(), retryMs)
  }
  void attempt()

  return {
    held: () => holding,
    acquired,
    close: async () => {
      closed = true
      holding = false
      if (timer) clearTimeout(timer)
      await client?.end().catch(() => {})
    },
  }
}
