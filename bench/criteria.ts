import type { Measurement } from './load.ts'
import type { DatabaseKind } from './options.ts'
import type { PathResult, RunResult } from './results.ts'

import { goodRps, ratio } from './results.ts'

/**
 * The acceptance criteria (issues #11 and #18), each judged per database from
 * the measurements. SKIP when the run did not measure what a criterion needs
 * (e.g. a 10k scale), with what it did see.
 */

export type Verdict = 'PASS' | 'FAIL' | 'SKIP'

export type Criterion = { name: string; verdict: Verdict; detail: string }

const TARGET = {
  vsBare: 1.0,
  vsRaw: 0.25,
  scaleP50: 1.5,
  notModified: 5,
  cached: 10,
  adminP50Ms: 100,
  adminScale: 10_000,
  loopMaxMs: 50,
  healthMaxMs: 100,
  coldStartMs: 3000,
  seedPerSecond: 500,
}

const x = (value: number) => `${value.toFixed(2)}×`

/** Over all runs of one database: the [run, path] pairs of a group, with the measurement for a target. */
const each = (
  runs: RunResult[],
  group: PathResult['group'],
  target: 'ours' | 'uncached' | 'bare' | 'raw',
) =>
  runs.flatMap((run) =>
    run.paths
      .filter((path) => path.group === group && path.measured[target])
      .map((path) => ({ run, path, m: path.measured[target] as Measurement })),
  )

/** The pair with the smallest value, or undefined. */
const worstBy = <T>(items: T[], value: (item: T) => number) =>
  items.reduce<T | undefined>(
    (worst, item) => (worst === undefined || value(item) < value(worst) ? item : worst),
    undefined,
  )

const at = (run: RunResult, path: PathResult) => `${path.label} at ${run.scale}`

