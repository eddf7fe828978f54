/**
 * `npm run bench`: the side-by-side read benchmark (issues #11 and #18).
 *
 * For each database and scale, in one run on one machine against the same
 * content: seed with the project's seed CLI (or reuse a kept database), give
 * bare Payload its own tables and a copy of the rows, start this backend,
 * bare Payload and the raw-driver server, then load every read path on each
 * of them in turn (interleaved, so noise from a shared machine hits all three
 * alike). Prints req/s, latency and ratios per path, what this backend's
 * event loop and health check went through, and a PASS/FAIL line per
 * acceptance criterion. See docs/contributing.md, "Benchmarks".
 */
import type { Slice } from './load.ts'
import type { BenchOptions, DatabaseKind } from './options.ts'
import type { BenchRequest, Fixtures, PathSpec } from './paths.ts'
import type { FirstAnswer, PathResult, RunResult } from './results.ts'
import type { RunningTarget } from './targets/process.ts'

import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runCli } from '../backend/cli/runCli.ts'
import { type Criterion, judge } from './criteria.ts'
import { prepareDatabases } from './db/prepare.ts'
import { adminToken, findFixtures } from './fixtures.ts'
import { compareInterleaved } from './interleaved.ts'
import { loadSlice, sliceRate, summarise, warmUp } from './load.ts'
import { BENCH_OPTIONS, benchOptionsFrom, DESCRIPTION } from './options.ts'
import { answerIds, PATHS } from './paths.ts'
import { planFor } from './plan.ts'
import {
  compareTable,
  formatRps,
  graphqlTable,
  processTable,
  runHeading,
  searchTable,
  throughputTable,
} from './report.ts'
import { compileTargets } from './targets/compile.ts'
import { compileOther } from './targets/other.ts'
import { OLD_OF, TARGETS, type TargetName } from './targets/process.ts'
import { startTargetFor } from './targets/start.ts'

/** One request outside the load, timed: status, ids (to compare targets) and ETag. */
const firstAnswer = async (target: RunningTarget, request: BenchRequest): Promise<FirstAnswer> => {
  const started = performance.now()
  const ms = () => Math.round(performance.now() - started)
  try {
    const response = await fetch(`${target.url}${request.path}`, {
      method: request.method,
      // As autocannon sends it (no Accept-Encoding): fetch would ask for gzip, and a compressed
      // answer's ETag is not the plain one's, so the If-None-Match path would never see a 304.
      headers: { 'accept-encoding': 'identity', ...request.headers },
      body: request.body,
      signal: AbortSignal.timeout(900_000),
    })
    const body = await response.text()
    let ids = ''
    let status = response.status
    try {
      const parsed: unknown = JSON.parse(body)
      ids = answerIds(parsed)
      // GraphQL answers a query it cannot run with 200 and `errors`: the check must say so.
      const errors = (parsed as { errors?: unknown[] } | null)?.errors
      if (status === 200 && Array.isArray(errors) && errors.length) status = 422
    } catch {
      // Feeds are XML and iCalendar: nothing to compare.
    }
    const etag = response.headers.get('etag')
    return { status, ids, etag, bytes: body.length, ms: ms() }
  } catch {
    return { status: 0, ids: '', etag: null, bytes: 0, ms: ms() }
  }
}

/** A database URL fit to write into a results file. */
const withoutPassword = (url: null | string) => {
  if (!url) return url
  const parsed = new URL(url)
  if (parsed.password) parsed.password = '***'
  return parsed.toString()
}

const selected = (options: BenchOptions): PathSpec[] =>
  options.paths.length
    ? PATHS.filter((path) =>
        options.paths.some((needle) => path.key.includes(needle) || path.label.includes(needle)),
      )
    : PATHS

type Session = {
  targets: Partial<Record<TargetName, RunningTarget>>
  /** Admin tokens of the Payload servers. */
  tokens: Partial<Record<TargetName, string>>
  fixtures: Fixtures
}

