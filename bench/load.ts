import type { BenchRequest } from './paths.ts'
import type { RunningTarget } from './targets/process.ts'

import autocannon from 'autocannon'

/**
 * Load with autocannon, in slices. A path's measured time on each server is
 * split into rounds taken in turn (ours, bare, raw, ours, bare, raw, …), so
 * work that other people start on a shared machine lands on all of them
 * alike; the slices are then summed into one measurement per server.
 *
 * Each slice is a number of requests, not a number of seconds: autocannon
 * stopped by a timer drops the requests in flight, but the server goes on
 * working on them, and that work would land in the next server's slice. So a
 * slice sends about as many requests as the server answered in that time
 * before (at least one per connection) and ends when the last one is answered.
 */

/** The event-loop probe's answer (bench/probe/eventLoop.ts). */
export type LoopStats = {
  maxMs: number
  p99Ms: number
  p50Ms: number
  cpuMs: number
  rssMb: number
}

export type Measurement = {
  rps: number
  p50: number
  p99: number
  requests: number
  /** Answers outside 2xx/3xx, connection errors and timeouts. */
  bad: number
  /** Answers by status code, e.g. {"200": 1200, "304": 30}. */
  statuses: Record<string, number>
  /** The server's event loop under this load: the worst slice (null when its probe did not answer). */
  loop: LoopStats | null
  /** The server's CPU time per answered request: steadier than req/s on a shared machine. */
  cpuMsPerRequest: number | null
  /** Requests a second in each round: their spread says how noisy the machine was. */
  roundRps: number[]
  /** `/api/health`, polled every 100 ms while the load ran. */
  health: { p50: number; max: number; polls: number; failed: number }
}

/** One round of load on one server, raw. */
export type Slice = {
  seconds: number
  latencies: number[]
  statuses: Record<string, number>
  failures: number
  health: number[]
  healthFailed: number
  loop: LoopStats | null
}

export type LoadOptions = {
  duration: number
  connections: number
  warmup: number
  rounds: number
  /** Seconds before an unanswered request counts as bad. */
  timeout: number
}

const HEALTH_EVERY_MS = 100

/** Long enough for slow reads at 10k documents; a request that takes longer counts as bad. */
export const REQUEST_TIMEOUT_S = 60

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] : 0

const round1 = (ms: number) => Math.round(ms * 10) / 10

/** Poll /api/health on a fixed beat (a slow answer does not delay the next poll) until stopped. */
const pollHealth = (url: string) => {
  const latencies: number[] = []
  let failed = 0
  const pending = new Set<Promise<void>>()
  const timer = setInterval(() => {
    const started = performance.now()
    const poll = fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) })
      .then(async (response) => {
        await response.arrayBuffer()
        if (response.status !== 200) failed++
        else latencies.push(performance.now() - started)
      })
      .catch(() => {
        failed++
      })
      .finally(() => pending.delete(poll))
    pending.add(poll)
  }, HEALTH_EVERY_MS)
  return async () => {
    clearInterval(timer)
    await Promise.all(pending)
    return { latencies, failed }
  }
}

const probe = async (target: RunningTarget, what: 'reset' | 'stats') =>
  fetch(`${target.probeUrl}/${what}`, { signal: AbortSignal.timeout(30_000) })
    .then((response) => response.json() as Promise<LoopStats>)
    .catch(() => null)

/**
 * autocannon for `amount` requests, recording every answer's latency and
 * status itself: autocannon's own latency histogram leaves out non-2xx
 * answers (a 304 is exactly what the conditional path wants to time), and
 * its duration is counted in whole sampling intervals. The slice lasts from
 * the start to the last answer.
 */
