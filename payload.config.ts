import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { jobsMayRunHere } from './src/app/cluster/jobGate.ts'
import { schedulesFollowJobGate } from './src/app/cluster/scheduleGate.ts'
import { csrfOrigins, sessionCookies } from './src/app/config/cookies.ts'
import { emailFromEnv } from './src/app/config/email.ts'
import { charityOptionsFromEnv } from './src/app/config/environment.ts'
import { payloadSecret } from './src/app/config/secret.ts'
import { databaseAdapter } from './src/app/database/adapter.ts'
import { keepPlannerStatisticsFresh } from './src/app/database/statistics.ts'
import { cacheInvalidation } from './src/app/server/cache/invalidation.ts'
import { charityPlugin } from './src/exports/index.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The reference backend: Payload with the charity plugin and nothing else, set from the environment. */
export default buildConfig({
  admin: {
    user: 'users',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Charity CMS' },
    // Gravatar would send staff email hashes to a third party (and cannot load offline).
    avatar: 'default',
  },
  editor: lexicalEditor(),
  // SMTP from SMTP_URL / SMTP_FROM; without them Payload writes emails to the log.
  email: emailFromEnv(),
  db: await databaseAdapter(),
  secret: payloadSecret(),
  serverURL: process.env.SERVER_URL || undefined,
  cors: process.env.CORS_ORIGINS ? process.env.CORS_ORIGINS.split(',').map((o) => o.trim()) : '*',
  // Cookie-authenticated requests only from the admin's own origin and the allowed websites.
  csrf: csrfOrigins(process.env),
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'cy', label: 'Cymraeg' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  // PAYLOAD_TYPES_OUTPUT lets the staleness test generate to a scratch file.
  typescript: {
    outputFile: process.env.PAYLOAD_TYPES_OUTPUT || path.resolve(dirname, 'payload-types.ts'),
  },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'schema.graphql') },
  jobs: {
    // Scheduled publishing queues jobs; this server runs them once a minute.
    // PAYLOAD_JOBS_AUTORUN=false on API nodes whose jobs run in the worker (`npm run worker`).
    autoRun: [{ cron: process.env.PAYLOAD_JOBS_CRON || '* * * * *', queue: 'default', limit: 50 }],
    shouldAutoRun: () => jobsMayRunHere(),
  },
  sharp,
  telemetry: false,
  // The SQL schema: pushed by Payload outside production, migrated in production (src/app/database/adapter.ts).
  onInit: async (payload) => {
    keepPlannerStatisticsFresh(payload)
  },
  // The cache's hooks go last, so they see every collection and global, the plugin's included.
  plugins: [
    charityPlugin(charityOptionsFromEnv()),
    // Secure, SameSite=Lax session cookies in production (after the plugin, which adds the accounts collection).
    sessionCookies(process.env.NODE_ENV === 'production'),
    cacheInvalidation(),
    // Last, so it sees every cron: scheduled jobs are queued only where jobs run (not on API-only nodes).
    schedulesFollowJobGate(),
  ],
})
