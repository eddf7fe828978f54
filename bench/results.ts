import type { SeedStats } from './db/prepare.ts'
import type { CopyReport } from './db/types.ts'
import type { Measurement } from './load.ts'
import type { DatabaseKind } from './options.ts'
import type { Fixtures, PathGroup } from './paths.ts'
import type { TargetName } from './targets/process.ts'

/** What one target answered before the load: enough to tell whether all targets read the same rows. */
export type FirstAnswer = {
  /** 0 when no answer came (connection error or 15 minutes without one). */
  status: number
  ids: string
  etag: null | string
  bytes: number
  ms: number
}

export type PathResult = {
  key: string
  label: string
  group: PathGroup
  on: TargetName[]
  first: Partial<Record<TargetName, FirstAnswer>>
  measured: Partial<Record<TargetName, Measurement>>
  /** Conditional path only: the ETag sent, or null when the first answer had none. */
  etag?: null | string
  /** Admin paths: the same request one at a time, as a lone editor sends it (bench/run.ts). */
  oneAtATime?: Partial<Record<TargetName, Measurement>>
  /** GraphQL paths: the keys of the REST paths that read the same data (bench/paths.ts). */
  restTwins?: string[]
  /** The search path: the key of the `like` query it is compared with. */
  likeTwin?: string
  /**
   * Paths compared with others (restTwins, likeTwin): p50 of this path and of
   * each other one, one request at a time, taking turns request by request (bench/interleaved.ts).
   */
  interleaved?: Partial<Record<TargetName, { p50: number; othersP50: number[] }>>
  /** How the load was cut down for a slow path (bench/plan.ts), or null. */
  note?: null | string
}

export type RunResult = {
  kind: DatabaseKind
  scale: number
  seed: SeedStats
  copy: CopyReport | null
  coldStartMs: Partial<Record<TargetName, number>>
  fixtures: Fixtures
  paths: PathResult[]
}

/** Requests per second that got a good answer: errors do not count as speed. */
export const goodRps = (m: Measurement | undefined): null | number =>
  m ? (m.requests > 0 ? Math.max(0, m.rps * (1 - m.bad / m.requests)) : 0) : null

export const ratio = (a: Measurement | undefined, b: Measurement | undefined): null | number => {
  const [x, y] = [goodRps(a), goodRps(b)]
  return x === null || y === null || y === 0 ? null : x / y
}
