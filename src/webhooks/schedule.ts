import { WEBHOOK_DEFAULTS } from '../defaults.ts'

/**
 * How long to wait after failed attempt `attempt` (1-based) before the next
 * one, or null when that was the last. 5 s, 20 s, 80 s, … growing fourfold and
 * capped at 8 h: ten attempts over about a day.
 */
export const retryDelayMs = (attempt: number): null | number => {
  if (attempt >= WEBHOOK_DEFAULTS.maxAttempts) return null
  const delay = WEBHOOK_DEFAULTS.retryBaseMs * WEBHOOK_DEFAULTS.retryFactor ** (attempt - 1)
  return Math.min(delay, WEBHOOK_DEFAULTS.retryCapMs)
}

/** An endpoint that has failed without a success since `failingSince` for a day is switched off. */
export const failingTooLong = (failingSince: null | string | undefined, now: Date): boolean =>
  Boolean(failingSince) &&
  now.getTime() - new Date(failingSince as string).getTime() >= WEBHOOK_DEFAULTS.deactivateAfterMs

/** Which secrets sign now: the current one, and the previous one while its overlap lasts. */
export const signingSecrets = (
  endpoint: {
    secret?: null | string
    previousSecret?: null | string
    previousSecretExpiresAt?: null | string
  },
  now: Date,
): string[] => {
  const secrets = endpoint.secret ? [endpoint.secret] : []
  if (
    endpoint.previousSecret &&
    endpoint.previousSecretExpiresAt &&
    new Date(endpoint.previousSecretExpiresAt).getTime() > now.getTime()
  ) {
    secrets.push(endpoint.previousSecret)
  }
  return secrets
}
