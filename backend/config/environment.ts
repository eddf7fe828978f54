import type {
  CharityPluginOptions,
  RateLimitName,
  RateLimitOptions,
} from 'payload-plugin-charity/types'

import path from 'node:path'

import { currentClientAddress } from '../server/clientAddress.ts'
import { sharedRateLimitStore } from '../server/sharedCounts.ts'

/** Where uploads go when MEDIA_DIR is unset: beside the embedded database, outside the repository. */
export const DEFAULT_MEDIA_DIR = '.data/media'

/**
 * The reference backend's environment, mapped to plugin options. This is the
 * only place the plugin's settings come from `process.env`: the plugin itself
 * reads none, so a host passes the same options from wherever it keeps them.
 */
export const charityOptionsFromEnv = (
  env: Record<string, string | undefined> = process.env,
): CharityPluginOptions => ({
  donationsWebhookSecret: env.DONATIONS_WEBHOOK_SECRET || undefined,
  // In development the reference website runs beside the backend (npm run dev), so previews work unconfigured.
  websiteUrl:
    env.FRONTEND_URL ||
    (!env.NODE_ENV || env.NODE_ENV === 'development' ? 'http://localhost:3001' : undefined),
  // The website's draft-mode route checks this secret (docs/website-developers.md, "Previews").
  preview: { secret: env.PREVIEW_SECRET || undefined },
  sitemap: { maxUrls: wholeNumber('SITEMAP_MAX_URLS', env) },
  trainingRequestRetentionDays: wholeDays('TRAINING_REQUEST_RETENTION_DAYS', env),
  feeds: {
    postsTitle: env.FEED_TITLE || undefined,
    calendarName: env.CALENDAR_NAME || undefined,
  },
  rateLimits: rateLimitsFromEnv(env),
  // The address express worked out for the request being answered (TRUST_PROXY decides whom it trusts).
  clientAddress: () => currentClientAddress(),
  // Local development and tests deliver webhooks to receivers on this machine; production never does.
  webhooks: { allowPrivateAddresses: env.WEBHOOKS_ALLOW_PRIVATE === 'true' },
  // On S3 (backend/config/storage.ts) no local folder: Payload would still avoid names taken in it.
  mediaDir: env.S3_BUCKET?.trim()
    ? undefined
    : // turbopackIgnore: a path built at run time would make Next trace the whole project into the build.
      path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.MEDIA_DIR || DEFAULT_MEDIA_DIR),
})

/** A whole number from the environment, or undefined (the plugin's default) when unset. */
const wholeNumber = (
  name: string,
  env: Record<string, string | undefined>,
  what = 'whole number (e.g. 50000)',
): number | undefined => {
  const value = env[name]?.trim()
  if (!value) return undefined
  if (!/^\d+$/.test(value)) {
    throw new Error(`${name} must be a ${what}, not "${value}".`)
  }
  return Number(value)
}

/** A whole number of days from the environment, or undefined (the plugin's default) when unset. */
const wholeDays = (name: string, env: Record<string, string | undefined>): number | undefined =>
  wholeNumber(name, env, 'whole number of days (e.g. 365)')

type Env = Record<string, string | undefined>

/** The prefix of each rule's `<PREFIX>_RATE_LIMIT` and `<PREFIX>_RATE_WINDOW_MINUTES` (docs/operators.md). */
export const RATE_LIMIT_ENV: Record<RateLimitName, string> = {
  trainingRequests: 'TRAINING_REQUEST',
  loginPerAddress: 'LOGIN',
  loginPerAccount: 'LOGIN_ACCOUNT',
  passwordResetPerAddress: 'PASSWORD_RESET',
  passwordResetPerAccount: 'PASSWORD_RESET_ACCOUNT',
  donationsWebhook: 'DONATIONS_WEBHOOK',
  groupsNear: 'GROUPS_NEAR',
  search: 'SEARCH',
  feeds: 'FEEDS',
  jsonLd: 'JSON_LD',
  privacy: 'PRIVACY',
}

const positiveWhole = (env: Env, name: string): number | undefined => {
  const value = env[name]?.trim()
  if (!value) return undefined
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new Error(`${name} must be a whole number above 0, not "${value}".`)
  }
  return Number(value)
}

/**
 * The plugin's rate limits from the environment: each rule's limit and window
 * where set (the plugin's defaults otherwise), counted in Redis when the
 * server shares state; RATE_LIMITS=off turns them all off (load tests only).
 */
export const rateLimitsFromEnv = (env: Env = process.env): false | RateLimitOptions => {
  if (env.RATE_LIMITS === 'off') return false
  const rules: NonNullable<RateLimitOptions['rules']> = {}
  for (const [name, prefix] of Object.entries(RATE_LIMIT_ENV) as [RateLimitName, string][]) {
    const limit = positiveWhole(env, `${prefix}_RATE_LIMIT`)
    const minutes = positiveWhole(env, `${prefix}_RATE_WINDOW_MINUTES`)
    if (limit === undefined && minutes === undefined) continue
    rules[name] = { limit, windowMs: minutes === undefined ? undefined : minutes * 60_000 }
  }
  return { rules, store: sharedRateLimitStore }
}
