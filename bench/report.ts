import type { Measurement } from './load.ts'
import type { FirstAnswer, PathResult, RunResult } from './results.ts'
import type { TargetName } from './targets/process.ts'

import { ratio } from './results.ts'

/**
 * Plain-text tables: one per database and scale. Throughput and latency of
 * every target side by side, with the ratios that matter; then what this
 * backend's process went through (event loop, health checks, CPU per request).
 */

type Cell = number | string | null | undefined

const text = (value: Cell) => (value === null || value === undefined ? '—' : String(value))

/** Right-aligned numbers, left-aligned first column, header underlined. */
export const table = (headers: string[], rows: Cell[][]): string => {
  const cells = [headers, ...rows.map((row) => row.map(text))]
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column].length)))
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
      )
      .join('  ')
  return [
    line(cells[0]),
    widths.map((width) => '─'.repeat(width)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n')
}

/** Whole requests a second above 10, one decimal below (a slow path's 0.4 is not 0). */
export const formatRps = (rps: number) => (rps >= 10 ? String(Math.round(rps)) : rps.toFixed(1))

const times = (value: null | number) => (value === null ? '—' : `${value.toFixed(2)}×`)

/** n/a where the path does not exist on that server; — where it was not loaded (--only). */
const side = (path: PathResult, target: TargetName, cell: (m: Measurement) => Cell): Cell => {
  if (!path.on.includes(target)) return 'n/a'
  const m = path.measured[target]
  return m ? cell(m) : '—'
}

/** "same" when every target answered with the same ids (else which differ), and how a slow path was loaded. */
const check = (path: PathResult): string => [sameRows(path), path.note].filter(Boolean).join('; ')

const sameRows = (path: PathResult): string => {
  const answers = Object.entries(path.first)
  const failed = ([, first]: [string, FirstAnswer]) => first.status >= 400 || first.status === 0
  if (answers.some(failed)) {
    return answers
      .filter(failed)
      .map(([target, first]) => `${target} ${first.status}`)
      .join(', ')
  }
  if (path.group === 'conditional') {
    if (!path.etag) return 'no ETag'
    return `${path.first.ours?.status ?? '?'} to If-None-Match`
  }
  // With neither loaded (--only uncached), the first answer: the others must match it.
  const reference = path.first.ours ?? path.first.bare ?? answers[0]?.[1]
  const differ = answers
    .filter(([, first]) => first.ids !== reference?.ids)
    .map(([target]) => target)
  return differ.length ? `ids differ: ${differ.join(', ')}` : answers.length > 1 ? 'same' : ''
}

/** CPU time per request, ours over bare: steadier than req/s when other work shares the machine (>1 = ours costs more). */
const cpuRatio = (ours: Measurement | undefined, bare: Measurement | undefined) =>
  ours?.cpuMsPerRequest && bare?.cpuMsPerRequest
    ? ours.cpuMsPerRequest / bare.cpuMsPerRequest
    : null

const statuses = (m: Measurement | undefined) =>
  m
    ? Object.entries(m.statuses)
        .map(([code, count]) => `${code}:${count}`)
        .join(' ')
    : '—'

/** The widest max/min of req/s between one server's rounds on a path: how much the machine's load moved. */
const spread = (path: PathResult): null | number => {
  const spreads = Object.values(path.measured).flatMap((m) => {
    const rounds = (m?.roundRps ?? []).filter((rps) => rps > 0)
    return rounds.length > 1 ? [Math.max(...rounds) / Math.min(...rounds)] : []
  })
  return spreads.length ? Math.max(...spreads) : null
}

export const throughputTable = (run: RunResult): string =>
  table(
    [
      'path',
      'ours req/s',
      'p50',
      'p99',
      'bad',
      'uncached req/s',
      'p50',
      'bare req/s',
      'p50',
      'p99',
      'bad',
      'raw req/s',
      'p50',
      'p99',
      'bad',
      'ours/uncached',
      'ours/bare',
      'uncached/bare',
      'ours/raw',
      'CPU ours/bare',
      'check',
    ],
    run.paths.map((path) => [
      path.label,
      ...(['ours'] as TargetName[]).flatMap((target) => [
        side(path, target, (m) => formatRps(m.rps)),
        side(path, target, (m) => m.p50),
        side(path, target, (m) => m.p99),
        side(path, target, (m) => m.bad),
      ]),
      side(path, 'uncached', (m) => formatRps(m.rps)),
      side(path, 'uncached', (m) => m.p50),
      ...(['bare', 'raw'] as TargetName[]).flatMap((target) => [
        side(path, target, (m) => formatRps(m.rps)),
        side(path, target, (m) => m.p50),
        side(path, target, (m) => m.p99),
        side(path, target, (m) => m.bad),
      ]),
      path.on.includes('uncached')
        ? times(ratio(path.measured.ours, path.measured.uncached))
        : 'n/a',
      path.on.includes('bare') ? times(ratio(path.measured.ours, path.measured.bare)) : 'n/a',
      path.on.includes('bare') && path.on.includes('uncached')
        ? times(ratio(path.measured.uncached, path.measured.bare))
        : 'n/a',
      path.on.includes('raw') ? times(ratio(path.measured.ours, path.measured.raw)) : 'n/a',
      path.on.includes('bare') ? times(cpuRatio(path.measured.ours, path.measured.bare)) : 'n/a',
      check(path),
    ]),
  )

export const processTable = (run: RunResult): string =>
  table(
    [
      'path (ours process)',
      'loop max ms',
      'loop p99',
      'health p50',
      'health max',
      'CPU ms/req ours',
      'bare',
      'raw',
      'statuses (ours)',
    ],
    run.paths.map((path) => {
      const ours = path.measured.ours
      return [
        path.label,
        ours?.loop?.maxMs,
        ours?.loop?.p99Ms,
        ours?.health.p50,
        ours
          ? `${ours.health.max}${ours.health.failed ? ` (${ours.health.failed} failed)` : ''}`
          : undefined,
        side(path, 'ours', (m) => m.cpuMsPerRequest),
        side(path, 'bare', (m) => m.cpuMsPerRequest),
        side(path, 'raw', (m) => m.cpuMsPerRequest),
        statuses(ours),
      ]
    }),
  )

export const runHeading = (
  run: RunResult,
  load: { connections: number; duration: number; rounds: number; nodeEnv?: string },
): string => {
  const seed = run.seed
  const seedLine = seed.reused
    ? `kept database, seeded ${seed.seededAt} at ${seed.perSecond} documents/s`
    : `seeded ${seed.documents} documents in ${seed.wallSeconds} s, ${seed.perSecond} documents/s`
  const cold = Object.entries(run.coldStartMs)
    .map(([target, ms]) => `${target} ${(ms / 1000).toFixed(1)} s`)
    .join(', ')
  return [
    `\n${run.kind}, --scale ${run.scale}${load.nodeEnv === 'development' ? ', NODE_ENV=development' : ''}: ${load.connections} connections, ${load.duration} s per path and server in ${load.rounds} rounds taken in turn`,
    `  ${seedLine}; cold start to /api/health 200: ${cold}`,
    `  fixtures: now=${run.fixtures.at} slug=${run.fixtures.slug} category=${run.fixtures.categoryId} campaign=${run.fixtures.campaignId} post=${run.fixtures.postId}`,
    `  ours = this backend; uncached = this backend with RESPONSE_CACHE=off; bare = plain Payload, same fields; raw = node:http + driver (ceiling). p50/p99 in ms; bad = answers outside 2xx/3xx, errors, timeouts;`,
    `  CPU ours/bare = server CPU time per request, ours over bare (>1: ours costs more; on PostgreSQL the database's own CPU is not in it).`,
  ].join('\n')
}

/** This checkout against another (`--compare-with`): each path's throughput and p50, new over old, cached and uncached. */
export const compareTable = (run: RunResult): string =>
  table(
    [
      'path',
      'new req/s',
      'p50',
      'old req/s',
      'p50',
      'new/old',
      'uncached new',
      'p50',
      'old',
      'p50',
      'new/old',
      'CPU new/old',
      'uncached',
      'round spread',
      'check',
    ],
    run.paths.map((path) => [
      path.label,
      ...(
        [
          ['ours', 'old'],
          ['uncached', 'old-uncached'],
        ] as [TargetName, TargetName][]
      ).flatMap(([now, old]) => [
        side(path, now, (m) => formatRps(m.rps)),
        side(path, now, (m) => m.p50),
        side(path, old, (m) => formatRps(m.rps)),
        side(path, old, (m) => m.p50),
        path.on.includes(old) ? times(ratio(path.measured[now], path.measured[old])) : 'n/a',
      ]),
      // CPU per request is steadier than req/s on a shared machine (>1: new costs more).
      path.on.includes('old') ? times(cpuRatio(path.measured.ours, path.measured.old)) : 'n/a',
      path.on.includes('old-uncached')
        ? times(cpuRatio(path.measured.uncached, path.measured['old-uncached']))
        : 'n/a',
      times(spread(path)),
      check(path),
    ]),
  )

/** p50 of a GraphQL path over the summed p50s of its REST twins (the same data), taking turns request by request. */
const overTwins = (path: PathResult, target: TargetName) => {
  const turns = path.interleaved?.[target]
  if (!turns || !turns.othersP50.length) return { gql: null, rest: null, ratio: null }
  const rest = turns.othersP50.reduce((sum, p50) => sum + p50, 0)
  return {
    gql: turns.p50,
    rest: Math.round(rest * 10) / 10,
    ratio: rest > 0 ? turns.p50 / rest : null,
  }
}

/** Each GraphQL read the website sends beside the REST reads of the same data: p50s, GraphQL over REST (≤ 1.5 wanted uncached). */
export const graphqlTable = (run: RunResult): null | string => {
  const paths = run.paths.filter((path) => path.restTwins?.length)
  if (!paths.length) return null
  return table(
    [
      'GraphQL path',
      'REST twins',
      ...(['ours', 'uncached', 'bare'] as TargetName[]).flatMap((target) => [
        `${target} GraphQL p50`,
        'REST p50 sum',
        'GraphQL/REST',
      ]),
    ],
    paths.map((path) => [
      path.label,
      (path.restTwins ?? []).length,
      ...(['ours', 'uncached', 'bare'] as TargetName[]).flatMap((target) => {
        const { gql, rest, ratio: r } = overTwins(path, target)
        return [path.on.includes(target) ? gql : 'n/a', rest, times(r)]
      }),
    ]),
  )
}

/** The site search beside the `like` query a website could send instead: p50 and throughput, cached and not. */
export const searchTable = (run: RunResult): null | string => {
  const rows = run.paths.flatMap((path) => {
    const like = run.paths.find((p) => p.key === path.likeTwin)
    if (!like) return []
    return (['ours', 'uncached'] as TargetName[]).map((target) => {
      const [s, l] = [path.measured[target], like.measured[target]]
      // p50s taking turns request by request (steadier), throughput under the full load.
      const turns = path.interleaved?.[target]
      const likeP50 = turns?.othersP50[0]
      return [
        `${path.label} (${target})`,
        turns?.p50,
        likeP50,
        turns && likeP50 ? times(turns.p50 / likeP50) : '—',
        s ? formatRps(s.rps) : undefined,
        l ? formatRps(l.rps) : undefined,
        times(ratio(s, l)),
      ]
    })
  })
  if (!rows.length) return null
  return table(
    [
      'search path',
      'p50 in turns',
      'like p50',
      'p50 search/like',
      'req/s',
      'like req/s',
      'req/s search/like',
    ],
    rows,
  )
}
