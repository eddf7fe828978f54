import type { BackupManifest } from '../backend/database/backup.ts'
import type { AdapterName } from './helpers/databases.ts'
import type { TestBackend } from './helpers/harness.ts'
import type { FreshDatabase, ProcessResult, RunningTestServer } from './helpers/server.ts'

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { ApiClient } from './helpers/client.ts'
import { createDoc, unique, uploadImage } from './helpers/content.ts'
import {
  countDonations,
  deliver,
  externalId,
  ledgerOf,
  publicTotals,
  sumOf,
  WEBHOOK_SECRET,
} from './helpers/donations.ts'
import { bootBackend, describeForEachAdapter, untilServing } from './helpers/harness.ts'
import {
  createFreshDatabase,
  runToExit,
  spawnScript,
  startServerProcess,
} from './helpers/server.ts'

/**
 * The restore drill (docs/operators.md, "Backups"): `npm run backup` taken
 * while signed donations and editors' saves keep arriving, restored with
 * `npm run restore` into an empty database and media folder, and a server
 * started on it. Everything acknowledged before the backup started is there,
 * the totals equal the ledger (no half-written gift), logins and media work.
 */
const ENV = { DONATIONS_WEBHOOK_SECRET: WEBHOOK_SECRET }
const CONCURRENCY = 4
/** Deliveries answered before the backup starts, and the least sent in all. */
const BEFORE_BACKUP = 30
const AT_LEAST = 90

const acknowledged = (status: number) => status === 200 || status === 201

const runTool = (
  script: 'backup' | 'restore',
  args: string[],
  target: { uri: string; mediaDir: string },
): Promise<ProcessResult> =>
  runToExit(
    spawnScript(`backend/cli/${script}.ts`, args, {
      DATABASE_URI: target.uri,
      MEDIA_DIR: target.mediaDir,
      PG_BIN: process.env.PG_BIN,
    }),
    `npm run ${script}`,
    180_000,
  )

const tempDir = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix))

