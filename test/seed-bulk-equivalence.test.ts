import type { AdapterName } from './helpers/databases.ts'

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describeForEachAdapter } from './helpers/harness.ts'
import { createFreshDatabase, runToExit, spawnScript } from './helpers/server.ts'

/** 10 of each: 30 documents, drafts and published among them (seed 7 makes both for each collection). */
const COUNT = 10
/** Both runs plan from the same day, so dates and slugs match. */
const NOW = '2026-06-01T12:00:00.000Z'

/** What may differ between two databases filled the same way: ids the database picks, and clocks. */
const IGNORED = new Set(['id', 'createdAt', 'updatedAt'])

const normalize = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !IGNORED.has(key))
        .map(([key, inner]) => [key, normalize(inner)]),
    )
  }
  return value
}

/** The generated documents as Payload returns them, after `--scale` took the given path on a fresh database. */
const dumpAfter = async (adapter: AdapterName, bulkPath: 'local-api' | 'sql') => {
  const database = await createFreshDatabase(adapter)
  const mediaDir = mkdtempSync(path.join(tmpdir(), 'charity-bulk-media-'))
  try {
    const run = await runToExit(
      spawnScript(
        'test/helpers/bulkDump.ts',
        ['--path', bulkPath, '--count', String(COUNT), '--now', NOW],
        { DATABASE_URI: database.uri, MEDIA_DIR: mediaDir },
      ),
      `bulk dump (${bulkPath})`,
      240_000,
    )
    const line = run.stdout.split('\n').find((each) => each.startsWith('BULK-DUMP '))
    if (run.code !== 0 || !line) {
      throw new Error(
        `bulkDump.ts --path ${bulkPath} failed (${run.code}):\n${run.stdout}\n${run.stderr}`,
      )
    }
    return JSON.parse(line.slice('BULK-DUMP '.length)) as Record<string, unknown>
  } finally {
    await database.drop().catch(() => undefined)
    rmSync(mediaDir, { force: true, recursive: true })
  }
}

describeForEachAdapter('seed --scale: the bulk path', (adapter) => {
  if (adapter === 'mongodb') {
    it('is not used on MongoDB (the Local API path writes the generated documents)', () =>
      undefined)
    return
  }

  it('stores exactly what the Local API stores: documents, drafts, every locale and versions', async () => {
    const reference = await dumpAfter(adapter, 'local-api')
    const bulk = await dumpAfter(adapter, 'sql')
    expect(bulk.created).toBe(COUNT * 3)
    expect(reference.created).toBe(COUNT * 3)
    // Both kinds of document are compared, not only the common one.
    const posts = reference.posts as { drafts: { _status: string }[] }
    expect(new Set(posts.drafts.map((doc) => doc._status))).toEqual(new Set(['draft', 'published']))
    const { reads, sampleImages, ...stored } = bulk
    const { reads: referenceReads, sampleImages: _, ...referenceStored } = reference
    expect(normalize(stored)).toEqual(normalize(referenceStored))
    // The hooks' lookups of bylines and images are answered from memory after the first of each:
    // at most one read per staff account who writes (author, editor, admin), and one per sample
    // image and publisher (editor, admin: the alt check reads as them); one per document would be
    // 10 and about 20.
    const bulkReads = reads as Record<string, number>
    expect(bulkReads.users ?? 0).toBeLessThanOrEqual(3)
    expect(bulkReads.media ?? 0).toBeLessThanOrEqual(2 * (sampleImages as number))
    expect((referenceReads as Record<string, number>).users).toBeGreaterThan(3)
  }, 480_000)
})
