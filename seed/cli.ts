/**
 * `npm run seed`: the sample charity, through Payload's Local API; `--scale`'s
 * generated documents in bulk on SQL databases (seed/bulk.ts).
 * See docs/operators.md ("Sample content") and `npm run seed -- --help`.
 */
import type { Payload, SanitizedConfig } from 'payload'

import type { SeedLock } from './lock.ts'
import type { SeedFlags } from './options.ts'

import cliProgress from 'cli-progress'

import { HELP, parseSeedArgs, productionRefusal, SeedUsageError } from './options.ts'
import { loginLines, summaryLines } from './report.ts'

const main = async (): Promise<number> => {
  let flags
  try {
    flags = parseSeedArgs(process.argv.slice(2))
  } catch (error) {
    if (error instanceof SeedUsageError) {
      console.error(error.message)
      return 2
    }
    throw error
  }
  if (flags.help) {
    console.log(HELP)
    return 0
  }
  // Decided before anything connects to the database, so a refusal writes nothing.
  const refusal = productionRefusal(process.env, flags)
  if (refusal) {
    console.error(refusal)
    return 1
  }

  const [{ lockSeeding, seedDatabaseOf }, { default: config }] = await Promise.all([
    import('./lock.ts'),
    import('../payload.config.ts'),
  ])
  // Before Payload connects (importing the config does not connect): connecting a new database
  // creates its schema, which two processes cannot do at once. A second seed waits here, then
  // finds everything the first one made.
  const lock = await lockSeeding(seedDatabaseOf(await config), (line) => console.log(line))
  try {
    return await seedHoldingLock(flags, lock, await config)
  } finally {
    await lock.release()
  }
}

const seedHoldingLock = async (
  flags: SeedFlags,
  lock: SeedLock,
  config: SanitizedConfig,
): Promise<number> => {
  const [{ getPayload }, { seedSampleContent }, { generateBulk }] = await Promise.all([
    import('payload'),
    import('./run.ts'),
    import('./bulk.ts'),
  ])
  const payload: Payload = await getPayload({ config })
  try {
    await lock.connected(payload)
    const report = await seedSampleContent(payload, {
      adminEmail: process.env.SEED_ADMIN_EMAIL,
      adminPassword: process.env.SEED_ADMIN_PASSWORD,
      reset: flags.reset,
      log: { info: (line) => console.log(line), warn: (line) => console.warn(line) },
    })
    console.log(summaryLines(report).join('\n'))

    if (flags.scale) {
      const total = flags.scale * 3
      console.log(
        `Generating ${flags.scale} posts, ${flags.scale} events and ${flags.scale} appeals (seed ${flags.seed})…`,
      )
      const bar = new cliProgress.SingleBar(
        {
          format: 'Seeding |{bar}| {value}/{total} documents | {rate}/s | ETA {eta_formatted}',
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
      bar.start(total, 0, { rate: '0.0' })
      const started = performance.now()
      const result = await generateBulk(payload, report.refs, {
        count: flags.scale,
        seed: flags.seed,
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
    return 0
  } finally {
    await payload.destroy()
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(
      'Seeding failed:',
      error instanceof Error ? (error.stack ?? error.message) : error,
    )
    process.exit(1)
  })