describeForEachAdapter('backups that restore', (adapter: AdapterName) => {
  let backend: TestBackend
  let restoredDatabase: FreshDatabase | undefined
  let restored: RunningTestServer | undefined
  const dirs: string[] = []
  /** The drill's backup, which the second test spoils. */
  let backupDir = ''

  afterAll(async () => {
    await restored?.stop()
    await backend?.server.stop()
    await restoredDatabase?.drop()
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  }, 60_000)

  it('restores a backup taken mid-burst with every acknowledged gift, totals equal to the ledger, logins and media', async () => {
    const mediaDir = tempDir('charity-media-')
    backupDir = path.join(tempDir('charity-backup-'), 'backup')
    const restoredMedia = tempDir('charity-restored-media-')
    dirs.push(mediaDir, path.dirname(backupDir), restoredMedia)

    backend = await bootBackend(adapter, { env: { ...ENV, MEDIA_DIR: mediaDir } })
    const editor = await backend.createUser('editor')
    const image = await uploadImage(backend)
    const imagePath = new URL(image.url as string).pathname
    const picture = await backend.api.request(imagePath)
    expect(picture.status).toBe(200)
    const appeal = await createDoc(backend, 'donation-appeals', {
      title: unique('Backup appeal'),
      currency: 'GBP',
      targetAmount: 10_000_000,
      _status: 'published',
    })

    // Deliveries (and saves beside them) go on until the backup has finished and at least AT_LEAST were sent.
    let backup: Promise<ProcessResult> | undefined
    let backupDone = false
    const ackedBeforeBackup = new Set<string>()
    const sent = new Map<string, number>()
    let ackedAfterBackup = 0
    let next = 0
    const sender = async () => {
      while (!backupDone || next < AT_LEAST) {
        const gift = {
          externalId: externalId('backup'),
          appeal: appeal.id,
          amount: 100 + next++,
          currency: 'GBP',
        }
        const status = (await deliver(backend, gift)).status
        sent.set(gift.externalId, gift.amount)
        if (!acknowledged(status)) throw new Error(`a delivery answered ${status}`)
        if (!backup) ackedBeforeBackup.add(gift.externalId)
        else if (backupDone) ackedAfterBackup++
        if (!backup && ackedBeforeBackup.size >= BEFORE_BACKUP) {
          backup = runTool('backup', ['--out', backupDir], { uri: backend.database.uri, mediaDir })
          void backup.finally(() => (backupDone = true))
        }
      }
    }
    const saver = async () => {
      while (!backupDone) {
        const saved = await backend.api.request('/api/posts', {
          body: { title: unique('Saved during the backup'), _status: 'published' },
          token: editor.token,
        })
        expect(saved.status).toBe(201)
      }
    }
    await Promise.all([...Array.from({ length: CONCURRENCY }, sender), saver()])
    const made = await (backup as Promise<ProcessResult>)
    expect({ code: made.code, stderr: made.stderr }).toEqual({ code: 0, stderr: '' })
    // Mid-burst: gifts were still being acknowledged once the backup had finished.
    expect(ackedAfterBackup).toBeGreaterThan(0)

    const manifest = JSON.parse(
      readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'),
    ) as BackupManifest
    expect(manifest).toMatchObject({
      format: 1,
      database: {
        kind: adapter,
        method: adapter === 'sqlite' ? 'VACUUM INTO' : 'pg_dump --format=custom',
      },
      media: { storage: 'local' },
    })
    expect(manifest.media.files.length).toBeGreaterThan(0)
    expect(manifest.rowCounts.donations).toBeGreaterThanOrEqual(BEFORE_BACKUP)

    // A target that holds anything is refused, and left as it was.
    const donationsBefore = await countDonations(backend)
    const refused = await runTool('restore', [backupDir], { uri: backend.database.uri, mediaDir })
    expect({ code: refused.code, stderr: refused.stderr }).toEqual({
      code: 1,
      stderr: expect.stringContaining('is not empty'),
    })
    expect(await countDonations(backend)).toBe(donationsBefore)

    restoredDatabase = await createFreshDatabase(adapter)
    const restoring = await runTool('restore', [backupDir], {
      uri: restoredDatabase.uri,
      mediaDir: restoredMedia,
    })
    expect({ code: restoring.code, stderr: restoring.stderr }).toEqual({ code: 0, stderr: '' })

    restored = await startServerProcess({
      DATABASE_URI: restoredDatabase.uri,
      MEDIA_DIR: restoredMedia,
      ...ENV,
    })
    const after: TestBackend = { ...backend, url: restored.url, api: new ApiClient(restored.url) }
    await untilServing(after.api)
    // Logins work: the admin signs in with the password it had.
    after.admin = {
      ...backend.admin,
      token: await after.api.login(backend.admin.email, backend.admin.password),
    }

    const ledger = await ledgerOf(after, appeal.id)
    const ids = ledger.map((row) => row.externalId)
    expect(new Set(ids).size).toBe(ids.length)
    // Nothing acknowledged before the backup started is lost; nothing there was never sent.
    expect([...ackedBeforeBackup].filter((id) => !ids.includes(id))).toEqual([])
    expect(ledger.filter((row) => sent.get(row.externalId) !== row.amount)).toEqual([])
    // No half-written gift: the appeal's totals are the ledger's sums, and the manifest's.
    expect(await publicTotals(after, appeal.id)).toEqual(sumOf(ledger))
    expect(manifest.ledger.GBP).toEqual({ rows: ledger.length, amount: sumOf(ledger).raisedAmount })

    const restoredPicture = await after.api.request(imagePath)
    expect(restoredPicture.status).toBe(200)
    expect(restoredPicture.headers.get('content-length')).toBe(
      picture.headers.get('content-length'),
    )
  }, 600_000)

  it('refuses a damaged backup, and one made by a newer version, before touching the target', async () => {
    // The drill's backup, copied and spoiled two ways.
    const source = backupDir
    expect(source).not.toBe('')
    const spoiled = tempDir('charity-spoiled-')
    dirs.push(spoiled)
    const target = {
      uri: `file:${path.join(spoiled, 'target.db')}`,
      mediaDir: path.join(spoiled, 'media'),
    }
    const pgTarget = adapter === 'postgres' ? await createFreshDatabase(adapter) : undefined
    try {
      const into = pgTarget ? { ...target, uri: pgTarget.uri } : target

      const newer = path.join(spoiled, 'newer')
      cpSync(source, newer, { recursive: true })
      const manifest = JSON.parse(readFileSync(path.join(newer, 'manifest.json'), 'utf8'))
      manifest.migrations.push('29991231_000000_from_the_future')
      writeFileSync(path.join(newer, 'manifest.json'), JSON.stringify(manifest))
      const refusedNewer = await runTool('restore', [newer], into)
      expect({ code: refusedNewer.code, stderr: refusedNewer.stderr }).toEqual({
        code: 1,
        stderr: expect.stringContaining('29991231_000000_from_the_future'),
      })

      const damaged = path.join(spoiled, 'damaged')
      cpSync(source, damaged, { recursive: true })
      const dump = path.join(damaged, (manifest as BackupManifest).database.path)
      const bytes = readFileSync(dump)
      bytes[bytes.length - 1] ^= 0xff
      writeFileSync(dump, bytes)
      const refusedDamaged = await runTool('restore', [damaged], into)
      expect({ code: refusedDamaged.code, stderr: refusedDamaged.stderr }).toEqual({
        code: 1,
        stderr: expect.stringContaining('damaged'),
      })
      // Nothing was written: no SQLite file, no media folder, no PostgreSQL table.
      expect(existsSync(path.join(spoiled, 'target.db'))).toBe(false)
      expect(existsSync(target.mediaDir)).toBe(false)
    } finally {
      await pgTarget?.drop()
    }
  }, 300_000)
})
