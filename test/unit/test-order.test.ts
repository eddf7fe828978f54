import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import LongestFirst from '../helpers/sequencer.js'

/**
 * The order the server suites start in (jest.config.js testSequencer): on a fresh clone jest has no
 * durations of its own, and a long suite started late leaves one worker running it alone at the end.
 */
type Tests = Parameters<LongestFirst['sort']>[0]
type Results = Parameters<LongestFirst['cacheResults']>[1]
/** Jest passes its contexts and global config; the sort reads neither. */
const OPTIONS = {} as ConstructorParameters<typeof LongestFirst>[0]

describe('the server suites’ order', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'charity-test-order-'))
  afterAll(() => rmSync(dir, { force: true, recursive: true }))

  /**
   * The order for suite files of these sizes (bytes), after a previous run that ended as `previous`
   * says (failed, milliseconds), which jest's own code writes to its cache folder as after a real run.
   */
  const order = (
    files: Record<string, number>,
    previous: Record<string, [boolean, number]> = {},
  ) => {
    const cacheDirectory = mkdtempSync(path.join(dir, 'cache-'))
    const context = { config: { cache: true, cacheDirectory, id: 'order', haste: {} } }
    // Only what the sequencer reads of jest's test and context objects.
    const tests = Object.entries(files).map(([name, bytes]) => {
      const file = path.join(dir, name)
      writeFileSync(file, 'x'.repeat(bytes))
      return { path: file, context }
    }) as unknown as Tests
    new LongestFirst(OPTIONS).cacheResults(tests, {
      testResults: Object.entries(previous).map(([name, [failed, runtime]]) => ({
        testFilePath: path.join(dir, name),
        numFailingTests: failed ? 1 : 0,
        perfStats: { runtime },
      })),
    } as unknown as Results)
    return new LongestFirst(OPTIONS).sort(tests).map((test) => path.basename(test.path))
  }

  it('starts the known slow suites first, longest first, on a fresh clone, then the rest by size', () => {
    expect(
      order({
        'feeds.test.ts': 9_000,
        'next-host.test.ts': 100,
        'seed-while-serving.test.ts': 200,
        'content-model.test.ts': 40_000,
        'seed-safety.test.ts': 300,
      }),
    ).toEqual([
      'seed-safety.test.ts',
      'seed-while-serving.test.ts',
      'next-host.test.ts',
      'content-model.test.ts',
      'feeds.test.ts',
    ])
  })

  it("takes jest's cached durations over the list, and last run's failures first", () => {
    expect(
      order(
        {
          'feeds.test.ts': 9_000,
          'seed-safety.test.ts': 300,
          'sdk.test.ts': 100,
          'groups.test.ts': 100,
        },
        {
          'feeds.test.ts': [false, 2_000_000],
          'sdk.test.ts': [true, 1_000],
        },
      ),
    ).toEqual(['sdk.test.ts', 'feeds.test.ts', 'seed-safety.test.ts', 'groups.test.ts'])
  })
})
