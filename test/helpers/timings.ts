/**
 * Where a test run's time went, from the reports `jest --json` writes:
 * the slowest suites (files) and the slowest tests, with their seconds.
 * `.ci/run` prints it after every run, so each change shows its cost:
 *
 *   npm run test:timings -- --reports DIR
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { cliOptions, isProgram, runCli, UsageError } from '../../backend/cli/runCli.ts'

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

if (isProgram(import.meta.url)) {
  await runCli({
    command: 'npm run test:timings',
    description:
      "Where a test run's time went: the slowest suites and tests in the jest --json reports of a folder.",
    options: cliOptions({
      reports: {
        type: 'string',
        value: 'DIR',
        required: true,
        help: 'the folder holding the reports (.ci/run writes unit.json, jest.json, fuzz.json, e2e.json)',
      },
    }),
    run: ({ values }) => {
      const dir = values.reports as string
      if (!existsSync(dir)) throw new UsageError(`--reports: no folder ${dir}.`)
      const reports = readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => ({
          label: path.basename(file, '.json'),
          report: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as JestReport,
        }))
        // Only jest's reports: anything else in the folder is left alone.
        .filter(({ report }) => Array.isArray(report?.testResults))
      // Names relative to where the run was made (.ci/run and npm scripts run from the repository's root).
      console.log(formatTimings(timingsOf(reports, process.cwd())))
    },
  })
}
