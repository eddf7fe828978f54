import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { adoptPushedChanges } from '../adopt.ts'
import snapshot from './20261207_022058_recurring_events.json' with { type: 'json' }

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Added by hand (contributing.md, "Migrations"): a development start may have pushed these tables.
  if (await adoptPushedChanges({ db, name: '20261207_022058_recurring_events', payload, snapshot }))
    return
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_recurrence_weekdays_day" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  CREATE TYPE "public"."enum_events_recurrence_weekdays_position" AS ENUM('first', 'second', 'third', 'fourth', 'last');
  CREATE TYPE "public"."enum_events_recurrence_frequency" AS ENUM('daily', 'weekly', 'monthly', 'yearly');
  CREATE TYPE "public"."enum_events_recurrence_ends" AS ENUM('never', 'until', 'count');
  CREATE TYPE "public"."enum__events_v_version_recurrence_weekdays_day" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  CREATE TYPE "public"."enum__events_v_version_recurrence_weekdays_position" AS ENUM('first', 'second', 'third', 'fourth', 'last');
  CREATE TYPE "public"."enum__events_v_version_recurrence_frequency" AS ENUM('daily', 'weekly', 'monthly', 'yearly');
  CREATE TYPE "public"."enum__events_v_version_recurrence_ends" AS ENUM('never', 'until', 'count');
  CREATE TABLE "events_recurrence_weekdays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_events_recurrence_weekdays_day",
  	"position" "enum_events_recurrence_weekdays_position"
  );
  
  CREATE TABLE "events_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"occurrence" timestamp(3) with time zone,
  	"cancelled" boolean DEFAULT false,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"venue_name" varchar,
  	"venue_street" varchar,
  	"venue_city" varchar,
  	"venue_postcode" varchar
  );
  
  CREATE TABLE "events_exceptions_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_events_v_version_recurrence_weekdays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" "enum__events_v_version_recurrence_weekdays_day",
  	"position" "enum__events_v_version_recurrence_weekdays_position",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"occurrence" timestamp(3) with time zone,
  	"cancelled" boolean DEFAULT false,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"venue_name" varchar,
  	"venue_street" varchar,
  	"venue_city" varchar,
  	"venue_postcode" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_exceptions_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "events" ADD COLUMN "recurrence_frequency" "enum_events_recurrence_frequency";
  ALTER TABLE "events" ADD COLUMN "recurrence_interval" numeric DEFAULT 1;
  ALTER TABLE "events" ADD COLUMN "recurrence_month_day" numeric;
  ALTER TABLE "events" ADD COLUMN "recurrence_ends" "enum_events_recurrence_ends" DEFAULT 'never';
  ALTER TABLE "events" ADD COLUMN "recurrence_until" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "recurrence_count" numeric;
  ALTER TABLE "events" ADD COLUMN "recurrence_rule" varchar;
  ALTER TABLE "events" ADD COLUMN "series_starts_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "series_ends_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_frequency" "enum__events_v_version_recurrence_frequency";
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_interval" numeric DEFAULT 1;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_month_day" numeric;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_ends" "enum__events_v_version_recurrence_ends" DEFAULT 'never';
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_until" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_count" numeric;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_rule" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_series_starts_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_series_ends_at" timestamp(3) with time zone;
  ALTER TABLE "events_recurrence_weekdays" ADD CONSTRAINT "events_recurrence_weekdays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_exceptions" ADD CONSTRAINT "events_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_exceptions_locales" ADD CONSTRAINT "events_exceptions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events_exceptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_recurrence_weekdays" ADD CONSTRAINT "_events_v_version_recurrence_weekdays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_exceptions" ADD CONSTRAINT "_events_v_version_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_exceptions_locales" ADD CONSTRAINT "_events_v_version_exceptions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v_version_exceptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_recurrence_weekdays_order_idx" ON "events_recurrence_weekdays" USING btree ("_order");
  CREATE INDEX "events_recurrence_weekdays_parent_id_idx" ON "events_recurrence_weekdays" USING btree ("_parent_id");
  CREATE INDEX "events_exceptions_order_idx" ON "events_exceptions" USING btree ("_order");
  CREATE INDEX "events_exceptions_parent_id_idx" ON "events_exceptions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "events_exceptions_locales_locale_parent_id_unique" ON "events_exceptions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_exceptions_locales__parent_id_idx" ON "events_exceptions_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_recurrence_weekdays_order_idx" ON "_events_v_version_recurrence_weekdays" USING btree ("_order");
  CREATE INDEX "_events_v_version_recurrence_weekdays_parent_id_idx" ON "_events_v_version_recurrence_weekdays" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_exceptions_order_idx" ON "_events_v_version_exceptions" USING btree ("_order");
  CREATE INDEX "_events_v_version_exceptions_parent_id_idx" ON "_events_v_version_exceptions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_events_v_version_exceptions_locales_locale_parent_id_unique" ON "_events_v_version_exceptions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_version_exceptions_locales__parent_id_idx" ON "_events_v_version_exceptions_locales" USING btree ("_parent_id");
  CREATE INDEX "_status_seriesEndsAt_idx" ON "events" USING btree ("_status","series_ends_at");
  CREATE INDEX "version__status_version_seriesEndsAt_idx" ON "_events_v" USING btree ("version__status","version_series_ends_at");`)
  // Added by hand: existing events are single events, their own bounds (deriveRecurrence keeps them from now on).
  await db.execute(sql`
  UPDATE "events" SET "series_starts_at" = "starts_at", "series_ends_at" = "ends_at";
  UPDATE "_events_v" SET "version_series_starts_at" = "version_starts_at", "version_series_ends_at" = "version_ends_at";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events_recurrence_weekdays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_exceptions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_recurrence_weekdays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_exceptions_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "events_recurrence_weekdays" CASCADE;
  DROP TABLE "events_exceptions" CASCADE;
  DROP TABLE "events_exceptions_locales" CASCADE;
  DROP TABLE "_events_v_version_recurrence_weekdays" CASCADE;
  DROP TABLE "_events_v_version_exceptions" CASCADE;
  DROP TABLE "_events_v_version_exceptions_locales" CASCADE;
  DROP INDEX "_status_seriesEndsAt_idx";
  DROP INDEX "version__status_version_seriesEndsAt_idx";
  ALTER TABLE "events" DROP COLUMN "recurrence_frequency";
  ALTER TABLE "events" DROP COLUMN "recurrence_interval";
  ALTER TABLE "events" DROP COLUMN "recurrence_month_day";
  ALTER TABLE "events" DROP COLUMN "recurrence_ends";
  ALTER TABLE "events" DROP COLUMN "recurrence_until";
  ALTER TABLE "events" DROP COLUMN "recurrence_count";
  ALTER TABLE "events" DROP COLUMN "recurrence_rule";
  ALTER TABLE "events" DROP COLUMN "series_starts_at";
  ALTER TABLE "events" DROP COLUMN "series_ends_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_frequency";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_interval";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_month_day";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_ends";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_until";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_count";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_rule";
  ALTER TABLE "_events_v" DROP COLUMN "version_series_starts_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_series_ends_at";
  DROP TYPE "public"."enum_events_recurrence_weekdays_day";
  DROP TYPE "public"."enum_events_recurrence_weekdays_position";
  DROP TYPE "public"."enum_events_recurrence_frequency";
  DROP TYPE "public"."enum_events_recurrence_ends";
  DROP TYPE "public"."enum__events_v_version_recurrence_weekdays_day";
  DROP TYPE "public"."enum__events_v_version_recurrence_weekdays_position";
  DROP TYPE "public"."enum__events_v_version_recurrence_frequency";
  DROP TYPE "public"."enum__events_v_version_recurrence_ends";`)
}
