import Sequencer from '@jest/test-sequencer'
import { statSync } from 'node:fs'
import path from 'node:path'

/**
 * Seconds the slowest suites took in the last clean-clone `.ci/run` profile (both databases, 2 cores,
 * shared machine, 2026-12-07): a first run has no timings of its own, and these would otherwise start
 * in the middle of the run. The hosts run only with TEST_HOSTS (jest.config.js).
 */
const KNOWN_SECONDS = {
  'seed-safety.test.ts': 226,
  'access-matrix.test.ts': 204,
  'migrations.test.ts': 143,
  's3.test.ts': 136,
  'plugin-host.test.ts': 103,
  'seed-while-serving.test.ts': 99,
  'seed.test.ts': 95,
  'next-host.test.ts': 85,
}

/**
 * Longest first, so that no worker is left running one long suite alone at the end. Jest's own order
 * does this only from the durations it cached in an earlier run on the same folder; a fresh clone
 * (every CI run) has none, and its order by file size started the slowest suite half-way through.
 * Suites that failed last time still come first; those with no known duration come last, largest first.
 */
export default class LongestFirst extends Sequencer {
  sort(tests) {
    const known = (test) => this.time(test) ?? KNOWN_SECONDS[path.basename(test.path)] * 1000
    const size = (test) => statSync(test.path).size
    return [...tests].sort((a, b) => {
      const failed = Number(this.hasFailed(b)) - Number(this.hasFailed(a))
      if (failed !== 0) return failed
      const [timeA, timeB] = [known(a), known(b)]
      if (Number.isFinite(timeA) !== Number.isFinite(timeB)) return Number.isFinite(timeA) ? -1 : 1
      return Number.isFinite(timeA) ? timeB - timeA : size(b) - size(a)
    })
  }
}
