import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { adoptPushedChanges } from '../adopt.ts'
import snapshot from './20261206_204325_media_storage_columns.json' with { type: 'json' }

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Added by hand (contributing.md, "Migrations"): a development start may have pushed these columns.
  if (
    await adoptPushedChanges({
      db,
      name: '20261206_204325_media_storage_columns',
      payload,
      snapshot,
    })
  )
    return
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";`)
}
