import type { Config, DatabaseAdapterObj } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import { charityPlugin } from 'payload-plugin-charity'
import sharp from 'sharp'

import { stripCollection, stripGlobal } from './strip.ts'

/**
 * "Bare Payload" for the side-by-side benchmark: the charity's collections
 * with the same fields, but none of the plugin's behaviour (see strip.ts).
 * The collections come from the plugin itself, so a field added there shows
 * up here too. Served by the same server code:
 *
 *   PAYLOAD_CONFIG_PATH=bench/bare/payload.config.ts node --import tsx backend/main.ts
 */

// The plugin applied to an empty config, only to read back the collections and globals it builds.
const built = charityPlugin({ mediaDir: process.env.MEDIA_DIR || undefined })(
  {} as Config,
) as Config

const uri = process.env.DATABASE_URI?.trim() ?? ''

// Payload's own adapters with nothing wrapped around them. WAL as in the reference backend,
// so the journal mode is not a difference between the two.
const db = (): DatabaseAdapterObj =>
  /^postgres(ql)?:\/\//.test(uri)
    ? postgresAdapter({ pool: { connectionString: uri } })
    : sqliteAdapter({ client: { url: uri || 'file:./.data/bare.db' }, wal: true })

export default buildConfig({
  admin: { user: built.admin?.user ?? 'users' },
  collections: (built.collections ?? []).map(stripCollection),
  globals: (built.globals ?? []).map(stripGlobal),
  db: db(),
  editor: lexicalEditor(),
  secret: process.env.PAYLOAD_SECRET || 'bare-payload-benchmark-secret-not-for-production',
  cors: '*',
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'cy', label: 'Cymraeg' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  // Never write payload-types.ts from here: this config is not the project's.
  typescript: { autoGenerate: false },
  sharp,
  telemetry: false,
})
