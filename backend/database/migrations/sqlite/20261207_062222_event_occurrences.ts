import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { rebuildEventOccurrences } from 'payload-plugin-charity/server'

import { adoptPushedChanges } from '../adopt.ts'
import snapshot from './20261207_062222_event_occurrences.json' with { type: 'json' }

/** The stored event occurrences (src/recurrence/store.ts), filled from the events already there. */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // A pushed schema already has the table, and the events' hooks stored its rows (else they are made now).
  if (
    await adoptPushedChanges({ db, name: '20261207_062222_event_occurrences', payload, snapshot })
  )
    return void (await rebuildEventOccurrences(payload, req, { unlessStored: true }))
  await db.run(sql`CREATE TABLE \`event_occurrences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`original_starts_at\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`_status\` text NOT NULL,
  	\`event_type\` text,
  	\`group_id\` integer,
  	\`campaign_id\` integer,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`group_id\`) REFERENCES \`groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`event_occurrences_event_idx\` ON \`event_occurrences\` (\`event_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`event_occurrences_starts_at_idx\` ON \`event_occurrences\` (\`starts_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`event_occurrences_group_idx\` ON \`event_occurrences\` (\`group_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`event_occurrences_campaign_idx\` ON \`event_occurrences\` (\`campaign_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_status_startsAt_endsAt_idx\` ON \`event_occurrences\` (\`_status\`,\`starts_at\`,\`ends_at\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`event_originalStartsAt_idx\` ON \`event_occurrences\` (\`event_id\`,\`original_starts_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`events\` ADD \`occurrences_through\` text;`)
  await db.run(
    sql`CREATE INDEX \`occurrencesThrough_idx\` ON \`events\` (\`occurrences_through\`);`,
  )
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_occurrences_through\` text;`)
  await db.run(
    sql`CREATE INDEX \`version_occurrencesThrough_idx\` ON \`_events_v\` (\`version_occurrences_through\`);`,
  )
  await rebuildEventOccurrences(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`event_occurrences\`;`)
  await db.run(sql`DROP INDEX \`occurrencesThrough_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`occurrences_through\`;`)
  await db.run(sql`DROP INDEX \`version_occurrencesThrough_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_occurrences_through\`;`)
}
