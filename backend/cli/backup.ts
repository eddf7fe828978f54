/**
 * `npm run backup [-- --out DIR]`: a consistent copy of the database and the
 * media folder, taken while the server runs, with a manifest
 * (backend/database/backup.ts; docs/operators.md, "Backups").
 */
import path from 'node:path'

import { createBackup } from '../database/backup.ts'
import { BACKUP_NOTES, backupTargetFromEnv } from './backupTarget.ts'
import { runCli } from './runCli.ts'

const defaultFolder = () =>
  path.join('.data', 'backups', new Date().toISOString().replaceAll(':', '-').replace(/\..*$/, ''))

await runCli({
  command: 'npm run backup',
  description:
    'Copies the database (SQLite: VACUUM INTO; PostgreSQL: pg_dump on one snapshot) and the\nmedia folder into a new folder, with manifest.json (migrations, row counts, ledger, checksums).\nSafe while the server runs.',
  options: {
    out: {
      type: 'string',
      value: 'DIR',
      help: 'the new folder to write (default .data/backups/<UTC time>)',
    },
  },
  notes: BACKUP_NOTES,
  run: async ({ values }) => {
    const out = path.resolve(values.out ?? defaultFolder())
    const manifest = await createBackup(backupTargetFromEnv(), out)
    const rows = Object.values(manifest.rowCounts).reduce((sum, n) => sum + n, 0)
    console.log(
      `Backed up ${manifest.database.kind} (${manifest.database.method}, ${Object.keys(manifest.rowCounts).length} tables, ${rows} rows) and ${manifest.media.storage === 'local' ? `${manifest.media.files.length} media files` : 'no media (S3)'} to ${out}.`,
    )
  },
})
