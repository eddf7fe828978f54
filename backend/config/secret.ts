/**
 * The development-only secret. It is public (it is in this file), so a
 * production start refuses it.
 */
export const DEVELOPMENT_SECRET = 'payload-plugin-charity-development-secret-not-for-production'

/** Values copied from templates and tutorials; never acceptable in production. */
const KNOWN_DEFAULT_SECRETS = new Set([
  DEVELOPMENT_SECRET,
  'secret',
  'changeme',
  'change-me',
  'payload',
  'YOUR_SECRET_HERE',
  'your-secret-here',
  'PAYLOAD_SECRET',
])

export const MIN_SECRET_LENGTH = 32

export class InsecureSecretError extends Error {
  constructor(reason: string) {
    super(
      `Refusing to start in production: PAYLOAD_SECRET ${reason}. ` +
        `Set PAYLOAD_SECRET to a random value of at least ${MIN_SECRET_LENGTH} characters, ` +
        `e.g. the output of: openssl rand -hex 32`,
    )
    this.name = 'InsecureSecretError'
  }
}

/** Why a secret is unfit for production, or null when it is fine. */
export const secretProblem = (secret: string | undefined): string | null => {
  if (!secret || !secret.trim()) return 'is missing'
  if (KNOWN_DEFAULT_SECRETS.has(secret.trim())) return 'is a known default value'
  if (secret.length < MIN_SECRET_LENGTH) return `is shorter than ${MIN_SECRET_LENGTH} characters`
  return null
}

/** Throws when production would run on a missing, short or default secret. */
export const assertProductionSecret = (env: NodeJS.ProcessEnv = process.env): void => {
  if (env.NODE_ENV !== 'production') return
  const problem = secretProblem(env.PAYLOAD_SECRET)
  if (problem) throw new InsecureSecretError(problem)
}

/** The secret Payload signs tokens with: the configured one, else the development default. */
export const payloadSecret = (env: NodeJS.ProcessEnv = process.env): string =>
  env.PAYLOAD_SECRET?.trim() || DEVELOPMENT_SECRET
