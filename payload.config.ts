import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Payload } from 'payload'
import { charityPlugin } from 'payload-plugin-charity'
import { rebuildEventOccurrences, rebuildSearchIndex } from 'payload-plugin-charity/server'
import sharp from 'sharp'

import { jobsMayRunHere } from './backend/cluster/jobGate.ts'
import { schedulesFollowJobGate } from './backend/cluster/scheduleGate.ts'
import { csrfOrigins, sessionCookies } from './backend/config/cookies.ts'
import { emailFromEnv } from './backend/config/email.ts'
import { charityOptionsFromEnv } from './backend/config/environment.ts'
import { payloadSecret } from './backend/config/secret.ts'
import { serverUrlFromEnv } from './backend/config/serverUrl.ts'
import { mediaStorage } from './backend/config/storage.ts'
import { databaseAdapter, databaseFacts } from './backend/database/adapter.ts'
import {
  keepPlannerStatisticsFresh,
  refreshPlannerStatistics,
} from './backend/database/statistics.ts'
import { contentVersion } from './backend/server/cache/contentVersion.ts'
import { cacheInvalidation } from './backend/server/cache/invalidation.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The reference backend: Payload with the charity plugin and nothing else, set from the environment. */
export default buildConfig({
  admin: {
    user: 'users',
    // The admin is the backend's Next app (backend/app/(payload)); component paths name packages.
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'backend/app/(payload)/admin/importMap.js'),
    },
    meta: { titleSuffix: ' · Charity CMS' },
    // Gravatar would send staff email hashes to a third party (and cannot load offline).
    avatar: 'default',
  },
  editor: lexicalEditor(),
  // SMTP from SMTP_URL / SMTP_FROM; without them Payload writes emails to the log.
  email: emailFromEnv(),
  db: await databaseAdapter(),
  secret: payloadSecret(),
  // The one public address: absolute media, feed, structured-data and webhook URLs are made from it.
  serverURL: serverUrlFromEnv(),
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
    // Outside production Payload regenerates this file in a child process at every start (about as
    // costly as the start itself); tests start hundreds of processes and a test checks the file instead.
    autoGenerate: process.env.NODE_ENV !== 'test',
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
  // The SQL schema: pushed by Payload outside production, migrated in production (backend/database/adapter.ts).
  onInit: async (payload) => {
    keepPlannerStatisticsFresh(payload)
  },
  custom: {
    // What the seed reads to take its lock before Payload connects (seed/lock.ts).
    database: databaseFacts(),
    // The seed's bulk path (seed/bulk.ts) writes rows without Payload's hooks, then calls this:
    // cached answers are stale, the search index and the stored event occurrences miss the new
    // documents, and the query planner should know (docs/operators.md, "Indexes" and "Site search").
    afterBulkLoad: async (payload: Payload) => {
      contentVersion.bump()
      await rebuildSearchIndex(payload)
      await rebuildEventOccurrences(payload)
      await refreshPlannerStatistics(payload)
    },
  },
  // The cache's hooks go last, so they see every collection and global, the plugin's included.
  plugins: [
    charityPlugin(charityOptionsFromEnv()),
    // Media in an S3 bucket when S3_BUCKET is set, else in MEDIA_DIR (after the plugin, which adds the collection).
    mediaStorage(),
    // Secure, SameSite=Lax session cookies in production (after the plugin, which adds the accounts collection).
    sessionCookies(process.env.NODE_ENV === 'production'),
    cacheInvalidation(),
    // Last, so it sees every cron: scheduled jobs are queued only where jobs run (not on API-only nodes).
    schedulesFollowJobGate(),
  ],
})
