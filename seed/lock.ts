import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import { link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises'
import { hostname, uptime } from 'node:os'
import path from 'node:path'

/**
 * One seed at a time per database, across processes: `npm run seed` twice, or
 * `npm run seed` while `npm run dev` seeds an empty database. A second seed
 * waits for the first and then finds everything there (so it creates
 * nothing), instead of racing it to create the same accounts and files.
 *
 * - PostgreSQL: a session-level advisory lock on a connection of its own.
 *   PostgreSQL frees it when the connection ends, so a killed seed never
 *   leaves it behind.
 * - SQLite: a lock file beside the database file, created atomically, naming
 *   its holder's process. A holder that no longer runs (killed, or from
 *   before a reboot) no longer counts.
 * - MongoDB: a lease document that the holder renews while it runs; one not
 *   renewed for a while no longer counts.
 */

/**
 * The database as the backend's config describes it (`custom.database`, set
 * by payload.config.ts): which kind, where, and the advisory lock key the
 * backend keeps for the seed among its others.
 */
export type SeedDatabase = {
  kind: 'mongodb' | 'postgres' | 'sqlite'
  uri: string
  advisoryLockKeys: { seed: number }
}

/** `custom.database` of a config, checked: a config without it cannot be seeded safely. */
export const seedDatabaseOf = (config: { custom?: Record<string, unknown> }): SeedDatabase => {
  const database = config.custom?.database as SeedDatabase | undefined
  if (!database?.kind || !database.uri || !database.advisoryLockKeys) {
    throw new Error(
      'The Payload config does not describe its database in custom.database (payload.config.ts sets it): the seed cannot take its lock.',
    )
  }
  return database
}

/** How often a waiting seed looks again (SQLite, MongoDB). */
const POLL_MS = 250

export type SeedLockLog = (line: string) => void

type Release = () => Promise<void>

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const WAITING = 'Another seed is running on this database; waiting for it to finish…'

// PostgreSQL ----------------------------------------------------------------

const advisoryLock = async (
  connectionString: string,
  key: number,
  log: SeedLockLog,
): Promise<Release> => {
  // A connection of its own, kept for the whole run: the lock belongs to that session.
  // Loaded here, not at the top: a SQLite start (which runs the first-start seed) never needs it.
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString })
  // An error on an idle connection would otherwise crash the process; the lock is gone with it.
  client.on('error', () => undefined)
  await client.connect()
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1) AS locked',
      [key],
    )
    if (!rows[0]?.locked) {
      log(WAITING)
      await client.query('SELECT pg_advisory_lock($1)', [key])
    }
  } catch (error) {
    await client.end().catch(() => undefined)
    throw error
  }
  // Ending the session frees the lock.
  return () => client.end().catch(() => undefined)
}

// SQLite --------------------------------------------------------------------

type Holder = { pid: number; host: string; since: number }

/** The database file behind a libsql URL, or null for one no other process can open (`:memory:`). */
export const sqliteFileOf = (url: string | undefined): null | string => {
  if (!url) return null
  const file = url.replace(/^file:/, '').replace(/\?.*$/, '')
  if (!file || file === ':memory:' || url.includes('mode=memory')) return null
  // Relative to the working directory, as libsql opens it.
  return path.resolve(file)
}

const readHolder = async (file: string): Promise<Holder | null | 'gone'> => {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<Holder>
    return typeof parsed.pid === 'number' && typeof parsed.since === 'number'
      ? { pid: parsed.pid, host: String(parsed.host ?? ''), since: parsed.since }
      : null
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone'
    return null
  }
}

const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * A holder that cannot still be seeding: its process is gone, or the lock
 * predates this machine's last boot (its process id may now be someone
 * else's). A lock from another machine (a shared disk) is never judged.
 */
const stale = (holder: Holder): boolean => {
  if (holder.host !== hostname()) return false
  const bootedAt = Date.now() - uptime() * 1000
  return holder.since < bootedAt || !running(holder.pid)
}

const sameHolder = (a: Holder | null | 'gone', b: Holder) =>
  a !== null && a !== 'gone' && a.pid === b.pid && a.since === b.since && a.host === b.host

/**
 * Remove a stale lock, unless someone else replaced it meanwhile. Two waiters
 * may find the same stale lock; the takeover file lets only one remove it, and
 * that one checks again first, so nobody ever removes a live lock.
 */
