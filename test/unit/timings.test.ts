import type { JestReport } from '../helpers/timings.ts'

import { formatTimings, timingsOf } from '../helpers/timings.ts'

const suite = (name: string, start: number, end: number, tests: [string, null | number][]) => ({
  name: `/repo/test/${name}`,
  startTime: start,
  endTime: end,
  assertionResults: tests.map(([fullName, duration]) => ({ fullName, duration, status: 'passed' })),
})

const report: JestReport = {
  startTime: 1_000,
  testResults: [
    suite('a.test.ts', 1_000, 31_000, [
      ['a one', 12_000],
      ['a two', 500],
    ]),
    suite('b.test.ts', 1_000, 61_000, [
      ['b one', 40_000],
      ['b skipped', null],
    ]),
  ],
}

describe('where a run’s time went (printed by .ci/run)', () => {
  it('lists suites and tests slowest first, with each run’s wall time and its suites added up', () => {
    const timings = timingsOf([{ label: 'server', report }], '/repo')
    expect(timings.suites).toEqual([
      { seconds: 60, name: 'test/b.test.ts' },
      { seconds: 30, name: 'test/a.test.ts' },
    ])
    // A test that never ran has no duration and is left out.
    expect(timings.tests.map((test) => test.name)).toEqual([
      'test/b.test.ts › b one',
      'test/a.test.ts › a one',
      'test/a.test.ts › a two',
    ])
    expect(timings.runs).toEqual([{ report: 'server', suiteSeconds: 90, wallSeconds: 60 }])
  })

  it('keeps the ten slowest of each and prints seconds to a tenth', () => {
    const many: JestReport = {
      startTime: 0,
      testResults: Array.from({ length: 12 }, (_, i) =>
        suite(`s${i}.test.ts`, 0, (i + 1) * 1_000, [[`t${i}`, (i + 1) * 100]]),
      ),
    }
    const timings = timingsOf([{ label: 'unit', report: many }], '/repo')
    expect(timings.suites).toHaveLength(10)
    expect(timings.suites[0]).toEqual({ seconds: 12, name: 'test/s11.test.ts' })
    const text = formatTimings(timings)
    expect(text).toContain('   12.0  test/s11.test.ts')
    expect(text).toContain('    1.2  test/s11.test.ts › t11')
    expect(text).not.toContain('test/s0.test.ts')
  })
})
