/**
 * Every PostgreSQL advisory lock this backend takes, in one list, so no two
 * share a key by accident: a process holding one lock while it waits for
 * another with the same key would wait for itself for ever (the seed holds
 * its lock while Payload runs the migrations). Any distinct numbers do.
 */
export const ADVISORY_LOCK_KEYS = {
  /** The jobs worker: one runner per database (backend/cluster/jobsLeader.ts). */
  jobs: 4_711_028,
  /** `npm run seed` and the first-start seed: one at a time (seed/lock.ts). */
  seed: 4_711_029,
  /** Production starts running migrations: one at a time (migrations/lock.ts). */
  migrations: 4_711_030,
} as const
