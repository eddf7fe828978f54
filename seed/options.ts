import { parseArgs } from 'node:util'

export type SeedFlags = {
  help: boolean
  reset: boolean
  force: boolean
  /** `--scale N`: also generate N posts, N events and N appeals. */
  scale?: number
  /** `--seed S`: the random seed for `--scale` (same S, same documents). */
  seed: number
}

export const MAX_SCALE = 100_000

/** Production needs a deliberate admin password: at least this long. */
export const MIN_PRODUCTION_PASSWORD = 12

export const HELP = `Seed the sample charity into the database named by DATABASE_URI.

Usage:
  npm run seed [-- options]
  node --conditions=development --import tsx seed/cli.ts [options]

Options:
  --reset        Delete every document and upload (accounts included), then seed afresh.
  --scale N      After the sample, also generate N posts, N events and N donation
                 appeals (3 × N documents) with realistic, made-up content, for
                 benchmarks and for trying the admin at size. Re-running with the
                 same N and --seed adds nothing.
  --seed S       Random seed for --scale (default 1): the same S gives the same
                 titles, text, slugs and amounts; dates are placed relative to today.
  --force        Allow seeding when NODE_ENV=production (also needs SEED_ADMIN_PASSWORD).
  -h, --help     Show this help.

Environment:
  DATABASE_URI         Which database (unset: SQLite at .data/charity.db).
  SEED_ADMIN_EMAIL     The admin's login (default admin@example.org).
  SEED_ADMIN_PASSWORD  The admin's password, used when the account is created.
                       Unset: a random one is generated and printed once.
  MEDIA_DIR            Where uploaded files go (default .data/media).
  S3_BUCKET (and S3_*) Put them in that bucket instead, as the server does.

Running it again changes nothing: existing documents are found and left alone.`

export class SeedUsageError extends Error {
  constructor(message: string) {
    super(`${message}\nRun with --help to see the options.`)
    this.name = 'SeedUsageError'
  }
}

const wholeNumber = (
  flag: string,
  value: string | undefined,
  min: number,
  max: number,
): number | undefined => {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value.trim()))
    throw new SeedUsageError(`${flag} takes a whole number, not "${value}".`)
  const number = Number(value)
  if (number < min || number > max)
    throw new SeedUsageError(`${flag} must be between ${min} and ${max}, not ${number}.`)
  return number
}

export const parseSeedArgs = (argv: string[]): SeedFlags => {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        reset: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        scale: { type: 'string' },
        seed: { type: 'string' },
      },
    }))
  } catch (error) {
    throw new SeedUsageError(error instanceof Error ? error.message : String(error))
  }
  if (values.seed !== undefined && values.scale === undefined) {
    throw new SeedUsageError('--seed only applies together with --scale N.')
  }
  return {
    help: values.help,
    reset: values.reset,
    force: values.force,
    scale: wholeNumber('--scale', values.scale, 1, MAX_SCALE),
    seed: wholeNumber('--seed', values.seed, 0, 2 ** 31 - 1) ?? 1,
  }
}

/**
 * Why seeding must not go ahead, or null. Production is refused unless the
 * operator says so twice: `--force`, and an admin password of their own
 * (a generated one would only ever be seen in a deployment log).
 */
export const productionRefusal = (
  env: NodeJS.ProcessEnv,
  flags: Pick<SeedFlags, 'force'>,
): string | null => {
  if (env.NODE_ENV !== 'production') return null
  if (!flags.force) {
    return 'Refusing to seed: NODE_ENV is "production". Sample content and sample accounts do not belong in a live site. If you really mean it, run again with --force and an explicit SEED_ADMIN_PASSWORD.'
  }
  const password = env.SEED_ADMIN_PASSWORD ?? ''
  if (!password.trim()) {
    return 'Refusing to seed: with NODE_ENV=production, --force also needs SEED_ADMIN_PASSWORD set to the admin password you want (no random password is generated in production).'
  }
  if (password.length < MIN_PRODUCTION_PASSWORD) {
    return `Refusing to seed: SEED_ADMIN_PASSWORD is shorter than ${MIN_PRODUCTION_PASSWORD} characters. Use a long, unique password in production.`
  }
  return null
}
