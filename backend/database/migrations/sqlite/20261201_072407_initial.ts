import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { adoptPushedSchema } from '../adopt.ts'
import snapshot from './20261201_072407_initial.json' with { type: 'json' }

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Added by hand, in this first migration only: a database that releases before migrations
  // pushed already has these tables, and is checked and recorded instead of created again.
  if (await adoptPushedSchema({ db, payload, snapshot })) return
  await db.run(sql`CREATE TABLE \`posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`meta_image_id\` integer,
  	\`slug\` text,
  	\`published_at\` text,
  	\`populated_authors\` text,
  	\`group_id\` integer,
  	\`campaign_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`group_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`posts_hero_image_idx\` ON \`posts\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_meta_meta_image_idx\` ON \`posts\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`posts_slug_idx\` ON \`posts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`posts_published_at_idx\` ON \`posts\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_group_idx\` ON \`posts\` (\`group_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_campaign_idx\` ON \`posts\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_by_idx\` ON \`posts\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_updated_at_idx\` ON \`posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_at_idx\` ON \`posts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`posts__status_idx\` ON \`posts\` (\`_status\`);`)
  await db.run(
    sql`CREATE INDEX \`_status_publishedAt_createdAt_idx\` ON \`posts\` (\`_status\`,\`published_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_status_createdAt_idx\` ON \`posts\` (\`_status\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`posts_locales\` (
  	\`title\` text,
  	\`excerpt\` text,
  	\`content\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`reading_time_minutes\` numeric,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`posts_locales_locale_parent_id_unique\` ON \`posts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`posts_locales__parent_id_idx\` ON \`posts_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`posts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`events_id\` integer,
  	\`users_id\` integer,
  	\`categories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`posts_rels_order_idx\` ON \`posts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`posts_rels_parent_idx\` ON \`posts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_rels_path_idx\` ON \`posts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`posts_rels_events_id_idx\` ON \`posts_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_rels_users_id_idx\` ON \`posts_rels\` (\`users_id\`);`)
  await db.run(
    sql`CREATE INDEX \`posts_rels_categories_id_idx\` ON \`posts_rels\` (\`categories_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_posts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_meta_image_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_populated_authors\` text,
  	\`version_group_id\` integer,
  	\`version_campaign_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_group_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_posts_v_parent_idx\` ON \`_posts_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_hero_image_idx\` ON \`_posts_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_meta_version_meta_image_idx\` ON \`_posts_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_slug_idx\` ON \`_posts_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_published_at_idx\` ON \`_posts_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_group_idx\` ON \`_posts_v\` (\`version_group_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_campaign_idx\` ON \`_posts_v\` (\`version_campaign_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_created_by_idx\` ON \`_posts_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_updated_at_idx\` ON \`_posts_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_created_at_idx\` ON \`_posts_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version__status_idx\` ON \`_posts_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_posts_v_created_at_idx\` ON \`_posts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_updated_at_idx\` ON \`_posts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_snapshot_idx\` ON \`_posts_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_posts_v_published_locale_idx\` ON \`_posts_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_posts_v_latest_idx\` ON \`_posts_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_autosave_idx\` ON \`_posts_v\` (\`autosave\`);`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_publishedAt_version_createdAt_idx\` ON \`_posts_v\` (\`version__status\`,\`version_published_at\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_createdAt_idx\` ON \`_posts_v\` (\`version__status\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_latest_version_created_at_created_at_idx\` ON \`_posts_v\` (\`latest\`,\`version_created_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_latest_version_updated_at_created_at_idx\` ON \`_posts_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_latest_version_published_at_created_at_idx\` ON \`_posts_v\` (\`latest\`,\`version_published_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_parent_id_updated_at_idx\` ON \`_posts_v\` (\`parent_id\`,\`updated_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`_posts_v_locales\` (
  	\`version_title\` text,
  	\`version_excerpt\` text,
  	\`version_content\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_reading_time_minutes\` numeric,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_posts_v_locales_locale_parent_id_unique\` ON \`_posts_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_locales__parent_id_idx\` ON \`_posts_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_posts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`events_id\` integer,
  	\`users_id\` integer,
  	\`categories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_posts_v_rels_order_idx\` ON \`_posts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_rels_parent_idx\` ON \`_posts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_rels_path_idx\` ON \`_posts_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_posts_v_rels_events_id_idx\` ON \`_posts_v_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_rels_users_id_idx\` ON \`_posts_v_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_rels_categories_id_idx\` ON \`_posts_v_rels\` (\`categories_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`organisation\` text,
  	\`photo_id\` integer,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_speakers_order_idx\` ON \`events_speakers\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`events_speakers_parent_id_idx\` ON \`events_speakers\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_speakers_photo_idx\` ON \`events_speakers\` (\`photo_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_speakers_locales\` (
  	\`role\` text,
  	\`bio\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`events_speakers_locales_locale_parent_id_unique\` ON \`events_speakers_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_speakers_locales__parent_id_idx\` ON \`events_speakers_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`starts_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_agenda_order_idx\` ON \`events_agenda\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`events_agenda_parent_id_idx\` ON \`events_agenda\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_agenda_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`events_agenda_locales_locale_parent_id_unique\` ON \`events_agenda_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_agenda_locales__parent_id_idx\` ON \`events_agenda_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`event_type\` text DEFAULT 'workshop',
  	\`attendance_mode\` text DEFAULT 'in-person',
  	\`event_status\` text DEFAULT 'scheduled',
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`timezone\` text DEFAULT 'Europe/London',
  	\`all_day\` integer DEFAULT false,
  	\`previous_starts_at\` text,
  	\`venue_name\` text,
  	\`venue_street\` text,
  	\`venue_city\` text,
  	\`venue_region\` text,
  	\`venue_postcode\` text,
  	\`venue_country\` text DEFAULT 'GB',
  	\`location_latitude\` numeric,
  	\`location_longitude\` numeric,
  	\`online_url\` text,
  	\`registration_url\` text,
  	\`registration_capacity\` numeric,
  	\`registration_closes_at\` text,
  	\`registration_is_free\` integer DEFAULT true,
  	\`registration_price\` numeric,
  	\`meta_image_id\` integer,
  	\`slug\` text,
  	\`group_id\` integer,
  	\`campaign_id\` integer,
  	\`sequence\` numeric,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`group_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`events_hero_image_idx\` ON \`events\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_meta_meta_image_idx\` ON \`events\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_group_idx\` ON \`events\` (\`group_id\`);`)
  await db.run(sql`CREATE INDEX \`events_campaign_idx\` ON \`events\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`events_created_by_idx\` ON \`events\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(
    sql`CREATE INDEX \`_status_startsAt_createdAt_idx\` ON \`events\` (\`_status\`,\`starts_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_status_createdAt_1_idx\` ON \`events\` (\`_status\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_locales__parent_id_idx\` ON \`events_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`organisation\` text,
  	\`photo_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_speakers_order_idx\` ON \`_events_v_version_speakers\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_speakers_parent_id_idx\` ON \`_events_v_version_speakers\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_speakers_photo_idx\` ON \`_events_v_version_speakers\` (\`photo_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_speakers_locales\` (
  	\`role\` text,
  	\`bio\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_events_v_version_speakers_locales_locale_parent_id_unique\` ON \`_events_v_version_speakers_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_speakers_locales__parent_id_idx\` ON \`_events_v_version_speakers_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`starts_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_agenda_order_idx\` ON \`_events_v_version_agenda\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_agenda_parent_id_idx\` ON \`_events_v_version_agenda\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_agenda_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_events_v_version_agenda_locales_locale_parent_id_unique\` ON \`_events_v_version_agenda_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_agenda_locales__parent_id_idx\` ON \`_events_v_version_agenda_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_event_type\` text DEFAULT 'workshop',
  	\`version_attendance_mode\` text DEFAULT 'in-person',
  	\`version_event_status\` text DEFAULT 'scheduled',
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_timezone\` text DEFAULT 'Europe/London',
  	\`version_all_day\` integer DEFAULT false,
  	\`version_previous_starts_at\` text,
  	\`version_venue_name\` text,
  	\`version_venue_street\` text,
  	\`version_venue_city\` text,
  	\`version_venue_region\` text,
  	\`version_venue_postcode\` text,
  	\`version_venue_country\` text DEFAULT 'GB',
  	\`version_location_latitude\` numeric,
  	\`version_location_longitude\` numeric,
  	\`version_online_url\` text,
  	\`version_registration_url\` text,
  	\`version_registration_capacity\` numeric,
  	\`version_registration_closes_at\` text,
  	\`version_registration_is_free\` integer DEFAULT true,
  	\`version_registration_price\` numeric,
  	\`version_meta_image_id\` integer,
  	\`version_slug\` text,
  	\`version_group_id\` integer,
  	\`version_campaign_id\` integer,
  	\`version_sequence\` numeric,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_group_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_hero_image_idx\` ON \`_events_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_meta_version_meta_image_idx\` ON \`_events_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_group_idx\` ON \`_events_v\` (\`version_group_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_campaign_idx\` ON \`_events_v\` (\`version_campaign_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_created_by_idx\` ON \`_events_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_startsAt_version_createdAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_starts_at\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_createdAt_1_idx\` ON \`_events_v\` (\`version__status\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_latest_version_created_at_created_at_idx\` ON \`_events_v\` (\`latest\`,\`version_created_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_latest_version_updated_at_created_at_idx\` ON \`_events_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_latest_version_starts_at_created_at_idx\` ON \`_events_v\` (\`latest\`,\`version_starts_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_parent_id_updated_at_idx\` ON \`_events_v\` (\`parent_id\`,\`updated_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_locales__parent_id_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`groups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`region\` text,
  	\`town\` text,
  	\`group_status\` text DEFAULT 'forming',
  	\`location_latitude\` numeric,
  	\`location_longitude\` numeric,
  	\`contact_email\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`groups_hero_image_idx\` ON \`groups\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`groups_region_idx\` ON \`groups\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`groups_group_status_idx\` ON \`groups\` (\`group_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`groups_slug_idx\` ON \`groups\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`groups_updated_at_idx\` ON \`groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`groups_created_at_idx\` ON \`groups\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`groups__status_idx\` ON \`groups\` (\`_status\`);`)
  await db.run(
    sql`CREATE INDEX \`location_latitude_location_longitude_idx\` ON \`groups\` (\`location_latitude\`,\`location_longitude\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_status_createdAt_2_idx\` ON \`groups\` (\`_status\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`groups_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`meets\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`groups_locales_locale_parent_id_unique\` ON \`groups_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`groups_locales__parent_id_idx\` ON \`groups_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_groups_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_region\` text,
  	\`version_town\` text,
  	\`version_group_status\` text DEFAULT 'forming',
  	\`version_location_latitude\` numeric,
  	\`version_location_longitude\` numeric,
  	\`version_contact_email\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_groups_v_parent_idx\` ON \`_groups_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_groups_v_version_version_hero_image_idx\` ON \`_groups_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_groups_v_version_version_region_idx\` ON \`_groups_v\` (\`version_region\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_groups_v_version_version_group_status_idx\` ON \`_groups_v\` (\`version_group_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_groups_v_version_version_slug_idx\` ON \`_groups_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_groups_v_version_version_updated_at_idx\` ON \`_groups_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_groups_v_version_version_created_at_idx\` ON \`_groups_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_groups_v_version_version__status_idx\` ON \`_groups_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_groups_v_created_at_idx\` ON \`_groups_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_groups_v_updated_at_idx\` ON \`_groups_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_groups_v_snapshot_idx\` ON \`_groups_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_groups_v_published_locale_idx\` ON \`_groups_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_groups_v_latest_idx\` ON \`_groups_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_groups_v_autosave_idx\` ON \`_groups_v\` (\`autosave\`);`)
  await db.run(
    sql`CREATE INDEX \`version_location_latitude_version_location_longitude_idx\` ON \`_groups_v\` (\`version_location_latitude\`,\`version_location_longitude\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_createdAt_2_idx\` ON \`_groups_v\` (\`version__status\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_groups_v_latest_version_created_at_created_at_idx\` ON \`_groups_v\` (\`latest\`,\`version_created_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_groups_v_latest_version_updated_at_created_at_idx\` ON \`_groups_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_groups_v_parent_id_updated_at_idx\` ON \`_groups_v\` (\`parent_id\`,\`updated_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`_groups_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_meets\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_groups_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_groups_v_locales_locale_parent_id_unique\` ON \`_groups_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_groups_v_locales__parent_id_idx\` ON \`_groups_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaigns_stats\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`source\` text,
  	\`source_url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_stats_order_idx\` ON \`campaigns_stats\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`campaigns_stats_parent_id_idx\` ON \`campaigns_stats\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaigns_stats_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`campaigns_stats_locales_locale_parent_id_unique\` ON \`campaigns_stats_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaigns_stats_locales__parent_id_idx\` ON \`campaigns_stats_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaigns_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`url\` text,
  	\`logo_id\` integer,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`campaigns_partners_order_idx\` ON \`campaigns_partners\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaigns_partners_parent_id_idx\` ON \`campaigns_partners\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaigns_partners_logo_idx\` ON \`campaigns_partners\` (\`logo_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`campaign_status\` text DEFAULT 'planned',
  	\`start_date\` text,
  	\`end_date\` text,
  	\`call_to_action_url\` text,
  	\`meta_image_id\` integer,
  	\`slug\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_hero_image_idx\` ON \`campaigns\` (\`hero_image_id\`);`)
  await db.run(
    sql`CREATE INDEX \`campaigns_meta_meta_image_idx\` ON \`campaigns\` (\`meta_image_id\`);`,
  )
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_by_idx\` ON \`campaigns\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns__status_idx\` ON \`campaigns\` (\`_status\`);`)
  await db.run(
    sql`CREATE INDEX \`_status_createdAt_3_idx\` ON \`campaigns\` (\`_status\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaigns_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`call_to_action_label\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`campaigns_locales_locale_parent_id_unique\` ON \`campaigns_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaigns_locales__parent_id_idx\` ON \`campaigns_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaigns_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`campaigns_texts_order_parent\` ON \`campaigns_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`campaigns_texts_parent_id_idx\` ON \`campaigns_texts\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`groups_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`groups_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`campaigns_rels_groups_id_idx\` ON \`campaigns_rels\` (\`groups_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_stats\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`source\` text,
  	\`source_url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_version_stats_order_idx\` ON \`_campaigns_v_version_stats\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_version_stats_parent_id_idx\` ON \`_campaigns_v_version_stats\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_stats_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_version_stats\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_campaigns_v_version_stats_locales_locale_parent_id_unique\` ON \`_campaigns_v_version_stats_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_version_stats_locales__parent_id_idx\` ON \`_campaigns_v_version_stats_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`url\` text,
  	\`logo_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_version_partners_order_idx\` ON \`_campaigns_v_version_partners\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_version_partners_parent_id_idx\` ON \`_campaigns_v_version_partners\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_version_partners_logo_idx\` ON \`_campaigns_v_version_partners\` (\`logo_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaigns_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_campaign_status\` text DEFAULT 'planned',
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_call_to_action_url\` text,
  	\`version_meta_image_id\` integer,
  	\`version_slug\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_parent_idx\` ON \`_campaigns_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_version_version_hero_image_idx\` ON \`_campaigns_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_version_meta_version_meta_image_idx\` ON \`_campaigns_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_version_version_slug_idx\` ON \`_campaigns_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_version_version_created_by_idx\` ON \`_campaigns_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_version_version_updated_at_idx\` ON \`_campaigns_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_version_version_created_at_idx\` ON \`_campaigns_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_version_version__status_idx\` ON \`_campaigns_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_created_at_idx\` ON \`_campaigns_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_updated_at_idx\` ON \`_campaigns_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_campaigns_v_snapshot_idx\` ON \`_campaigns_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_published_locale_idx\` ON \`_campaigns_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_campaigns_v_latest_idx\` ON \`_campaigns_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_autosave_idx\` ON \`_campaigns_v\` (\`autosave\`);`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_createdAt_3_idx\` ON \`_campaigns_v\` (\`version__status\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_latest_version_created_at_created_at_idx\` ON \`_campaigns_v\` (\`latest\`,\`version_created_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_latest_version_updated_at_created_at_idx\` ON \`_campaigns_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_parent_id_updated_at_idx\` ON \`_campaigns_v\` (\`parent_id\`,\`updated_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaigns_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_call_to_action_label\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_campaigns_v_locales_locale_parent_id_unique\` ON \`_campaigns_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_locales__parent_id_idx\` ON \`_campaigns_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaigns_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_texts_order_parent\` ON \`_campaigns_v_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_texts_parent_id_idx\` ON \`_campaigns_v_texts\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_campaigns_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`groups_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`groups_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_rels_order_idx\` ON \`_campaigns_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_rels_parent_idx\` ON \`_campaigns_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_rels_path_idx\` ON \`_campaigns_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_campaigns_v_rels_groups_id_idx\` ON \`_campaigns_v_rels\` (\`groups_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_slug_idx\` ON \`categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`categories_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`categories_locales_locale_parent_id_unique\` ON \`categories_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`categories_locales__parent_id_idx\` ON \`categories_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_social_url\` text,
  	\`sizes_social_width\` numeric,
  	\`sizes_social_height\` numeric,
  	\`sizes_social_mime_type\` text,
  	\`sizes_social_filesize\` numeric,
  	\`sizes_social_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_social_sizes_social_filename_idx\` ON \`media\` (\`sizes_social_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_locales__parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`donation_appeals_suggested_amounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`amount\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`donation_appeals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`donation_appeals_suggested_amounts_order_idx\` ON \`donation_appeals_suggested_amounts\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_appeals_suggested_amounts_parent_id_idx\` ON \`donation_appeals_suggested_amounts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`donation_appeals_suggested_amounts_locales\` (
  	\`impact\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`donation_appeals_suggested_amounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`donation_appeals_suggested_amounts_locales_locale_parent_id_\` ON \`donation_appeals_suggested_amounts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_appeals_suggested_amounts_locales__parent_id_idx\` ON \`donation_appeals_suggested_amounts_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`donation_appeals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`currency\` text DEFAULT 'GBP',
  	\`target_amount\` numeric,
  	\`raised_amount\` numeric DEFAULT 0,
  	\`donation_count\` numeric DEFAULT 0,
  	\`progress_percent\` numeric DEFAULT 0,
  	\`donate_url\` text,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`gift_aid_eligible\` integer DEFAULT true,
  	\`meta_image_id\` integer,
  	\`slug\` text,
  	\`campaign_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`donation_appeals_hero_image_idx\` ON \`donation_appeals\` (\`hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_appeals_progress_percent_idx\` ON \`donation_appeals\` (\`progress_percent\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_appeals_meta_meta_image_idx\` ON \`donation_appeals\` (\`meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`donation_appeals_slug_idx\` ON \`donation_appeals\` (\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_appeals_campaign_idx\` ON \`donation_appeals\` (\`campaign_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_appeals_created_by_idx\` ON \`donation_appeals\` (\`created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_appeals_updated_at_idx\` ON \`donation_appeals\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_appeals_created_at_idx\` ON \`donation_appeals\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_appeals__status_idx\` ON \`donation_appeals\` (\`_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_status_createdAt_4_idx\` ON \`donation_appeals\` (\`_status\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_status_closesAt_createdAt_idx\` ON \`donation_appeals\` (\`_status\`,\`closes_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_status_progressPercent_createdAt_idx\` ON \`donation_appeals\` (\`_status\`,\`progress_percent\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`donation_appeals_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`story\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`donation_appeals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`donation_appeals_locales_locale_parent_id_unique\` ON \`donation_appeals_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_appeals_locales__parent_id_idx\` ON \`donation_appeals_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_donation_appeals_v_version_suggested_amounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`amount\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_donation_appeals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_version_suggested_amounts_order_idx\` ON \`_donation_appeals_v_version_suggested_amounts\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_version_suggested_amounts_parent_id_idx\` ON \`_donation_appeals_v_version_suggested_amounts\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_donation_appeals_v_version_suggested_amounts_locales\` (
  	\`impact\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_donation_appeals_v_version_suggested_amounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_donation_appeals_v_version_suggested_amounts_locales_locale\` ON \`_donation_appeals_v_version_suggested_amounts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_version_suggested_amounts_locales__c60df522\` ON \`_donation_appeals_v_version_suggested_amounts_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_donation_appeals_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_currency\` text DEFAULT 'GBP',
  	\`version_target_amount\` numeric,
  	\`version_raised_amount\` numeric DEFAULT 0,
  	\`version_donation_count\` numeric DEFAULT 0,
  	\`version_progress_percent\` numeric DEFAULT 0,
  	\`version_donate_url\` text,
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_gift_aid_eligible\` integer DEFAULT true,
  	\`version_meta_image_id\` integer,
  	\`version_slug\` text,
  	\`version_campaign_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`donation_appeals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_parent_idx\` ON \`_donation_appeals_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_version_version_hero_image_idx\` ON \`_donation_appeals_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_version_version_progress_percent_idx\` ON \`_donation_appeals_v\` (\`version_progress_percent\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_version_meta_version_meta_image_idx\` ON \`_donation_appeals_v\` (\`version_meta_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_version_version_slug_idx\` ON \`_donation_appeals_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_version_version_campaign_idx\` ON \`_donation_appeals_v\` (\`version_campaign_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_version_version_created_by_idx\` ON \`_donation_appeals_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_version_version_updated_at_idx\` ON \`_donation_appeals_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_version_version_created_at_idx\` ON \`_donation_appeals_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_version_version__status_idx\` ON \`_donation_appeals_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_created_at_idx\` ON \`_donation_appeals_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_updated_at_idx\` ON \`_donation_appeals_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_snapshot_idx\` ON \`_donation_appeals_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_published_locale_idx\` ON \`_donation_appeals_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_latest_idx\` ON \`_donation_appeals_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_autosave_idx\` ON \`_donation_appeals_v\` (\`autosave\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_createdAt_4_idx\` ON \`_donation_appeals_v\` (\`version__status\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_closesAt_version_createdAt_idx\` ON \`_donation_appeals_v\` (\`version__status\`,\`version_closes_at\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_progressPercent_version_createdA_idx\` ON \`_donation_appeals_v\` (\`version__status\`,\`version_progress_percent\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_latest_version_created_at_created_at_idx\` ON \`_donation_appeals_v\` (\`latest\`,\`version_created_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_latest_version_updated_at_created_at_idx\` ON \`_donation_appeals_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_latest_version_opens_at_created_at_idx\` ON \`_donation_appeals_v\` (\`latest\`,\`version_opens_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_latest_version_closes_at_created_at_idx\` ON \`_donation_appeals_v\` (\`latest\`,\`version_closes_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_latest_version_progress_percent_cr_6dfeab80\` ON \`_donation_appeals_v\` (\`latest\`,\`version_progress_percent\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_parent_id_updated_at_idx\` ON \`_donation_appeals_v\` (\`parent_id\`,\`updated_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`_donation_appeals_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_story\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_donation_appeals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_donation_appeals_v_locales_locale_parent_id_unique\` ON \`_donation_appeals_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_appeals_v_locales__parent_id_idx\` ON \`_donation_appeals_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`donations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text DEFAULT 'donation',
  	\`refund_of_id\` integer,
  	\`appeal_id\` integer NOT NULL,
  	\`amount\` numeric NOT NULL,
  	\`currency\` text NOT NULL,
  	\`source\` text DEFAULT 'manual' NOT NULL,
  	\`received_at\` text,
  	\`external_id\` text,
  	\`gift_aid\` integer DEFAULT false,
  	\`anonymous\` integer DEFAULT false,
  	\`donor_name\` text,
  	\`donor_email\` text,
  	\`donor_consent_to_contact\` integer DEFAULT false,
  	\`consent_wording_version\` text,
  	\`gift_aid_declaration_id\` integer,
  	\`gift_aid_claimed_at\` text,
  	\`gift_aid_claim_batch\` text,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`refund_of_id\`) REFERENCES \`donations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`appeal_id\`) REFERENCES \`donation_appeals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`gift_aid_declaration_id\`) REFERENCES \`gift_aid_declarations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`donations_type_idx\` ON \`donations\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`donations_refund_of_idx\` ON \`donations\` (\`refund_of_id\`);`)
  await db.run(sql`CREATE INDEX \`donations_appeal_idx\` ON \`donations\` (\`appeal_id\`);`)
  await db.run(sql`CREATE INDEX \`donations_received_at_idx\` ON \`donations\` (\`received_at\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`donations_external_id_idx\` ON \`donations\` (\`external_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`donations_donor_email_idx\` ON \`donations\` (\`donor_email\`);`)
  await db.run(
    sql`CREATE INDEX \`donations_gift_aid_declaration_idx\` ON \`donations\` (\`gift_aid_declaration_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donations_gift_aid_claimed_at_idx\` ON \`donations\` (\`gift_aid_claimed_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donations_gift_aid_claim_batch_idx\` ON \`donations\` (\`gift_aid_claim_batch\`);`,
  )
  await db.run(sql`CREATE INDEX \`donations_updated_at_idx\` ON \`donations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`donations_created_at_idx\` ON \`donations\` (\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`refundOf_receivedAt_idx\` ON \`donations\` (\`refund_of_id\`,\`received_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donorEmail_receivedAt_idx\` ON \`donations\` (\`donor_email\`,\`received_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`giftAidClaimBatch_receivedAt_idx\` ON \`donations\` (\`gift_aid_claim_batch\`,\`received_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`gift_aid_declarations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`first_name\` text NOT NULL,
  	\`last_name\` text NOT NULL,
  	\`house\` text NOT NULL,
  	\`postcode\` text,
  	\`country\` text DEFAULT 'GB' NOT NULL,
  	\`scope\` text NOT NULL,
  	\`method\` text DEFAULT 'online' NOT NULL,
  	\`declared_at\` text NOT NULL,
  	\`written_confirmation_sent_at\` text,
  	\`wording_version\` text NOT NULL,
  	\`wording\` text,
  	\`donor_email\` text,
  	\`cancelled_at\` text,
  	\`cancellation_reason\` text,
  	\`supersedes_id\` integer,
  	\`last_claimed_at\` text,
  	\`erased_at\` text,
  	\`person_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`supersedes_id\`) REFERENCES \`gift_aid_declarations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`gift_aid_declarations_declared_at_idx\` ON \`gift_aid_declarations\` (\`declared_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`gift_aid_declarations_donor_email_idx\` ON \`gift_aid_declarations\` (\`donor_email\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`gift_aid_declarations_cancelled_at_idx\` ON \`gift_aid_declarations\` (\`cancelled_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`gift_aid_declarations_supersedes_idx\` ON \`gift_aid_declarations\` (\`supersedes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`gift_aid_declarations_last_claimed_at_idx\` ON \`gift_aid_declarations\` (\`last_claimed_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`gift_aid_declarations_person_key_idx\` ON \`gift_aid_declarations\` (\`person_key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`gift_aid_declarations_updated_at_idx\` ON \`gift_aid_declarations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`gift_aid_declarations_created_at_idx\` ON \`gift_aid_declarations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`webhook_endpoints_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`webhook_endpoints_events_order_idx\` ON \`webhook_endpoints_events\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`webhook_endpoints_events_parent_idx\` ON \`webhook_endpoints_events\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`webhook_endpoints\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`description\` text,
  	\`active\` integer DEFAULT true,
  	\`secret\` text,
  	\`previous_secret\` text,
  	\`previous_secret_expires_at\` text,
  	\`last_success_at\` text,
  	\`failing_since\` text,
  	\`deactivated_at\` text,
  	\`deactivation_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`webhook_endpoints_active_idx\` ON \`webhook_endpoints\` (\`active\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`webhook_endpoints_updated_at_idx\` ON \`webhook_endpoints\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`webhook_endpoints_created_at_idx\` ON \`webhook_endpoints\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`endpoint_id\` integer,
  	\`event\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`message_id\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`scheduled_for\` text,
  	\`next_attempt_at\` text,
  	\`last_attempt_at\` text,
  	\`delivered_at\` text,
  	\`status_code\` numeric,
  	\`duration_ms\` numeric,
  	\`error\` text,
  	\`payload\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`endpoint_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`webhook_deliveries_endpoint_idx\` ON \`webhook_deliveries\` (\`endpoint_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`webhook_deliveries_event_idx\` ON \`webhook_deliveries\` (\`event\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`webhook_deliveries_message_id_idx\` ON \`webhook_deliveries\` (\`message_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`webhook_deliveries_status_idx\` ON \`webhook_deliveries\` (\`status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`webhook_deliveries_next_attempt_at_idx\` ON \`webhook_deliveries\` (\`next_attempt_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`subject_scheduledFor_idx\` ON \`webhook_deliveries\` (\`subject\`,\`scheduled_for\`);`,
  )
  await db.run(sql`CREATE TABLE \`training_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`request_status\` text DEFAULT 'new' NOT NULL,
  	\`assigned_to_id\` integer,
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`organisation\` text,
  	\`town\` text NOT NULL,
  	\`region\` text NOT NULL,
  	\`preferred_dates\` text,
  	\`expected_attendees\` numeric NOT NULL,
  	\`message\` text,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`notes\` text,
  	\`consent_version\` text,
  	\`consented_at\` text,
  	\`closed_at\` text,
  	\`erased_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`training_requests_request_status_idx\` ON \`training_requests\` (\`request_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`training_requests_assigned_to_idx\` ON \`training_requests\` (\`assigned_to_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`training_requests_email_idx\` ON \`training_requests\` (\`email\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`training_requests_region_idx\` ON \`training_requests\` (\`region\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`training_requests_closed_at_idx\` ON \`training_requests\` (\`closed_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`training_requests_erased_at_idx\` ON \`training_requests\` (\`erased_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`training_requests_updated_at_idx\` ON \`training_requests\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`training_requests_created_at_idx\` ON \`training_requests\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`requestStatus_createdAt_idx\` ON \`training_requests\` (\`request_status\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`region_createdAt_idx\` ON \`training_requests\` (\`region\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`email_createdAt_idx\` ON \`training_requests\` (\`email\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`privacy_audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`via\` text NOT NULL,
  	\`actor\` text,
  	\`subject_hash\` text NOT NULL,
  	\`found\` text,
  	\`erased\` text,
  	\`kept\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`privacy_audit_log_subject_hash_idx\` ON \`privacy_audit_log\` (\`subject_hash\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`privacy_audit_log_updated_at_idx\` ON \`privacy_audit_log\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`privacy_audit_log_created_at_idx\` ON \`privacy_audit_log\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'author' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_role_idx\` ON \`users\` (\`role\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`groups_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`groups_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_groups_id_idx\` ON \`users_rels\` (\`groups_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`posts_id\` integer,
  	\`events_id\` integer,
  	\`groups_id\` integer,
  	\`campaigns_id\` integer,
  	\`categories_id\` integer,
  	\`media_id\` integer,
  	\`donation_appeals_id\` integer,
  	\`webhook_endpoints_id\` integer,
  	\`training_requests_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`groups_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`donation_appeals_id\`) REFERENCES \`donation_appeals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_endpoints_id\`) REFERENCES \`webhook_endpoints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`training_requests_id\`) REFERENCES \`training_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`groups_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_donation_appeals_id_idx\` ON \`payload_locked_documents_rels\` (\`donation_appeals_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_webhook_endpoints_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_endpoints_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_training_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`training_requests_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_settings_charity_registrations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`jurisdiction\` text NOT NULL,
  	\`number\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`site_settings_charity_registrations_order_idx\` ON \`site_settings_charity_registrations\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_charity_registrations_parent_id_idx\` ON \`site_settings_charity_registrations\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_settings_social_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`site_settings_social_links_order_idx\` ON \`site_settings_social_links\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_social_links_parent_id_idx\` ON \`site_settings_social_links\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_name\` text DEFAULT 'Our charity' NOT NULL,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`default_seo_image_id\` integer,
  	\`donate_call_to_action_url\` text,
  	\`donate_call_to_action_appeal_id\` integer,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`default_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`donate_call_to_action_appeal_id\`) REFERENCES \`donation_appeals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`site_settings_default_seo_default_seo_image_idx\` ON \`site_settings\` (\`default_seo_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_donate_call_to_action_donate_call_to_actio_idx\` ON \`site_settings\` (\`donate_call_to_action_appeal_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`tagline\` text,
  	\`default_seo_title\` text,
  	\`default_seo_description\` text,
  	\`donate_call_to_action_label\` text DEFAULT 'Donate',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`navigation_header\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`link_type\` text DEFAULT 'custom',
  	\`link_url\` text,
  	\`link_new_tab\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`navigation_header_order_idx\` ON \`navigation_header\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`navigation_header_parent_id_idx\` ON \`navigation_header\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`navigation_header_locales\` (
  	\`link_label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation_header\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`navigation_header_locales_locale_parent_id_unique\` ON \`navigation_header_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`navigation_footer\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`link_type\` text DEFAULT 'custom',
  	\`link_url\` text,
  	\`link_new_tab\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`navigation_footer_order_idx\` ON \`navigation_footer\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`navigation_footer_parent_id_idx\` ON \`navigation_footer\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`navigation_footer_locales\` (
  	\`link_label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation_footer\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`navigation_footer_locales_locale_parent_id_unique\` ON \`navigation_footer_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`navigation\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`navigation_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`posts_id\` integer,
  	\`events_id\` integer,
  	\`campaigns_id\` integer,
  	\`donation_appeals_id\` integer,
  	\`groups_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`donation_appeals_id\`) REFERENCES \`donation_appeals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`groups_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`navigation_rels_order_idx\` ON \`navigation_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`navigation_rels_parent_idx\` ON \`navigation_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`navigation_rels_path_idx\` ON \`navigation_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`navigation_rels_posts_id_idx\` ON \`navigation_rels\` (\`posts_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`navigation_rels_events_id_idx\` ON \`navigation_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`navigation_rels_campaigns_id_idx\` ON \`navigation_rels\` (\`campaigns_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`navigation_rels_donation_appeals_id_idx\` ON \`navigation_rels\` (\`donation_appeals_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`navigation_rels_groups_id_idx\` ON \`navigation_rels\` (\`groups_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`posts\`;`)
  await db.run(sql`DROP TABLE \`posts_locales\`;`)
  await db.run(sql`DROP TABLE \`posts_rels\`;`)
  await db.run(sql`DROP TABLE \`_posts_v\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`events_speakers\`;`)
  await db.run(sql`DROP TABLE \`events_speakers_locales\`;`)
  await db.run(sql`DROP TABLE \`events_agenda\`;`)
  await db.run(sql`DROP TABLE \`events_agenda_locales\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_speakers\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_speakers_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_agenda\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_agenda_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`groups\`;`)
  await db.run(sql`DROP TABLE \`groups_locales\`;`)
  await db.run(sql`DROP TABLE \`_groups_v\`;`)
  await db.run(sql`DROP TABLE \`_groups_v_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_stats\`;`)
  await db.run(sql`DROP TABLE \`campaigns_stats_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_partners\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_texts\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_stats\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_stats_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_partners\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_rels\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`DROP TABLE \`categories_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`donation_appeals_suggested_amounts\`;`)
  await db.run(sql`DROP TABLE \`donation_appeals_suggested_amounts_locales\`;`)
  await db.run(sql`DROP TABLE \`donation_appeals\`;`)
  await db.run(sql`DROP TABLE \`donation_appeals_locales\`;`)
  await db.run(sql`DROP TABLE \`_donation_appeals_v_version_suggested_amounts\`;`)
  await db.run(sql`DROP TABLE \`_donation_appeals_v_version_suggested_amounts_locales\`;`)
  await db.run(sql`DROP TABLE \`_donation_appeals_v\`;`)
  await db.run(sql`DROP TABLE \`_donation_appeals_v_locales\`;`)
  await db.run(sql`DROP TABLE \`donations\`;`)
  await db.run(sql`DROP TABLE \`gift_aid_declarations\`;`)
  await db.run(sql`DROP TABLE \`webhook_endpoints_events\`;`)
  await db.run(sql`DROP TABLE \`webhook_endpoints\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`training_requests\`;`)
  await db.run(sql`DROP TABLE \`privacy_audit_log\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_charity_registrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_social_links\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`navigation_header\`;`)
  await db.run(sql`DROP TABLE \`navigation_header_locales\`;`)
  await db.run(sql`DROP TABLE \`navigation_footer\`;`)
  await db.run(sql`DROP TABLE \`navigation_footer_locales\`;`)
  await db.run(sql`DROP TABLE \`navigation\`;`)
  await db.run(sql`DROP TABLE \`navigation_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
