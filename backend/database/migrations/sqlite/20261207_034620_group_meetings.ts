import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { adoptPushedChanges } from '../adopt.ts'
import snapshot from './20261207_034620_group_meetings.json' with { type: 'json' }

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Added by hand (contributing.md, "Migrations"): a development start may have pushed these columns.
  if (await adoptPushedChanges({ db, name: '20261207_034620_group_meetings', payload, snapshot }))
    return
  await db.run(sql`ALTER TABLE \`groups\` ADD \`meeting_id\` integer REFERENCES events(id);`)
  await db.run(sql`CREATE INDEX \`groups_meeting_idx\` ON \`groups\` (\`meeting_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_groups_v\` ADD \`version_meeting_id\` integer REFERENCES events(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_groups_v_version_version_meeting_idx\` ON \`_groups_v\` (\`version_meeting_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_groups\` (
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
  await db.run(
    sql`INSERT INTO \`__new_groups\`("id", "hero_image_id", "region", "town", "group_status", "location_latitude", "location_longitude", "contact_email", "slug", "updated_at", "created_at", "_status") SELECT "id", "hero_image_id", "region", "town", "group_status", "location_latitude", "location_longitude", "contact_email", "slug", "updated_at", "created_at", "_status" FROM \`groups\`;`,
  )
  await db.run(sql`DROP TABLE \`groups\`;`)
  await db.run(sql`ALTER TABLE \`__new_groups\` RENAME TO \`groups\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new__groups_v\` (
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
  await db.run(
    sql`INSERT INTO \`__new__groups_v\`("id", "parent_id", "version_hero_image_id", "version_region", "version_town", "version_group_status", "version_location_latitude", "version_location_longitude", "version_contact_email", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_hero_image_id", "version_region", "version_town", "version_group_status", "version_location_latitude", "version_location_longitude", "version_contact_email", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_groups_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_groups_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__groups_v\` RENAME TO \`_groups_v\`;`)
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
}