/** The request a server gets for a path: signed in for admin paths, with the ETag for the conditional one. */
const requestFor = async (
  spec: PathSpec,
  name: TargetName,
  session: Session,
  result: PathResult,
): Promise<BenchRequest> => {
  const target = session.targets[name] as RunningTarget
  const request = spec.request(session.fixtures)
  if (spec.group === 'admin') {
    return {
      ...request,
      headers: { ...request.headers, authorization: `JWT ${session.tokens[name]}` },
    }
  }
  if (spec.group === 'conditional') {
    // The ETag of a first full answer; without one the path is loaded as is, and says so.
    result.etag = (await firstAnswer(target, request)).etag
    if (result.etag) {
      return { ...request, headers: { ...request.headers, 'if-none-match': result.etag } }
    }
  }
  return request
}

/** One path on every server it exists on: a first answer each, warm-up, then the rounds in turn. */
const benchPath = async (
  spec: PathSpec,
  session: Session,
  options: BenchOptions,
): Promise<PathResult> => {
  const result: PathResult = {
    key: spec.key,
    label: spec.label,
    group: spec.group,
    on: spec.on,
    restTwins: spec.restTwins,
    likeTwin: spec.likeTwin,
    first: {},
    measured: {},
  }
  // The other checkout answers what its counterpart here answers (--compare-with).
  result.on = [
    ...spec.on,
    ...spec.on.flatMap((name) => (OLD_OF[name] ? [OLD_OF[name] as TargetName] : [])),
  ]
  let names = TARGETS.filter((name) => result.on.includes(name) && options.only.includes(name))
  const requests: Partial<Record<TargetName, BenchRequest>> = {}
  for (const name of names) {
    const request = await requestFor(spec, name, session, result)
    requests[name] = request
    result.first[name] = await firstAnswer(session.targets[name] as RunningTarget, request)
  }
  // A path the old checkout does not have (a 404 where ours answers) is not loaded there.
  const missing = (name: TargetName) =>
    name.startsWith('old') && result.first[name]?.status !== result.first.ours?.status
  result.on = result.on.filter((name) => !missing(name))
  names = names.filter((name) => !missing(name))
  const slowest = Math.max(0, ...names.map((name) => result.first[name]?.ms ?? 0))
  const plan = planFor(slowest, options)
  result.note = plan.note

  // Requests a second each server managed last: sizes its next slice. A slow path skips the
  // warm-up (its first answer was one) and starts from the first answer's pace.
  const rates: Partial<Record<TargetName, number>> = {}
  for (const name of names) {
    const target = session.targets[name] as RunningTarget
    rates[name] = plan.note
      ? 1000 / Math.max(result.first[name]?.ms ?? 1, 1)
      : await warmUp(target, requests[name] as BenchRequest, plan)
  }
  // Rounds in turn: ours, bare, raw, ours, bare, raw, …
  const slices: Partial<Record<TargetName, Slice[]>> = {}
  for (let round = 0; round < plan.rounds; round++) {
    for (const name of names) {
      const target = session.targets[name] as RunningTarget
      const request = requests[name] as BenchRequest
      const slice = await loadSlice(target, request, plan, rates[name] ?? 0)
      rates[name] = sliceRate(slice)
      slices[name] = [...(slices[name] ?? []), slice]
    }
  }
  for (const name of names) {
    const m = summarise(slices[name] ?? [])
    result.measured[name] = m
    console.log(
      `  ${spec.key.padEnd(22)} ${name.padEnd(4)} ${formatRps(m.rps).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms${m.bad ? `  ${m.bad} bad` : ''}${plan.note ? `  (${plan.note})` : ''}`,
    )
  }
  if (spec.group === 'admin') {
    result.oneAtATime = {}
    for (const name of names) {
      const m = await oneEditor(session.targets[name] as RunningTarget, requests[name], plan)
      result.oneAtATime[name] = m ?? result.measured[name]
      if (m) {
        console.log(
          `  ${spec.key.padEnd(22)} ${name.padEnd(4)} one at a time: p50 ${m.p50} ms  p99 ${m.p99} ms${m.bad ? `  ${m.bad} bad` : ''}`,
        )
      }
    }
  }
  return result
}

/**
 * An admin list as one editor gets it: one request at a time, nothing else
 * loading the server (how issue #18 measured the lists). About half the
 * path's time, at the pace the last round showed. Null when the load was
 * already one connection (a very slow path): that measurement is the answer.
 */