const cannon = async (
  target: RunningTarget,
  request: BenchRequest,
  load: LoadOptions,
  amount: number,
) => {
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  const started = performance.now()
  let lastAnswer = started
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${target.url}${request.path}`,
        method: request.method,
        headers: request.headers,
        body: request.body,
        connections: load.connections,
        amount: Math.max(load.connections, Math.round(amount)),
        timeout: load.timeout,
        // autocannon notices it is done only at a sample tick: tick often, so slices end promptly.
        sampleInt: 50,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    )
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      lastAnswer = performance.now()
      latencies.push(responseTime)
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
    })
  })
  return {
    latencies,
    statuses,
    failures: result.errors + result.timeouts,
    seconds: latencies.length ? (lastAnswer - started) / 1000 : result.duration,
  }
}

/** Requests a second, as far as one batch of load tells. */
const rateOf = (load: { latencies: number[]; seconds: number }) =>
  load.latencies.length / Math.max(load.seconds, 0.01)

/**
 * Unmeasured load first, so JIT, caches and pools settle: one request per
 * connection, then about `warmup` seconds more at the rate that showed.
 * Returns the rate, which sizes the first measured slice.
 */
export const warmUp = async (
  target: RunningTarget,
  request: BenchRequest,
  options: LoadOptions,
): Promise<number> => {
  const first = await cannon(target, request, options, options.connections)
  const rest = options.warmup - first.seconds
  if (rest <= 0 || rateOf(first) * rest < options.connections) return rateOf(first)
  return rateOf(await cannon(target, request, options, rateOf(first) * rest))
}

/**
 * One measured round of about `duration / rounds` seconds at the `rate` seen
 * so far, with the server's event loop and health check watched while it runs.
 */
export const loadSlice = async (
  target: RunningTarget,
  request: BenchRequest,
  options: LoadOptions,
  rate: number,
): Promise<Slice> => {
  await probe(target, 'reset')
  const stopHealth = pollHealth(target.url)
  const load = await cannon(target, request, options, (rate * options.duration) / options.rounds)
  const health = await stopHealth()
  const loop = await probe(target, 'stats')
  return { ...load, health: health.latencies, healthFailed: health.failed, loop }
}

/** The rate a slice showed: what sizes the same server's next slice. */
export const sliceRate = (slice: Slice) => rateOf(slice)

/** Rounds summed: throughput over the whole time, percentiles over every answer, the worst event-loop stall. */
export const summarise = (slices: Slice[]): Measurement => {
  const latencies = slices.flatMap((slice) => slice.latencies).sort((a, b) => a - b)
  const health = slices.flatMap((slice) => slice.health).sort((a, b) => a - b)
  const healthFailed = slices.reduce((sum, slice) => sum + slice.healthFailed, 0)
  const seconds = slices.reduce((sum, slice) => sum + slice.seconds, 0)
  const statuses: Record<string, number> = {}
  for (const slice of slices) {
    for (const [code, count] of Object.entries(slice.statuses)) {
      statuses[code] = (statuses[code] ?? 0) + count
    }
  }
  const outside = Object.entries(statuses)
    .filter(([code]) => Number(code) < 200 || Number(code) >= 400)
    .reduce((sum, [, count]) => sum + count, 0)
  const loops = slices.map((slice) => slice.loop).filter((loop): loop is LoopStats => Boolean(loop))
  const loop = loops.length
    ? {
        maxMs: Math.max(...loops.map((l) => l.maxMs)),
        p99Ms: Math.max(...loops.map((l) => l.p99Ms)),
        p50Ms: Math.max(...loops.map((l) => l.p50Ms)),
        cpuMs: loops.reduce((sum, l) => sum + l.cpuMs, 0),
        rssMb: Math.max(...loops.map((l) => l.rssMb)),
      }
    : null
  const requests = latencies.length
  return {
    rps: seconds > 0 ? round1(requests / seconds) : 0,
    p50: round1(percentile(latencies, 50)),
    p99: round1(percentile(latencies, 99)),
    requests,
    bad: outside + slices.reduce((sum, slice) => sum + slice.failures, 0),
    statuses,
    loop: loops.length === slices.length ? loop : null,
    roundRps: slices.map((slice) =>
      slice.seconds > 0 ? round1(slice.latencies.length / slice.seconds) : 0,
    ),
    // The health polls in the same time cost next to nothing: left out of the count.
    cpuMsPerRequest:
      loop && requests > 0 ? Math.round((loop.cpuMs / requests) * 1000) / 1000 : null,
    health: {
      p50: round1(percentile(health, 50)),
      max: round1(health.at(-1) ?? 0),
      polls: health.length + healthFailed,
      failed: healthFailed,
    },
  }
}
