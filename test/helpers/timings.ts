/**
 * Where a test run's time went, from the reports `jest --json` writes:
 * the slowest suites (files) and the slowest tests, with their seconds.
 * `.ci/run` prints it after every run, so each change shows its cost:
 *
 *   node --import tsx test/helpers/timings.ts unit.json jest.json fuzz.json e2e.json
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The parts of a `jest --json` report read here. */
export type JestReport = {
  startTime: number
  testResults: {
    name: string
    startTime: number
    endTime: number
    assertionResults: { fullName: string; duration?: null | number; status: string }[]
  }[]
}

export type Timing = { seconds: number; name: string }

export type Timings = {
  /** Each file's time in its worker: its hooks (server boots) and tests together. */
  suites: Timing[]
  tests: Timing[]
  /** Per report: its suites' times added up, and from its start to its last suite's end. */
  runs: { report: string; suiteSeconds: number; wallSeconds: number }[]
}

const byTime = (a: Timing, b: Timing) => b.seconds - a.seconds

export const timingsOf = (
  reports: { label: string; report: JestReport }[],
  root: string,
  count = 10,
): Timings => {
  const suites: Timing[] = []
  const tests: Timing[] = []
  const runs: Timings['runs'] = []
  for (const { label, report } of reports) {
    let suiteSeconds = 0
    let lastEnd = report.startTime
    for (const suite of report.testResults) {
      const file = path.relative(root, suite.name)
      const seconds = (suite.endTime - suite.startTime) / 1000
      suiteSeconds += seconds
      lastEnd = Math.max(lastEnd, suite.endTime)
      suites.push({ seconds, name: file })
      for (const test of suite.assertionResults) {
        if (typeof test.duration !== 'number') continue
        tests.push({ seconds: test.duration / 1000, name: `${file} › ${test.fullName}` })
      }
    }
    runs.push({ report: label, suiteSeconds, wallSeconds: (lastEnd - report.startTime) / 1000 })
  }
  return {
    suites: suites.sort(byTime).slice(0, count),
    tests: tests.sort(byTime).slice(0, count),
    runs,
  }
}

const seconds = (value: number) => value.toFixed(1).padStart(7)

export const formatTimings = ({ suites, tests, runs }: Timings): string =>
  [
    'Runs (s: wall, and its suites added up):',
    ...runs.map((run) => `${seconds(run.wallSeconds)} ${seconds(run.suiteSeconds)}  ${run.report}`),
    `Ten slowest suites (s, each file's hooks and tests, every database):`,
    ...suites.map((suite) => `${seconds(suite.seconds)}  ${suite.name}`),
    'Ten slowest tests (s):',
    ...tests.map((test) => `${seconds(test.seconds)}  ${test.name}`),
  ].join('\n')

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Names relative to where the run was made (.ci/run and npm scripts run from the repository's root).
  const root = process.cwd()
  const reports = process.argv
    .slice(2)
    .filter((file) => existsSync(file))
    .map((file) => ({
      label: path.basename(file, '.json'),
      report: JSON.parse(readFileSync(file, 'utf8')) as JestReport,
    }))
  console.log(formatTimings(timingsOf(reports, root)))
}
