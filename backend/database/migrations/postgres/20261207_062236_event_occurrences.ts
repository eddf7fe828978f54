import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'
import { rebuildEventOccurrences } from 'payload-plugin-charity/server'

import { adoptPushedChanges } from '../adopt.ts'
import snapshot from './20261207_062236_event_occurrences.json' with { type: 'json' }

/** The stored event occurrences (src/recurrence/store.ts), filled from the events already there. */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // A pushed schema already has the table, and the events' hooks stored its rows (else they are made now).
  if (
    await adoptPushedChanges({ db, name: '20261207_062236_event_occurrences', payload, snapshot })
  )
    return void (await rebuildEventOccurrences(payload, req, { unlessStored: true }))
  await db.execute(sql`
   CREATE TYPE "public"."enum_event_occurrences_status" AS ENUM('draft', 'published');
  CREATE TABLE "event_occurrences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"original_starts_at" timestamp(3) with time zone NOT NULL,
  	"status" varchar NOT NULL,
  	"_status" "enum_event_occurrences_status" NOT NULL,
  	"event_type" varchar,
  	"group_id" integer,
  	"campaign_id" integer
  );
  
  ALTER TABLE "events" ADD COLUMN "occurrences_through" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_occurrences_through" timestamp(3) with time zone;
  ALTER TABLE "event_occurrences" ADD CONSTRAINT "event_occurrences_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_occurrences" ADD CONSTRAINT "event_occurrences_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_occurrences" ADD CONSTRAINT "event_occurrences_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "event_occurrences_event_idx" ON "event_occurrences" USING btree ("event_id");
  CREATE INDEX "event_occurrences_starts_at_idx" ON "event_occurrences" USING btree ("starts_at");
  CREATE INDEX "event_occurrences_group_idx" ON "event_occurrences" USING btree ("group_id");
  CREATE INDEX "event_occurrences_campaign_idx" ON "event_occurrences" USING btree ("campaign_id");
  CREATE INDEX "_status_startsAt_endsAt_idx" ON "event_occurrences" USING btree ("_status","starts_at","ends_at");
  CREATE UNIQUE INDEX "event_originalStartsAt_idx" ON "event_occurrences" USING btree ("event_id","original_starts_at");
  CREATE INDEX "occurrencesThrough_idx" ON "events" USING btree ("occurrences_through");
  CREATE INDEX "version_occurrencesThrough_idx" ON "_events_v" USING btree ("version_occurrences_through");`)
  await rebuildEventOccurrences(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "event_occurrences" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "event_occurrences" CASCADE;
  DROP INDEX "occurrencesThrough_idx";
  DROP INDEX "version_occurrencesThrough_idx";
  ALTER TABLE "events" DROP COLUMN "occurrences_through";
  ALTER TABLE "_events_v" DROP COLUMN "version_occurrences_through";
  DROP TYPE "public"."enum_event_occurrences_status";`)
}
