import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { adoptPushedChanges } from '../adopt.ts'
import snapshot from './20261207_034626_group_meetings.json' with { type: 'json' }

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Added by hand (contributing.md, "Migrations"): a development start may have pushed these columns.
  if (await adoptPushedChanges({ db, name: '20261207_034626_group_meetings', payload, snapshot }))
    return
  await db.execute(sql`
   ALTER TABLE "groups" ADD COLUMN "meeting_id" integer;
  ALTER TABLE "_groups_v" ADD COLUMN "version_meeting_id" integer;
  ALTER TABLE "groups" ADD CONSTRAINT "groups_meeting_id_events_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_groups_v" ADD CONSTRAINT "_groups_v_version_meeting_id_events_id_fk" FOREIGN KEY ("version_meeting_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "groups_meeting_idx" ON "groups" USING btree ("meeting_id");
  CREATE INDEX "_groups_v_version_version_meeting_idx" ON "_groups_v" USING btree ("version_meeting_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "groups" DROP CONSTRAINT "groups_meeting_id_events_id_fk";
  
  ALTER TABLE "_groups_v" DROP CONSTRAINT "_groups_v_version_meeting_id_events_id_fk";
  
  DROP INDEX "groups_meeting_idx";
  DROP INDEX "_groups_v_version_version_meeting_idx";
  ALTER TABLE "groups" DROP COLUMN "meeting_id";
  ALTER TABLE "_groups_v" DROP COLUMN "version_meeting_id";`)
}
