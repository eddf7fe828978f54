import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { adoptPushedChanges } from '../adopt.ts'
import snapshot from './20261207_190427_upcoming_events_index.json' with { type: 'json' }

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Added by hand (contributing.md, "Migrations"): a development start may have pushed these indexes.
  if (
    await adoptPushedChanges({
      db,
      name: '20261207_190427_upcoming_events_index',
      payload,
      snapshot,
    })
  )
    return
  await db.execute(sql`
   DROP INDEX "_status_startsAt_createdAt_idx";
  DROP INDEX "version__status_version_startsAt_version_createdAt_idx";
  DROP INDEX "_status_startsAt_endsAt_idx";
  CREATE INDEX "_status_startsAt_endsAt_idx" ON "events" USING btree ("_status","starts_at","ends_at");
  CREATE INDEX "version__status_version_startsAt_version_endsAt_idx" ON "_events_v" USING btree ("version__status","version_starts_at","version_ends_at");
  CREATE INDEX "_status_startsAt_endsAt_1_idx" ON "event_occurrences" USING btree ("_status","starts_at","ends_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_status_startsAt_endsAt_idx";
  DROP INDEX "version__status_version_startsAt_version_endsAt_idx";
  DROP INDEX "_status_startsAt_endsAt_1_idx";
  CREATE INDEX "_status_startsAt_createdAt_idx" ON "events" USING btree ("_status","starts_at","created_at");
  CREATE INDEX "version__status_version_startsAt_version_createdAt_idx" ON "_events_v" USING btree ("version__status","version_starts_at","version_created_at");
  CREATE INDEX "_status_startsAt_endsAt_idx" ON "event_occurrences" USING btree ("_status","starts_at","ends_at");`)
}
