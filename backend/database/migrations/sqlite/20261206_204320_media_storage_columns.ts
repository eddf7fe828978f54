import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { adoptPushedChanges } from '../adopt.ts'
import snapshot from './20261206_204320_media_storage_columns.json' with { type: 'json' }

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Added by hand (contributing.md, "Migrations"): a development start may have pushed these columns.
  if (
    await adoptPushedChanges({
      db,
      name: '20261206_204320_media_storage_columns',
      payload,
      snapshot,
    })
  )
    return
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
}
