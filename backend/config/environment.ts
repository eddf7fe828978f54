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
  websiteUrl: env.FRONTEND_URL || undefined,
  // The website's draft-mode route checks this secret (docs/website-developers.md, "Previews").
  preview: { secret: env.PREVIEW_SECRET || undefined },
  sitemap: { maxUrls: wholeNumber('SITEMAP_MAX_URLS', env) },
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

/** A whole number from the environment, or undefined (the plugin's default) when unset. */
const wholeNumber = (
  name: string,
  env: Record<string, string | undefined>,
  example = '50000',
): number | undefined => {
  const value = env[name]?.trim()
  if (!value) return undefined
  if (!/^\d+$/.test(value)) {
    throw new Error(`${name} must be a whole number (e.g. ${example}), not "${value}".`)
  }
  return Number(value)
}

/** A whole number of days from the environment, or undefined when unset. */
const wholeDays = (name: string, env: Record<string, string | undefined>): number | undefined =>
  wholeNumber(name, env, '365 days')
