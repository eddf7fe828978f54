import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'

import { lockSeeding, type SeedDatabase, sqliteFileOf } from '../../seed/lock.ts'
import { filesMadeFrom } from '../../seed/mediaFiles.ts'

describe('filesMadeFrom (the files Payload makes from a sample picture’s name)', () => {
  const entries = [
    'sample-support-us.png',
    'sample-support-us-400x300.png',
    'sample-support-us-1600x900.png',
    'sample-support-us-1.png',
    'sample-support-us-1-768x512.png',
    'sample-support-us-12.png',
    // Not made from that name: another picture, another extension, a longer name.
    'sample-support.png',
    'sample-support-us.jpg',
    'sample-support-us-extra.png',
    'my-sample-support-us.png',
  ]

  it('finds the file, its sizes and its numbered copies, each with the upload it belongs to', () => {
    expect(filesMadeFrom('sample-support-us.png', entries)).toEqual([
      { file: 'sample-support-us.png', upload: 'sample-support-us.png' },
      { file: 'sample-support-us-400x300.png', upload: 'sample-support-us.png' },
      { file: 'sample-support-us-1600x900.png', upload: 'sample-support-us.png' },
      { file: 'sample-support-us-1.png', upload: 'sample-support-us-1.png' },
      { file: 'sample-support-us-1-768x512.png', upload: 'sample-support-us-1.png' },
      { file: 'sample-support-us-12.png', upload: 'sample-support-us-12.png' },
    ])
  })

  it('reads dots in the name literally', () => {
    expect(filesMadeFrom('a.b.png', ['a.b.png', 'aXb.png', 'a.b-1.png'])).toEqual([
      { file: 'a.b.png', upload: 'a.b.png' },
      { file: 'a.b-1.png', upload: 'a.b-1.png' },
    ])
  })
})

describe('sqliteFileOf', () => {
  it('resolves a file URL against the working directory, without its query', () => {
    expect(sqliteFileOf('file:./.data/charity.db?mode=rwc')).toBe(path.resolve('.data/charity.db'))
    expect(sqliteFileOf('file:/tmp/x.db')).toBe('/tmp/x.db')
  })

  it('has no file for an in-memory database', () => {
    expect(sqliteFileOf('file::memory:')).toBeNull()
    expect(sqliteFileOf(':memory:')).toBeNull()
  })
})

describe('the seed lock on SQLite (a lock file beside the database)', () => {
  let dir: string
  let uri: SeedDatabase
  let lockFile: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'charity-seed-lock-'))
    uri = {
      kind: 'sqlite',
      uri: `file:${path.join(dir, 'test.db')}`,
      advisoryLockKeys: { seed: 1 },
    }
    lockFile = path.join(dir, 'test.db.seed-lock')
  })
  afterEach(() => rmSync(dir, { force: true, recursive: true }))

  it('makes a second seed wait until the first releases it, and says so', async () => {
    const lines: string[] = []
    const first = await lockSeeding(uri, (line) => lines.push(line))
    expect(existsSync(lockFile)).toBe(true)
    let secondHolds = false
    const second = lockSeeding(uri, (line) => lines.push(line)).then((lock) => {
      secondHolds = true
      return lock
    })
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(secondHolds).toBe(false)
    expect(lines).toEqual([expect.stringMatching(/^Another seed is running on this database/)])
    await first.release()
    const lock = await second
    expect(secondHolds).toBe(true)
    await lock.release()
    expect(existsSync(lockFile)).toBe(false)
  })

  it('takes over a lock whose process no longer runs, at once', async () => {
    // A real process id that has just ended.
    const { pid } = spawnSync(process.execPath, ['-e', ''])
    writeFileSync(lockFile, JSON.stringify({ pid, host: hostname(), since: Date.now() }))
    const lines: string[] = []
    const started = Date.now()
    const lock = await lockSeeding(uri, (line) => lines.push(line))
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(lines).toEqual([
      `Removing a seed lock left by process ${pid}, which is no longer running.`,
    ])
    await lock.release()
  })

  it('takes over a lock from before this machine last started, whatever its process id', async () => {
    writeFileSync(lockFile, JSON.stringify({ pid: process.pid, host: hostname(), since: 0 }))
    const lock = await lockSeeding(uri, () => undefined)
    await lock.release()
    expect(existsSync(lockFile)).toBe(false)
  })
})
