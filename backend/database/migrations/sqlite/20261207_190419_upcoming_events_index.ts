import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { adoptPushedChanges } from '../adopt.ts'
import snapshot from './20261207_190419_upcoming_events_index.json' with { type: 'json' }

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Added by hand (contributing.md, "Migrations"): a development start may have pushed these indexes.
  if (
    await adoptPushedChanges({
      db,
      name: '20261207_190419_upcoming_events_index',
      payload,
      snapshot,
    })
  )
    return
  // The occurrences' index had the name the events' index now takes (Payload names an index by its
  // fields): it is renamed first, since SQLite index names are one namespace.
  await db.run(sql`DROP INDEX \`_status_startsAt_endsAt_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_status_startsAt_endsAt_1_idx\` ON \`event_occurrences\` (\`_status\`,\`starts_at\`,\`ends_at\`);`,
  )
  await db.run(sql`DROP INDEX \`_status_startsAt_createdAt_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_status_startsAt_endsAt_idx\` ON \`events\` (\`_status\`,\`starts_at\`,\`ends_at\`);`,
  )
  await db.run(sql`DROP INDEX \`version__status_version_startsAt_version_createdAt_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_startsAt_version_endsAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_starts_at\`,\`version_ends_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_startsAt_endsAt_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_status_startsAt_createdAt_idx\` ON \`events\` (\`_status\`,\`starts_at\`,\`created_at\`);`,
  )
  await db.run(sql`DROP INDEX \`version__status_version_startsAt_version_endsAt_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_startsAt_version_createdAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_starts_at\`,\`version_created_at\`);`,
  )
  await db.run(sql`DROP INDEX \`_status_startsAt_endsAt_1_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_status_startsAt_endsAt_idx\` ON \`event_occurrences\` (\`_status\`,\`starts_at\`,\`ends_at\`);`,
  )
}
