import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { adoptPushedChanges } from '../adopt.ts'
import snapshot from './20261207_192409_appeals_by_opening_index.json' with { type: 'json' }

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // A development start may have pushed this change already (docs/contributing.md, "Migrations").
  if (
    await adoptPushedChanges({
      db,
      name: '20261207_192409_appeals_by_opening_index',
      payload,
      snapshot,
    })
  )
    return
  await db.execute(sql`
   CREATE INDEX "_status_opensAt_createdAt_idx" ON "donation_appeals" USING btree ("_status","opens_at","created_at");
  CREATE INDEX "version__status_version_opensAt_version_createdAt_idx" ON "_donation_appeals_v" USING btree ("version__status","version_opens_at","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_status_opensAt_createdAt_idx";
  DROP INDEX "version__status_version_opensAt_version_createdAt_idx";`)
}
