import type { CharityPluginOptions } from 'payload-plugin-charity/types'

import path from 'node:path'

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
  trainingRequestRetentionDays: wholeDays('TRAINING_REQUEST_RETENTION_DAYS', env),
  feeds: {
    postsTitle: env.FEED_TITLE || undefined,
    calendarName: env.CALENDAR_NAME || undefined,
  },
  // Local development and tests deliver webhooks to receivers on this machine; production never does.
  webhooks: { allowPrivateAddresses: env.WEBHOOKS_ALLOW_PRIVATE === 'true' },
  // On S3 (backend/config/storage.ts) no local folder: Payload would still avoid names taken in it.
  mediaDir: env.S3_BUCKET?.trim()
    ? undefined
    : // turbopackIgnore: a path built at run time would make Next trace the whole project into the build.
      path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.MEDIA_DIR || DEFAULT_MEDIA_DIR),
})

/** A whole number of days from the environment, or undefined (the plugin's default) when unset. */
const wholeDays = (name: string, env: Record<string, string | undefined>): number | undefined => {
  const value = env[name]?.trim()
  if (!value) return undefined
  if (!/^\d+$/.test(value)) {
    throw new Error(`${name} must be a whole number of days (e.g. 365), not "${value}".`)
  }
  return Number(value)
}
