import type { BenchRequest, Fixtures, PathSpec } from './paths.ts'
import type { PathResult } from './results.ts'
import type { RunningTarget, TargetName } from './targets/process.ts'

/** One request, timed to its last byte (no compression asked, as autocannon sends it). */
const timed = async (target: RunningTarget, request: BenchRequest): Promise<number> => {
  const started = performance.now()
  const response = await fetch(`${target.url}${request.path}`, {
    method: request.method,
    headers: { 'accept-encoding': 'identity', ...request.headers },
    body: request.body,
    signal: AbortSignal.timeout(60_000),
  })
  await response.arrayBuffer()
  return performance.now() - started
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10
}

/**
 * p50s of a path and the paths it is compared with (GraphQL and its REST
 * twins, search and like), one request at a time, taking turns request by
 * request on one server: a change in the machine's load lands on all of them
 * alike, which rounds of seconds each do not give on a busy machine.
 * Returns the path's p50 and each other path's, in order.
 */
export const interleavedP50s = async (
  target: RunningTarget,
  specs: PathSpec[],
  fixtures: Fixtures,
  seconds: number,
): Promise<number[]> => {
  const requests = specs.map((spec) => spec.request(fixtures))
  const times: number[][] = requests.map(() => [])
  for (const request of requests) await timed(target, request)
  const until = performance.now() + seconds * 1000
  // At least 20 turns, so a p50 is not one request's.
  while (performance.now() < until || (times[0]?.length ?? 0) < 20) {
    for (const [index, request] of requests.entries()) {
      times[index]?.push(await timed(target, request))
    }
  }
  return times.map(median)
}

/** For each path compared with others, on each server both exist on: the interleaved p50s (results.ts). */
export const compareInterleaved = async (
  specs: PathSpec[],
  results: PathResult[],
  targets: Partial<Record<TargetName, RunningTarget>>,
  fixtures: Fixtures,
  seconds: number,
): Promise<void> => {
  for (const spec of specs) {
    const keys = spec.restTwins ?? (spec.likeTwin ? [spec.likeTwin] : [])
    const others = keys.map((key) => specs.find((candidate) => candidate.key === key))
    const result = results.find((candidate) => candidate.key === spec.key)
    if (!keys.length || !result || others.some((other) => !other)) continue
    const group = [spec, ...(others as PathSpec[])]
    result.interleaved = {}
    for (const name of ['ours', 'uncached', 'bare'] as TargetName[]) {
      const target = targets[name]
      if (!target || !group.every((member) => member.on.includes(name))) continue
      const [own, ...twins] = await interleavedP50s(target, group, fixtures, seconds)
      result.interleaved[name] = { p50: own ?? 0, othersP50: twins }
      console.log(
        `  ${spec.key.padEnd(22)} ${name.padEnd(4)} taking turns request by request: p50 ${own} ms; ${keys.map((key, i) => `${key} ${twins[i]} ms`).join(', ')}`,
      )
    }
  }
}
