/**
 * `npm run bench:publish`: what the site search index adds to a publish
 * (issue #30: at most 10 %). Two Payloads side by side, each with the charity
 * plugin on an empty SQLite file of its own, one with the search index and
 * one with `search: false` (bench/publish/worker.ts); they take turns, round
 * by round, publishing drafts through the Local API, and the p50 of each is
 * compared. See docs/contributing.md, "Benchmarks".
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { cliOptions, runCli } from '../backend/cli/runCli.ts'

/** How the worker marks its answer line (Payload's log shares its stdout). */
const RESULT = 'publish-times '

const ROOT = path.resolve(import.meta.dirname, '..')

const OPTIONS = cliOptions({
  rounds: {
    type: 'string',
    value: 'R',
    default: '5',
    parse: (value) => Math.max(1, Math.round(Number(value)) || 1),
    help: 'rounds taken in turn by the two sides',
  },
  count: {
    type: 'string',
    value: 'N',
    default: '40',
    parse: (value) => Math.max(1, Math.round(Number(value)) || 1),
    help: 'publishes per side and round',
  },
})

type Side = { name: string; child: ChildProcess; ask: (count: number) => Promise<number[]> }

const startSide = (name: string, dir: string, search: 'on' | 'off'): Side => {
  const child = spawn(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', 'bench/publish/worker.ts'],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        // Payload pushes the schema onto the empty file outside production.
        NODE_ENV: 'test',
        BENCH_SEARCH: search,
        DATABASE_URI: `file:${path.join(dir, `${name}.db`)}`,
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  )
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[
    Symbol.asyncIterator
  ]()
  const ask = async (count: number): Promise<number[]> => {
    child.stdin?.write(`${count}\n`)
    for (;;) {
      const { value, done } = await lines.next()
      if (done) throw new Error(`${name} exited`)
      const line = value as string
      if (line.startsWith(RESULT)) return JSON.parse(line.slice(RESULT.length)) as number[]
    }
  }
  return { name, child, ask }
}

const p50 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

await runCli({
  command: 'npm run bench:publish',
  description: 'What the site search index adds to a publish: with it and without, side by side.',
  options: OPTIONS,
  run: async ({ values }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'charity-bench-publish-'))
    const sides = [startSide('with-search', dir, 'on'), startSide('without-search', dir, 'off')]
    try {
      // Warm-up: the first publishes pay for compiling and for empty tables.
      for (const side of sides) await side.ask(5)
      const times: Record<string, number[]> = {}
      for (let round = 0; round < values.rounds; round++) {
        const line: string[] = []
        for (const side of sides) {
          const measured = await side.ask(values.count)
          times[side.name] = [...(times[side.name] ?? []), ...measured]
          line.push(`${side.name} p50 ${p50(measured).toFixed(1)} ms`)
        }
        console.log(`round ${round + 1}: ${line.join(', ')}`)
      }
      const [withSearch, without] = sides.map((side) => p50(times[side.name] ?? []))
      console.log(
        `\npublish p50: with the search index ${withSearch.toFixed(1)} ms, without ${without.toFixed(1)} ms: ` +
          `${(((withSearch as number) / (without as number) - 1) * 100).toFixed(1)} % more (issue #30: ≤ 10 %)`,
      )
    } finally {
      for (const side of sides) side.child.kill()
      rmSync(dir, { recursive: true, force: true })
    }
  },
})
