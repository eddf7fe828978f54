/**
 * `npm run seed`: the sample charity, through Payload's Local API; `--scale`'s
 * generated documents in bulk on SQL databases (seed/bulk.ts).
 * See docs/operators.md ("Sample content") and `npm run seed -- --help`.
 *
 * A program entry, like backend/main.ts: it joins the backend's command line
 * helper to the seed's public functions; the seed itself imports nothing of the backend.
 */
import type { SanitizedConfig } from 'payload'

import type { SeedLock } from '../../seed/lock.ts'

import cliProgress from 'cli-progress'

import { MAX_SCALE, productionRefusal, wholeNumberProblem } from '../../seed/options.ts'
import { loginLines, summaryLines } from '../../seed/report.ts'
import { type CliContext, type OptionParser, runCli, UsageError } from './runCli.ts'

const wholeNumber =
  (min: number, max: number): OptionParser<number> =>
  (value, flag) => {
    const problem = wholeNumberProblem(flag, value, min, max)
    if (problem) throw new UsageError(problem)
    return Number(value)
  }

const OPTIONS = {
  reset: {
    type: 'boolean',
    help: 'Delete every document and upload (accounts included), then seed afresh.',
  },
  scale: {
    type: 'string',
    value: 'N',
    parse: wholeNumber(1, MAX_SCALE),
    help: 'After the sample, also generate N posts, N events and N donation\nappeals (3 × N documents) with realistic, made-up content, for\nbenchmarks and for trying the admin at size. Re-running with the\nsame N and --seed adds nothing.',
  },
  seed: {
    type: 'string',
    value: 'S',
    parse: wholeNumber(0, 2 ** 31 - 1),
    help: 'Random seed for --scale (default 1): the same S gives the same\ntitles, text, slugs and amounts; dates are placed relative to today.',
  },
  force: {
    type: 'boolean',
    help: 'Allow seeding when NODE_ENV=production (also needs SEED_ADMIN_PASSWORD).',
  },
} as const

type Seeding = Pick<CliContext<typeof OPTIONS>, 'values' | 'withPayload'>

/** The sample, then the bulk documents, while this process holds the seed lock. */
const seedHoldingLock = async ({ values, withPayload }: Seeding, lock: SeedLock) => {
  const [{ seedSampleContent }, { generateBulk }] = await Promise.all([
    import('../../seed/run.ts'),
    import('../../seed/bulk.ts'),
  ])
  await withPayload(async (payload) => {
    await lock.connected(payload)
    const report = await seedSampleContent(payload, {
      adminEmail: process.env.SEED_ADMIN_EMAIL,
      adminPassword: process.env.SEED_ADMIN_PASSWORD,
      reset: values.reset,
      log: { info: (line) => console.log(line), warn: (line) => console.warn(line) },
    })
    console.log(summaryLines(report).join('\n'))

    if (values.scale) {
      const seed = values.seed ?? 1
      console.log(
        `Generating ${values.scale} posts, ${values.scale} events and ${values.scale} appeals (seed ${seed})…`,
      )
      const bar = new cliProgress.SingleBar(
        {
          format: 'Seeding |{bar}| {value}/{total} documents | {rate}/s | ETA {eta_formatted}',
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
      bar.start(values.scale * 3, 0, { rate: '0.0' })
      const started = performance.now()
      const result = await generateBulk(payload, report.refs, {
        count: values.scale,
        seed,
        onProgress: (done) =>
          bar.update(done, { rate: (done / ((performance.now() - started) / 1000)).toFixed(1) }),
        log: (line) => console.log(line),
      })
      bar.stop()
      console.log(
        `Bulk: ${result.created} documents created, ${result.existing} already there, in ${result.seconds.toFixed(1)} s (${result.perSecond.toFixed(1)} documents per second).`,
      )
    }

    console.log(loginLines(report).join('\n'))
  })
}

await runCli({
  command: 'npm run seed',
  description: 'Seed the sample charity into the database named by DATABASE_URI.',
  options: OPTIONS,
  notes: `Environment:
  DATABASE_URI         Which database (unset: SQLite at .data/charity.db).
  SEED_ADMIN_EMAIL     The admin's login (default admin@example.org).
  SEED_ADMIN_PASSWORD  The admin's password, used when the account is created.
                       Unset: a random one is generated and printed once.
  MEDIA_DIR            Where uploaded files go (default .data/media).
  S3_BUCKET (and S3_*) Put them in that bucket instead, as the server does.

Running it again changes nothing: existing documents are found and left alone.`,
  // A failure deep in a hook is found by its stack.
  showStack: true,
  run: async ({ values, config, withPayload }) => {
    if (values.seed !== undefined && values.scale === undefined) {
      throw new UsageError('--seed only applies together with --scale N.')
    }
    // Decided before anything connects to the database, so a refusal writes nothing.
    const refusal = productionRefusal(process.env, values)
    if (refusal) {
      console.error(refusal)
      return 1
    }
    const { lockSeeding, seedDatabaseOf } = await import('../../seed/lock.ts')
    const loaded: SanitizedConfig = await config()
    // Before Payload connects (loading the config does not connect): connecting a new database
    // creates its schema, which two processes cannot do at once. A second seed waits here, then
    // finds everything the first one made.
    const lock = await lockSeeding(seedDatabaseOf(loaded), (line) => console.log(line))
    try {
      await seedHoldingLock({ values, withPayload }, lock)
    } finally {
      await lock.release()
    }
  },
})