const oneEditor = async (
  target: RunningTarget,
  request: BenchRequest | undefined,
  plan: ReturnType<typeof planFor>,
) => {
  if (!request || plan.connections === 1) return null
  const single = { ...plan, connections: 1, rounds: 1, duration: Math.max(1, plan.duration / 2) }
  const probe = await loadSlice(target, request, single, single.connections)
  return summarise([await loadSlice(target, request, single, sliceRate(probe))])
}

const benchOne = async (
  kind: DatabaseKind,
  scale: number,
  options: BenchOptions,
  secret: string,
  other: null | { entry: string; dir: string },
): Promise<RunResult> => {
  console.log(`\n▶ ${kind}, --scale ${scale}`)
  const databases = await prepareDatabases(kind, scale, {
    keepDir: options.keepDb,
    postgresUrl: options.postgresUrl,
    secret,
    withBare: options.only.includes('bare'),
  })
  const targets: Partial<Record<TargetName, RunningTarget>> = {}
  try {
    // One at a time, ours first: a cold start is timed with nothing else starting beside it.
    // Ours always starts: the fixtures are read through it.
    for (const name of ['ours', ...options.only.filter((n) => n !== 'ours')] as TargetName[]) {
      console.log(`  starting ${name}…`)
      targets[name] = await startTargetFor(name, databases, secret, other, options.nodeEnv)
    }
    const ours = targets.ours as RunningTarget
    const fixtures = await findFixtures(ours.url)
    const tokens: Partial<Record<TargetName, string>> = {}
    for (const name of ['ours', 'old', 'bare'] as TargetName[]) {
      if (targets[name]) tokens[name] = await adminToken((targets[name] as RunningTarget).url)
    }

    const paths: PathResult[] = []
    for (const spec of selected(options)) {
      paths.push(await benchPath(spec, { targets, tokens, fixtures }, options))
    }
    // GraphQL beside its REST twins, search beside like: also in turns request by request.
    await compareInterleaved(selected(options), paths, targets, fixtures, options.duration)

    const coldStartMs: RunResult['coldStartMs'] = {}
    for (const [name, target] of Object.entries(targets) as [TargetName, RunningTarget][]) {
      coldStartMs[name] = target.coldStartMs
    }
    return { kind, scale, seed: databases.seed, copy: databases.copy, coldStartMs, fixtures, paths }
  } finally {
    await Promise.all(Object.values(targets).map((target) => target.stop()))
    await databases.cleanup()
  }
}

const main = async (options: BenchOptions): Promise<void> => {
  // One secret for every server of the run; production refuses anything under 32 characters.
  const secret = randomBytes(32).toString('hex')
  console.log('Bundling the servers under test (as npm start does)…')
  await compileTargets()
  const other = options.compareWith
    ? { entry: compileOther(options.compareWith), dir: path.resolve(options.compareWith) }
    : null
  const runs: RunResult[] = []
  for (const kind of options.databases) {
    for (const scale of options.scales) {
      runs.push(await benchOne(kind, scale, options, secret, other))
    }
  }

  for (const run of runs) {
    console.log(runHeading(run, options))
    console.log(`\n${throughputTable(run)}\n\n${processTable(run)}`)
    const graphql = graphqlTable(run)
    if (graphql)
      console.log(
        `\nGraphQL beside REST (the same data; p50s one request at a time, taking turns request by request; REST p50s summed):\n${graphql}`,
      )
    const search = searchTable(run)
    if (search) console.log(`\nSite search beside a title like query:\n${search}`)
    if (other) console.log(`\nNew (this checkout) over old (${other.dir}):\n${compareTable(run)}`)
  }
  const criteria: Criterion[] = options.databases.flatMap((kind) =>
    judge(
      kind,
      runs.filter((run) => run.kind === kind),
    ),
  )
  console.log('\nAcceptance (targets from issues #11 and #18):')
  for (const c of criteria) console.log(`  ${c.verdict.padEnd(4)}  ${c.name}: ${c.detail}`)

  if (options.json) {
    const machine = {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: os.loadavg(),
    }
    const results = {
      finishedAt: new Date().toISOString(),
      options: { ...options, postgresUrl: withoutPassword(options.postgresUrl) },
      machine,
      runs,
      criteria,
    }
    writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\nResults written to ${options.json}`)
  }
}

await runCli({
  command: 'npm run bench',
  description: DESCRIPTION,
  options: BENCH_OPTIONS,
  run: ({ values }) => main(benchOptionsFrom(values)),
})