const removeStale = async (file: string, seen: Holder): Promise<void> => {
  const guard = `${file}.takeover`
  try {
    await writeFile(guard, String(process.pid), { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    // The guard is held for a moment only; one older than a minute was left by a crash.
    const age = await stat(guard).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    )
    if (age > 60_000) await unlink(guard).catch(() => undefined)
    return
  }
  try {
    if (sameHolder(await readHolder(file), seen)) await unlink(file).catch(() => undefined)
  } finally {
    await unlink(guard).catch(() => undefined)
  }
}

const lockFile = async (databaseFile: string, log: SeedLockLog): Promise<Release> => {
  const file = `${databaseFile}.seed-lock`
  const me: Holder = { pid: process.pid, host: hostname(), since: Date.now() }
  // Written whole under a private name, then linked into place: link fails if the lock exists,
  // and a reader never sees a half-written holder.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(draft, JSON.stringify(me), { flag: 'wx' })
  let announced = false
  let unreadable = 0
  try {
    for (;;) {
      try {
        await link(draft, file)
        break
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const holder = await readHolder(file)
      if (holder === 'gone') continue
      if (holder === null) {
        // Not written by this code (or damaged): give it a minute, then treat it as stale.
        unreadable += POLL_MS
        if (unreadable > 60_000) await unlink(file).catch(() => undefined)
      } else if (stale(holder)) {
        log(`Removing a seed lock left by process ${holder.pid}, which is no longer running.`)
        await removeStale(file, holder)
        continue
      }
      if (!announced) {
        log(`${WAITING} (lock: ${file})`)
        announced = true
      }
      await sleep(POLL_MS)
    }
  } finally {
    await unlink(draft).catch(() => undefined)
  }
  return async () => {
    // Only our own lock: never one a stale-lock takeover gave to someone else.
    if (sameHolder(await readHolder(file), me)) await unlink(file).catch(() => undefined)
  }
}

// MongoDB -------------------------------------------------------------------

type LeaseDoc = { _id: string; owner: string; expiresAt: Date }
type MongoCollection = {
  insertOne: (doc: LeaseDoc) => Promise<unknown>
  findOneAndUpdate: (filter: object, update: object) => Promise<unknown>
  updateOne: (filter: object, update: object) => Promise<unknown>
  deleteOne: (filter: object) => Promise<unknown>
}
type MongoConnection = { db?: { collection: (name: string) => MongoCollection } }

const LEASE_MS = 30_000

const mongoLease = async (connection: MongoConnection, log: SeedLockLog): Promise<Release> => {
  const locks = connection.db?.collection('charity-seed-lock')
  if (!locks) throw new Error('The MongoDB connection is not open: cannot take the seed lock.')
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
  const lease = () => new Date(Date.now() + LEASE_MS)
  let announced = false
  for (;;) {
    try {
      await locks.insertOne({ _id: 'seed', owner, expiresAt: lease() })
      break
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error
    }
    // An expired lease is taken over in one atomic step, so only one waiter gets it.
    const taken = await locks.findOneAndUpdate(
      { _id: 'seed', expiresAt: { $lt: new Date() } },
      { $set: { owner, expiresAt: lease() } },
    )
    if (taken) break
    if (!announced) {
      log(WAITING)
      announced = true
    }
    await sleep(POLL_MS)
  }
  const renew = setInterval(() => {
    void locks
      .updateOne({ _id: 'seed', owner }, { $set: { expiresAt: lease() } })
      .catch(() => undefined)
  }, LEASE_MS / 3)
  return async () => {
    clearInterval(renew)
    await locks.deleteOne({ _id: 'seed', owner }).catch(() => undefined)
  }
}

// ---------------------------------------------------------------------------

export type SeedLock = {
  /** Call once Payload is connected (MongoDB's lock lives in the database Payload connected to). */
  connected: (payload: Payload) => Promise<void>
  release: () => Promise<void>
}

/**
 * Take the seed lock of the database the config describes, waiting while
 * another seed holds it. On SQLite and PostgreSQL it is taken before Payload
 * connects: on a new database, connecting creates the schema in development
 * (Payload's schema push), and two processes creating the same tables at once
 * fail. MongoDB has no schema to create, so its lock is taken in `connected`.
 */
export const lockSeeding = async (database: SeedDatabase, log: SeedLockLog): Promise<SeedLock> => {
  const { kind, uri } = database
  if (kind === 'postgres') {
    const release = await advisoryLock(uri, database.advisoryLockKeys.seed, log)
    return { connected: async () => undefined, release }
  }
  if (kind === 'sqlite') {
    const file = sqliteFileOf(uri)
    const release = file ? await lockFile(file, log) : async () => undefined
    return { connected: async () => undefined, release }
  }
  let release: Release = async () => undefined
  return {
    connected: async (payload) => {
      const db = payload.db as unknown as { connection?: MongoConnection }
      if (!db.connection)
        throw new Error('Payload is not connected to MongoDB: cannot take the seed lock.')
      release = await mongoLease(db.connection, log)
    },
    release: () => release(),
  }
}