export const judge = (kind: DatabaseKind, runs: RunResult[]): Criterion[] => {
  const criteria: Criterion[] = []
  const add = (name: string, verdict: Verdict, detail: string) =>
    criteria.push({ name: `${name} (${kind})`, verdict, detail })

  // Every public path: ours at least as fast as bare Payload.
  const vsBare = runs.flatMap((run) =>
    run.paths
      .filter((path) => path.group === 'public')
      .map((path) => ({ run, path, r: ratio(path.measured.ours, path.measured.bare) }))
      .filter((item): item is typeof item & { r: number } => item.r !== null),
  )
  const worstBare = worstBy(vsBare, (item) => item.r)
  if (!worstBare)
    add(
      `every public path ≥ ${TARGET.vsBare.toFixed(1)}× bare`,
      'SKIP',
      'ours and bare were not both loaded',
    )
  else {
    const below = vsBare.filter((item) => item.r < TARGET.vsBare).length
    // CPU per request says the same with less noise: the costliest path by that measure, for whoever fixes it.
    const cpu = vsBare
      .map((item) => {
        const [ours, bare] = [item.path.measured.ours, item.path.measured.bare]
        return {
          ...item,
          c:
            ours?.cpuMsPerRequest && bare?.cpuMsPerRequest
              ? ours.cpuMsPerRequest / bare.cpuMsPerRequest
              : null,
        }
      })
      .filter((item): item is typeof item & { c: number } => item.c !== null)
    const costliest = worstBy(cpu, (item) => -item.c)
    add(
      `every public path ≥ ${TARGET.vsBare.toFixed(1)}× bare`,
      below ? 'FAIL' : 'PASS',
      `${below} of ${vsBare.length} below; worst ${x(worstBare.r)} (${at(worstBare.run, worstBare.path)})` +
        (costliest
          ? `; most CPU per request against bare: ${x(costliest.c)} (${at(costliest.run, costliest.path)})`
          : ''),
    )
  }

  // The newest-10 list against the raw driver.
  const vsRaw = runs
    .map((run) => ({ run, path: run.paths.find((path) => path.key === 'posts-newest') }))
    .filter((item): item is { run: RunResult; path: PathResult } => Boolean(item.path))
    .map((item) => ({ ...item, r: ratio(item.path.measured.ours, item.path.measured.raw) }))
    .filter((item): item is typeof item & { r: number } => item.r !== null)
  const worstRaw = worstBy(vsRaw, (item) => item.r)
  add(
    `newest-10 ≥ ${TARGET.vsRaw}× raw`,
    !worstRaw ? 'SKIP' : worstRaw.r >= TARGET.vsRaw ? 'PASS' : 'FAIL',
    worstRaw
      ? `${x(worstRaw.r)} at ${worstRaw.run.scale}`
      : 'the newest-10 list was not loaded on both ours and raw',
  )

  // Public p50 grows little with the content: the largest scale against the smallest.
  const scales = [...new Set(runs.map((run) => run.scale))].sort((a, b) => a - b)
  if (scales.length < 2) {
    add(
      `public p50 at the larger scale ≤ ${TARGET.scaleP50}× the smaller`,
      'SKIP',
      'needs two scales, e.g. --scale 1000,10000',
    )
  } else {
    const small = runs.find((run) => run.scale === scales[0]) as RunResult
    const large = runs.find((run) => run.scale === scales.at(-1)) as RunResult
    const growth = large.paths
      .filter((path) => path.group === 'public' && path.measured.ours)
      .map((path) => {
        const before = small.paths.find((p) => p.key === path.key)?.measured.ours
        return {
          path,
          r: before && before.p50 > 0 ? (path.measured.ours as Measurement).p50 / before.p50 : null,
        }
      })
      .filter((item): item is { path: PathResult; r: number } => item.r !== null)
    const worst = worstBy(growth, (item) => -item.r)
    const above = growth.filter((item) => item.r > TARGET.scaleP50).length
    add(
      `public p50 at ${scales.at(-1)} ≤ ${TARGET.scaleP50}× p50 at ${scales[0]}`,
      !worst ? 'SKIP' : above ? 'FAIL' : 'PASS',
      worst
        ? `${above} of ${growth.length} above; worst ${x(worst.r)} (${worst.path.label})`
        : 'nothing to compare',
    )
  }

  // Conditional GET: 304s at five times the full answer's rate.
  const conditional = runs.map((run) => {
    const path = run.paths.find((p) => p.key === 'posts-newest-304')
    // The full answer is the one the server computes: with the response cache off. Ours answers
    // the 200 from memory too, so against it a 304 only saves the bytes; that is not the criterion.
    const full = run.paths.find((p) => p.key === 'posts-newest')?.measured.uncached
    return { run, path, full }
  })
  const notModified = conditional.filter((item) => item.path?.measured.ours && item.full)
  if (!notModified.length) {
    add(
      `304 ≥ ${TARGET.notModified}× the full 200`,
      'SKIP',
      'needs the If-None-Match twin on ours and the newest-10 list on uncached (the full 200 is made with the cache off)',
    )
  } else {
    const details = notModified.map(({ run, path, full }) => {
      const m = (path as PathResult).measured.ours as Measurement
      const r = (goodRps(m) ?? 0) / Math.max(goodRps(full) ?? 1, 1e-9)
      const answered304 = (m.statuses['304'] ?? 0) > 0
      return { run, path: path as PathResult, r, answered304 }
    })
    const failing = details.filter(
      (d) => !d.path.etag || !d.answered304 || d.r < TARGET.notModified,
    )
    add(
      `304 ≥ ${TARGET.notModified}× the full 200`,
      failing.length ? 'FAIL' : 'PASS',
      details
        .map((d) =>
          !d.path.etag
            ? `no ETag at ${d.run.scale}`
            : !d.answered304
              ? `no 304 at ${d.run.scale}`
              : `${x(d.r)} at ${d.run.scale}`,
        )
        .join('; '),
    )
  }

  // The response cache: anonymous GETs at least ten times the uncached rate.
  const cachedRatios = runs.flatMap((run) =>
    run.paths
      // GraphQL is a POST: only this process caches it, so it is judged with the rest by its own numbers.
      .filter((path) => path.group === 'public' && !path.key.startsWith('gql-'))
      .map((path) => ({ run, path, r: ratio(path.measured.ours, path.measured.uncached) }))
      .filter((item): item is typeof item & { r: number } => item.r !== null),
  )
  const worstCached = worstBy(cachedRatios, (item) => item.r)
  add(
    `anonymous GET with the response cache ≥ ${TARGET.cached}× uncached`,
    !worstCached ? 'SKIP' : worstCached.r >= TARGET.cached ? 'PASS' : 'FAIL',
    worstCached
      ? `${cachedRatios.filter((item) => item.r < TARGET.cached).length} of ${cachedRatios.length} below; worst ${x(worstCached.r)} (${at(worstCached.run, worstCached.path)})`
      : 'ours and uncached were not both loaded',
  )

  // Admin lists stay quick at 10k documents, measured as issue #18 measured them: one request at a
  // time. Under `connections` at once the p50 is mostly queueing (each list is 10–14 ms of CPU and
  // ten share one core), so that figure is reported beside it, and the loop and health criteria
  // below are what judge the server under that load.
  const admin = each(runs, 'admin', 'ours')
  const bigAdmin = admin.filter((item) => item.run.scale >= TARGET.adminScale)
  const alone = (item: (typeof admin)[number]) => item.path.oneAtATime?.ours ?? item.m
  const slowest = worstBy(bigAdmin.length ? bigAdmin : admin, (item) => -alone(item).p50)
  const slowestLoaded = worstBy(bigAdmin.length ? bigAdmin : admin, (item) => -item.m.p50)
  add(
    `admin p50 ≤ ${TARGET.adminP50Ms} ms at ${TARGET.adminScale}, one request at a time`,
    !bigAdmin.length
      ? 'SKIP'
      : alone(slowest as (typeof admin)[number]).p50 <= TARGET.adminP50Ms
        ? 'PASS'
        : 'FAIL',
    slowest && slowestLoaded
      ? `${bigAdmin.length ? '' : `no run at ${TARGET.adminScale}; `}slowest p50 ${alone(slowest).p50} ms (${at(slowest.run, slowest.path)}); under the full load (all connections at once): slowest p50 ${slowestLoaded.m.p50} ms (${at(slowestLoaded.run, slowestLoaded.path)})`
      : 'no admin path loaded',
  )

  // The event loop never stalls long.
  const loops = [
    ...each(runs, 'public', 'ours'),
    ...each(runs, 'admin', 'ours'),
    ...each(runs, 'conditional', 'ours'),
  ].filter((item) => item.m.loop)
  const longest = worstBy(loops, (item) => -(item.m.loop?.maxMs ?? 0))
  add(
    `event-loop max ≤ ${TARGET.loopMaxMs} ms`,
    !longest ? 'SKIP' : (longest.m.loop?.maxMs ?? 0) <= TARGET.loopMaxMs ? 'PASS' : 'FAIL',
    longest
      ? `${longest.m.loop?.maxMs} ms (${at(longest.run, longest.path)})`
      : 'no probe answered',
  )

  // Health stays answerable under the heaviest public and admin reads (lowest req/s of each group).
  const heaviest = runs.flatMap((run) =>
    (['public', 'admin'] as const)
      .map((group) => worstBy(each([run], group, 'ours'), (item) => goodRps(item.m) ?? 0))
      .filter((item): item is NonNullable<typeof item> => Boolean(item)),
  )
  const worstHealth = worstBy(heaviest, (item) => -item.m.health.max)
  add(
    `/api/health ≤ ${TARGET.healthMaxMs} ms under the heaviest reads`,
    !worstHealth
      ? 'SKIP'
      : heaviest.every(
            (item) => item.m.health.max <= TARGET.healthMaxMs && item.m.health.failed === 0,
          )
        ? 'PASS'
        : 'FAIL',
    heaviest
      .map(
        (item) =>
          `${item.path.label} at ${item.run.scale}: p50 ${item.m.health.p50} ms, max ${item.m.health.max} ms${item.m.health.failed ? `, ${item.m.health.failed} failed` : ''}`,
      )
      .join('; ') || 'not loaded',
  )

  // Cold start of the API-only production server.
  const colds = runs
    .map((run) => ({ run, ms: run.coldStartMs.ours }))
    .filter((c): c is { run: RunResult; ms: number } => c.ms !== undefined)
  const slowestStart = worstBy(colds, (c) => -c.ms)
  add(
    `cold start ≤ ${TARGET.coldStartMs / 1000} s`,
    !slowestStart ? 'SKIP' : slowestStart.ms <= TARGET.coldStartMs ? 'PASS' : 'FAIL',
    colds.map((c) => `${(c.ms / 1000).toFixed(1)} s at ${c.run.scale}`).join('; '),
  )

  // Seeding speed.
  const seeds = runs.map((run) => ({ run, seed: run.seed }))
  const slowestSeed = worstBy(seeds, (s) => s.seed.perSecond)
  add(
    `seed ≥ ${TARGET.seedPerSecond} documents/s`,
    !slowestSeed ? 'SKIP' : slowestSeed.seed.perSecond >= TARGET.seedPerSecond ? 'PASS' : 'FAIL',
    seeds
      .map(
        (s) =>
          `${s.seed.perSecond} documents/s at ${s.run.scale}${s.seed.reused ? ' (kept database: when it was seeded)' : ''}`,
      )
      .join('; '),
  )

  return criteria
}
