/**
 * `npm run restore -- <dir> [--force]`: puts a backup made by `npm run backup`
 * into the database and media folder the environment names, the server
 * stopped (backend/database/backup.ts; docs/operators.md, "Backups").
 */
import path from 'node:path'

import { restoreBackup } from '../database/backup.ts'
import { BACKUP_NOTES, backupTargetFromEnv } from './backupTarget.ts'
import { runCli } from './runCli.ts'

await runCli({
  command: 'npm run restore',
  description:
    'Restores a backup folder after checking its manifest, its checksums and its migrations.\nRefuses a database or media folder that holds anything, unless --force. Stop the server first.',
  positionals: [{ name: 'dir', help: 'the backup folder (with manifest.json)' }],
  options: {
    force: { type: 'boolean', help: 'replace what the target database and media folder hold' },
  },
  notes: BACKUP_NOTES,
  run: async ({ values, positionals }) => {
    const dir = path.resolve(positionals[0])
    const { manifest, pendingMigrations } = await restoreBackup(dir, backupTargetFromEnv(), {
      replace: values.force,
    })
    console.log(
      `Restored the backup of ${manifest.createdAt} (${Object.keys(manifest.rowCounts).length} tables, row counts checked; ${manifest.media.files.length} media files).`,
    )
    if (pendingMigrations.length) {
      console.log(
        `Migrations to run on the next production start: ${pendingMigrations.join(', ')}.`,
      )
    }
  },
})
