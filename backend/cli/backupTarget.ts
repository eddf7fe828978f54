import type { BackupTarget } from '../database/backup.ts'

import path from 'node:path'

import { DEFAULT_MEDIA_DIR } from '../config/environment.ts'
import { databaseFacts } from '../database/adapter.ts'

/** The database and media folder the server would use, from the same variables (DATABASE_URI, MEDIA_DIR, S3_BUCKET). */
export const backupTargetFromEnv = (env = process.env): BackupTarget => ({
  databaseUri: databaseFacts(env.DATABASE_URI).uri,
  mediaDir: env.S3_BUCKET?.trim() ? undefined : path.resolve(env.MEDIA_DIR || DEFAULT_MEDIA_DIR),
})

export const BACKUP_NOTES = `Environment (the server's own):
  DATABASE_URI   the database (unset: SQLite at ./.data/charity.db)
  MEDIA_DIR      the media folder (default .data/media); with S3_BUCKET set media is
                 left to the bucket's versioning
  PG_BIN         the folder of pg_dump and pg_restore (default: the highest
                 /usr/lib/postgresql/<version>/bin, else PATH)

Exit status: 0 done, 1 failed (nothing was changed), 2 bad usage.`
