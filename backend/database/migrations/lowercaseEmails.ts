import type { Payload } from 'payload'

/**
 * The data step of the `lowercase_emails` migrations (SQLite and PostgreSQL):
 * every stored email trimmed and lower-cased, as `normaliseEmail` stores new
 * ones (src/privacy/normaliseEmail.ts), so rows written before it match a
 * privacy request exactly too. Only rows that differ are written.
 */
export const EMAIL_COLUMNS: { table: string; column: string }[] = [
  { table: 'donations', column: 'donor_email' },
  { table: 'gift_aid_declarations', column: 'donor_email' },
  { table: 'training_requests', column: 'email' },
  { table: 'groups', column: 'contact_email' },
  { table: '_groups_v', column: 'version_contact_email' },
  { table: 'site_settings', column: 'contact_email' },
]

type SqlAdapter = {
  drizzle: unknown
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
}

/** Runs inside the migration's transaction (`db`), through the adapter's own `execute`. */
export const lowercaseStoredEmails = async (db: unknown, payload: Payload): Promise<void> => {
  const adapter = payload.db as unknown as SqlAdapter
  const run = (raw: string) => adapter.execute({ drizzle: db ?? adapter.drizzle, raw })
  const normalised = (column: string) => `lower(trim("${column}"))`
  for (const { table, column } of EMAIL_COLUMNS) {
    await run(
      `UPDATE "${table}" SET "${column}" = ${normalised(column)} WHERE "${column}" <> ${normalised(column)}`,
    )
  }
  // Sign-in addresses are unique: two accounts differing only in case are left for an admin to merge.
  await run(
    `UPDATE "users" SET "email" = ${normalised('email')} WHERE "email" <> ${normalised('email')} AND NOT EXISTS (SELECT 1 FROM "users" AS "other" WHERE "other"."id" <> "users"."id" AND lower(trim("other"."email")) = lower(trim("users"."email")))`,
  )
}
