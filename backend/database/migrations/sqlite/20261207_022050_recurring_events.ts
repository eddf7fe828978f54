import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { adoptPushedChanges } from '../adopt.ts'
import snapshot from './20261207_022050_recurring_events.json' with { type: 'json' }

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Added by hand (contributing.md, "Migrations"): a development start may have pushed these tables.
  if (await adoptPushedChanges({ db, name: '20261207_022050_recurring_events', payload, snapshot }))
    return
  await db.run(sql`CREATE TABLE \`events_recurrence_weekdays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`position\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`events_recurrence_weekdays_order_idx\` ON \`events_recurrence_weekdays\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_recurrence_weekdays_parent_id_idx\` ON \`events_recurrence_weekdays\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`occurrence\` text,
  	\`cancelled\` integer DEFAULT false,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`venue_name\` text,
  	\`venue_street\` text,
  	\`venue_city\` text,
  	\`venue_postcode\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`events_exceptions_order_idx\` ON \`events_exceptions\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_exceptions_parent_id_idx\` ON \`events_exceptions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_exceptions_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_exceptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`events_exceptions_locales_locale_parent_id_unique\` ON \`events_exceptions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_exceptions_locales__parent_id_idx\` ON \`events_exceptions_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_recurrence_weekdays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`position\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_recurrence_weekdays_order_idx\` ON \`_events_v_version_recurrence_weekdays\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_recurrence_weekdays_parent_id_idx\` ON \`_events_v_version_recurrence_weekdays\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`occurrence\` text,
  	\`cancelled\` integer DEFAULT false,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`venue_name\` text,
  	\`venue_street\` text,
  	\`venue_city\` text,
  	\`venue_postcode\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_exceptions_order_idx\` ON \`_events_v_version_exceptions\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_exceptions_parent_id_idx\` ON \`_events_v_version_exceptions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_exceptions_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_exceptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_events_v_version_exceptions_locales_locale_parent_id_unique\` ON \`_events_v_version_exceptions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_exceptions_locales__parent_id_idx\` ON \`_events_v_version_exceptions_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_frequency\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_interval\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_month_day\` numeric;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_ends\` text DEFAULT 'never';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_until\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_rule\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`series_starts_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`series_ends_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_status_seriesEndsAt_idx\` ON \`events\` (\`_status\`,\`series_ends_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_frequency\` text;`)
  await db.run(
    sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_interval\` numeric DEFAULT 1;`,
  )
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_month_day\` numeric;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_ends\` text DEFAULT 'never';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_until\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_rule\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_series_starts_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_series_ends_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_seriesEndsAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_series_ends_at\`);`,
  )
  // Added by hand: existing events are single events, their own bounds (deriveRecurrence keeps them from now on).
  await db.run(
    sql`UPDATE \`events\` SET \`series_starts_at\` = \`starts_at\`, \`series_ends_at\` = \`ends_at\`;`,
  )
  await db.run(
    sql`UPDATE \`_events_v\` SET \`version_series_starts_at\` = \`version_starts_at\`, \`version_series_ends_at\` = \`version_ends_at\`;`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`events_recurrence_weekdays\`;`)
  await db.run(sql`DROP TABLE \`events_exceptions\`;`)
  await db.run(sql`DROP TABLE \`events_exceptions_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_recurrence_weekdays\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_exceptions\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_exceptions_locales\`;`)
  await db.run(sql`DROP INDEX \`_status_seriesEndsAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`recurrence_frequency\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`recurrence_interval\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`recurrence_month_day\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`recurrence_ends\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`recurrence_until\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`recurrence_count\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`recurrence_rule\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`series_starts_at\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`series_ends_at\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_seriesEndsAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_recurrence_frequency\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_recurrence_interval\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_recurrence_month_day\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_recurrence_ends\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_recurrence_until\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_recurrence_count\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_recurrence_rule\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_series_starts_at\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_series_ends_at\`;`)
}
