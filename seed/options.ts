/**
 * The seed's rules for its command (backend/cli/seed.ts declares the options):
 * how big a run may be, and when production is refused. Here, not in the
 * command, so they stay with the seed they protect.
 */

export const MAX_SCALE = 100_000

/** Production needs a deliberate admin password: at least this long. */
export const MIN_PRODUCTION_PASSWORD = 12

/** Why a value cannot be taken as a whole number from `min` to `max`, or null. */
export const wholeNumberProblem = (
  flag: string,
  value: string,
  min: number,
  max: number,
): string | null => {
  if (!/^\d+$/.test(value.trim())) return `${flag} takes a whole number, not "${value}".`
  const number = Number(value)
  if (number < min || number > max)
    return `${flag} must be between ${min} and ${max}, not ${number}.`
  return null
}

/**
 * Why seeding must not go ahead, or null. Production is refused unless the
 * operator says so twice: `--force`, and an admin password of their own
 * (a generated one would only ever be seen in a deployment log).
 */
export const productionRefusal = (
  env: NodeJS.ProcessEnv,
  flags: { force: boolean },
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
