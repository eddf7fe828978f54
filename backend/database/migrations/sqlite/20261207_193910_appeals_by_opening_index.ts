import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { adoptPushedChanges } from '../adopt.ts'
import snapshot from './20261207_193910_appeals_by_opening_index.json' with { type: 'json' }

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // A development start may have pushed this change already (docs/contributing.md, "Migrations").
  if (
    await adoptPushedChanges({
      db,
      name: '20261207_193910_appeals_by_opening_index',
      payload,
      snapshot,
    })
  )
    return
  await db.run(
    sql`CREATE INDEX \`_status_opensAt_createdAt_closesAt_idx\` ON \`donation_appeals\` (\`_status\`,\`opens_at\`,\`created_at\`,\`closes_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`compound_index_idx\` ON \`_donation_appeals_v\` (\`version__status\`,\`version_opens_at\`,\`version_created_at\`,\`version_closes_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_opensAt_createdAt_closesAt_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
}
