import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { adoptPushedChanges } from '../adopt.ts'
import { lowercaseStoredEmails } from '../lowercaseEmails.ts'
import snapshot from './20261207_033109_lowercase_emails.json' with { type: 'json' }

/** A data migration (no schema change): every stored email trimmed and lower-cased, as new ones are stored. */
export async function up({ db, payload }: MigrateUpArgs): Promise<void> {
  // Adopting a pushed schema skips DDL only: a development push never lower-cased the rows, so they are fixed either way.
  if (await adoptPushedChanges({ db, name: '20261207_033109_lowercase_emails', payload, snapshot }))
    return lowercaseStoredEmails(db, payload)
  await lowercaseStoredEmails(db, payload)
}

/** The original case is not kept: nothing to undo (matching ignores case either way). */
export async function down(_args: MigrateDownArgs): Promise<void> {}
