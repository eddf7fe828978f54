import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import { charityPlugin } from 'payload-plugin-charity'

/**
 * The publish benchmark's Payload (bench/publish.ts): the charity plugin on
 * its own SQLite file, with the site search index or, with
 * BENCH_SEARCH=off, without it (`search: false`). Nothing else differs.
 */
export default buildConfig({
  collections: [],
  db: sqliteAdapter({ client: { url: process.env.DATABASE_URI ?? '' }, wal: true }),
  editor: lexicalEditor(),
  secret: 'publish-benchmark-secret-not-for-production',
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'cy', label: 'Cymraeg' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  plugins: [charityPlugin(process.env.BENCH_SEARCH === 'off' ? { search: false } : {})],
  typescript: { autoGenerate: false },
  telemetry: false,
})
