import type { LoadOptions } from './load.ts'
import type { BenchOptions } from './options.ts'

import { REQUEST_TIMEOUT_S } from './load.ts'

/**
 * How hard to load a path, from how long its first answer took on the
 * slowest server. A read that takes seconds (the admin lists at 10k
 * documents on SQLite did take minutes) cannot be loaded like one that
 * takes milliseconds: with `connections` of them queued the server would
 * work for an hour, and a request the load generator gives up on keeps the
 * server busy into the next server's round. So slow paths get one round and
 * no extra warm-up, and very slow ones a single request on one connection,
 * which still gives their latency. All servers of a path get the same plan.
 */

const SLOW_MS = 2_000
const VERY_SLOW_MS = 15_000

export type Plan = LoadOptions & { note: null | string }

export const planFor = (firstAnswerMs: number, options: BenchOptions): Plan => {
  const base = {
    duration: options.duration,
    connections: options.connections,
    warmup: options.warmup,
    rounds: options.rounds,
    timeout: REQUEST_TIMEOUT_S,
  }
  if (firstAnswerMs >= VERY_SLOW_MS) {
    return {
      ...base,
      connections: 1,
      rounds: 1,
      warmup: 0,
      // Room for the one request to finish however slow it is, within reason.
      timeout: Math.max(REQUEST_TIMEOUT_S, Math.ceil((3 * firstAnswerMs) / 1000)),
      note: `very slow (${(firstAnswerMs / 1000).toFixed(0)} s): 1 connection, 1 request`,
    }
  }
  if (firstAnswerMs >= SLOW_MS) {
    return { ...base, rounds: 1, warmup: 0, note: 'slow: 1 round' }
  }
  return { ...base, note: null }
}
