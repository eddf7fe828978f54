/**
 * Backups that restore (`npm run backup`, `npm run restore`; docs/operators.md,
 * "Backups"): one consistent copy of the database taken while the server
 * runs, the local media folder beside it, and a manifest that lets a restore
 * check what it was given before it touches anything.
 *
 * - SQLite: `VACUUM INTO` a new file: one read transaction, so one instant of
 *   the database, while writers carry on (WAL). The counts are read from the
 *   copy, so they describe exactly what was copied.
 * - PostgreSQL: `pg_dump --format=custom` (the client tools must be there, see
 *   `postgresTool`) run on a snapshot exported from a repeatable-read
 *   transaction, in which the manifest's counts are read too: the dump and the
 *   counts are the same instant. pg_dump over a COPY-based dump of our own
 *   because it carries the whole schema (types, indexes, sequences) and
 *   pg_restore checks what it reads.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, readdirSync } from 'node:fs'
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { databaseKind, migrationDirOf } from './adapter.ts'

/** Bumped when the manifest or the folder's layout changes; a restore refuses what it does not know. */
export const BACKUP_FORMAT = 1

export const MANIFEST_FILE = 'manifest.json'
const MEDIA_FOLDER = 'media'

export type BackedUpFile = { path: string; bytes: number; sha256: string }

export type BackupManifest = {
  format: typeof BACKUP_FORMAT
  createdAt: string
  database: BackedUpFile & {
    kind: 'postgres' | 'sqlite'
    method: 'pg_dump --format=custom' | 'VACUUM INTO'
  }
  /** What `payload_migrations` held at the snapshot (`dev` when the schema was pushed in development). */
  migrations: string[]
  /** Rows of every table at the snapshot. */
  rowCounts: Record<string, number>
  /** The donations ledger at the snapshot, per currency, in minor units. */
  ledger: Record<string, { rows: number; amount: number }>
  /** `local`: every file of the media folder, under media/; `s3`: not copied (the bucket's versioning keeps it). */
  media: { storage: 'local' | 's3'; files: BackedUpFile[] }
}

/** Where a tool finds the database and the media: the server's own variables. */
export type BackupTarget = { databaseUri: string; mediaDir: string | undefined }

/** Any SQL client the helpers below need: run a statement, get plain rows. */
type Query = (sql: string) => Promise<Record<string, unknown>[]>

const sha256Of = (file: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })

const describeFile = async (root: string, relative: string): Promise<BackedUpFile> => {
  const file = path.join(root, relative)
  return { path: relative, bytes: (await stat(file)).size, sha256: await sha256Of(file) }
}

/** Every file under `dir`, as paths relative to it, sorted. */
const filesUnder = async (dir: string): Promise<string[]> => {
  if (!existsSync(dir)) return []
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`

/** Counts, migrations and the ledger, read through `query` (inside the snapshot's transaction). */
const contentsOf = async (query: Query, tables: string[]) => {
  const rowCounts: Record<string, number> = {}
  for (const table of tables) {
    const [row] = await query(`SELECT count(*) AS n FROM ${quoted(table)}`)
    rowCounts[table] = Number(row.n)
  }
  const migrations = tables.includes('payload_migrations')
    ? (await query('SELECT name FROM payload_migrations ORDER BY id')).map((row) =>
        String(row.name),
      )
    : []
  const ledger: BackupManifest['ledger'] = {}
  if (tables.includes('donations')) {
    const rows = await query(
      'SELECT currency, count(*) AS n, sum(amount) AS total FROM donations GROUP BY currency ORDER BY currency',
    )
    for (const row of rows) {
      ledger[String(row.currency)] = { rows: Number(row.n), amount: Number(row.total) }
    }
  }
  return { rowCounts, migrations, ledger }
}

/** The SQLite file a `file:` URI names, resolved as libsql resolves it (from the working directory). */
export const sqliteFileOf = (uri: string): string =>
  path.resolve(decodeURIComponent(uri.replace(/^file:(\/\/)?/, '').replace(/\?.*$/, '')))

const sqliteQuery = async (file: string) => {
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: `file:${file}` })
  const query: Query = async (sql) => (await client.execute(sql)).rows as Record<string, unknown>[]
  return { query, close: () => client.close() }
}

const sqliteTables = async (query: Query) =>
  (
    await query(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
  ).map((row) => String(row.name))

/**
 * A PostgreSQL client tool (`pg_dump`, `pg_restore`): `PG_BIN` when set, else
 * the highest Debian/Ubuntu server folder (/usr/lib/postgresql/<n>/bin, which
 * is not on PATH there), else PATH.
 */
export const postgresTool = (name: 'pg_dump' | 'pg_restore', env = process.env): string => {
  if (env.PG_BIN) return path.join(env.PG_BIN, name)
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian)) {
    const versions = readdirSyncSafe(debian)
      .filter((entry) => /^\d+$/.test(entry) && existsSync(path.join(debian, entry, 'bin', name)))
      .sort((a, b) => Number(b) - Number(a))
    if (versions.length) return path.join(debian, versions[0], 'bin', name)
  }
  return name
}

const readdirSyncSafe = (dir: string): string[] => {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

const run = promisify(execFile)

/** Runs a libpq tool on `uri` with the password in its environment (never on its command line). */
const runPostgresTool = async (tool: 'pg_dump' | 'pg_restore', args: string[], uri: string) => {
  const url = new URL(uri)
  const password = decodeURIComponent(url.password)
  url.password = ''
  try {
    await run(postgresTool(tool), [...args, `--dbname=${url.toString()}`], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error) {
    const { code, stderr } = error as { code?: number | string; stderr?: string }
    if (code === 'ENOENT') {
      throw new Error(
        `${tool} was not found (looked in PG_BIN, /usr/lib/postgresql/<version>/bin and PATH): install the PostgreSQL client tools of your server's version, or set PG_BIN to their folder.`,
      )
    }
    throw new Error(`${tool} failed: ${stderr?.trim() || String(error)}`)
  }
}

const postgresClient = async (uri: string) => {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  const query: Query = async (sql) => (await client.query(sql)).rows
  return { query, close: () => client.end() }
}

const postgresTables = async (query: Query) =>
  (
    await query(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
    )
  ).map((row) => String(row.name))

const kindOf = (uri: string): 'postgres' | 'sqlite' => {
  const kind = databaseKind(uri)
  if (kind === 'mongodb') {
    throw new Error(
      'npm run backup and restore cover SQLite and PostgreSQL; for MongoDB use mongodump and mongorestore (docs/operators.md, "Backups").',
    )
  }
  return kind
}

/** Writes a backup of `target` into the new folder `out`, and returns its manifest. */
export const createBackup = async (target: BackupTarget, out: string): Promise<BackupManifest> => {
  const kind = kindOf(target.databaseUri)
  if (existsSync(out) && (await readdir(out)).length) {
    throw new Error(`${out} is not empty: a backup goes into a new folder.`)
  }
  await mkdir(out, { recursive: true })
  const createdAt = new Date().toISOString()

  let database: BackupManifest['database']
  let contents: Awaited<ReturnType<typeof contentsOf>>
  if (kind === 'sqlite') {
    const dumpName = 'database.sqlite'
    const source = await sqliteQuery(sqliteFileOf(target.databaseUri))
    try {
      // Waits for a writer holding the lock instead of failing; the copy is one read transaction.
      await source.query('PRAGMA busy_timeout = 10000')
      await source.query(`VACUUM INTO '${path.join(out, dumpName).replaceAll("'", "''")}'`)
    } finally {
      source.close()
    }
    const copy = await sqliteQuery(path.join(out, dumpName))
    try {
      contents = await contentsOf(copy.query, await sqliteTables(copy.query))
    } finally {
      copy.close()
    }
    database = { kind, method: 'VACUUM INTO', ...(await describeFile(out, dumpName)) }
  } else {
    const dumpName = 'database.dump'
    const source = await postgresClient(target.databaseUri)
    try {
      await source.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
      const [{ snapshot }] = await source.query('SELECT pg_export_snapshot() AS snapshot')
      contents = await contentsOf(source.query, await postgresTables(source.query))
      // pg_dump reads the very snapshot the counts were read in; it stays valid while this transaction is open.
      await runPostgresTool(
        'pg_dump',
        [
          '--format=custom',
          '--no-owner',
          '--no-privileges',
          `--snapshot=${String(snapshot)}`,
          `--file=${path.join(out, dumpName)}`,
        ],
        target.databaseUri,
      )
      await source.query('COMMIT')
    } finally {
      await source.close()
    }
    database = { kind, method: 'pg_dump --format=custom', ...(await describeFile(out, dumpName)) }
  }

  // After the database: a file uploaded since is only extra; one deleted since may be missing (docs).
  const media: BackupManifest['media'] = { storage: target.mediaDir ? 'local' : 's3', files: [] }
  if (target.mediaDir) {
    for (const relative of await filesUnder(target.mediaDir)) {
      const copied = path.join(out, MEDIA_FOLDER, relative)
      await mkdir(path.dirname(copied), { recursive: true })
      await copyFile(path.join(target.mediaDir, relative), copied)
      media.files.push(await describeFile(path.join(out, MEDIA_FOLDER), relative))
    }
  }

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt,
    database,
    ...contents,
    media,
  }
  await writeFile(path.join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/** The committed migrations this code knows for `kind` (their file names, as payload_migrations records them). */
const knownMigrations = async (kind: 'postgres' | 'sqlite') =>
  (await readdir(migrationDirOf(kind)))
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => file.slice(0, -'.ts'.length))

/** The manifest of the backup in `dir`, checked against its files; throws naming what is wrong. */
export const readBackup = async (dir: string): Promise<BackupManifest> => {
  const file = path.join(dir, MANIFEST_FILE)
  if (!existsSync(file)) throw new Error(`${dir} holds no ${MANIFEST_FILE}: not a backup folder.`)
  const manifest = JSON.parse(await readFile(file, 'utf8')) as BackupManifest
  if (manifest.format !== BACKUP_FORMAT) {
    throw new Error(
      `${file} is backup format ${String(manifest.format)}; this version restores format ${BACKUP_FORMAT}.`,
    )
  }
  const check = async (root: string, expected: BackedUpFile) => {
    const found = existsSync(path.join(root, expected.path))
      ? await describeFile(root, expected.path)
      : undefined
    if (found?.sha256 !== expected.sha256 || found.bytes !== expected.bytes) {
      throw new Error(
        `${path.join(root, expected.path)} is ${found ? 'damaged (its checksum differs from the manifest)' : 'missing'}: the backup cannot be trusted.`,
      )
    }
  }
  await check(dir, manifest.database)
  for (const media of manifest.media.files) await check(path.join(dir, MEDIA_FOLDER), media)
  return manifest
}

/** What a restore target holds already: a description per non-empty part (empty: restore away). */
const occupied = async (target: BackupTarget, kind: 'postgres' | 'sqlite') => {
  const found: string[] = []
  if (kind === 'sqlite') {
    const file = sqliteFileOf(target.databaseUri)
    if (existsSync(file) && (await stat(file)).size > 0) {
      const db = await sqliteQuery(file)
      try {
        const tables = await sqliteTables(db.query)
        if (tables.length) found.push(`the database ${file} has ${tables.length} tables`)
      } finally {
        db.close()
      }
    }
  } else {
    const db = await postgresClient(target.databaseUri)
    try {
      const tables = await postgresTables(db.query)
      if (tables.length) found.push(`the database has ${tables.length} tables`)
    } finally {
      await db.close()
    }
  }
  if (target.mediaDir && (await filesUnder(target.mediaDir)).length) {
    found.push(`the media folder ${target.mediaDir} has files`)
  }
  return found
}

export type RestoreReport = {
  manifest: BackupManifest
  /** Committed migrations the backup had not run: a production start runs them. */
  pendingMigrations: string[]
}

/**
 * Restores the backup in `dir` into `target` (the server stopped): checks the
 * manifest, the files' checksums and the migrations first, refuses a target
 * that holds anything unless `replace`, and compares the restored row counts
 * with the manifest's.
 */
export const restoreBackup = async (
  dir: string,
  target: BackupTarget,
  { replace = false }: { replace?: boolean } = {},
): Promise<RestoreReport> => {
  const manifest = await readBackup(dir)
  const kind = kindOf(target.databaseUri)
  if (manifest.database.kind !== kind) {
    throw new Error(
      `The backup is of a ${manifest.database.kind} database and DATABASE_URI names ${kind}: restore into the same kind.`,
    )
  }
  const known = await knownMigrations(kind)
  const unknown = manifest.migrations.filter((name) => name !== 'dev' && !known.includes(name))
  if (unknown.length) {
    throw new Error(
      `The backup has run migrations this version does not have (${unknown.join(', ')}): it was made by a newer version; restore with that version.`,
    )
  }
  if (manifest.media.files.length && !target.mediaDir) {
    throw new Error(
      'The backup holds media files but S3_BUCKET is set: restore with MEDIA_DIR (no S3_BUCKET), then copy the folder to the bucket.',
    )
  }
  const found = await occupied(target, kind)
  if (found.length && !replace) {
    throw new Error(
      `The target is not empty (${found.join('; ')}). Restore into an empty database and media folder, or pass --force to replace what is there.`,
    )
  }

  if (kind === 'sqlite') {
    const file = sqliteFileOf(target.databaseUri)
    // The old file's journal would be replayed over the restored one.
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      await rm(`${file}${suffix}`, { force: true })
    await mkdir(path.dirname(file), { recursive: true })
    await copyFile(path.join(dir, manifest.database.path), file)
  } else {
    if (found.length) {
      const db = await postgresClient(target.databaseUri)
      try {
        await db.query('DROP SCHEMA public CASCADE')
        await db.query('CREATE SCHEMA public')
      } finally {
        await db.close()
      }
    }
    await runPostgresTool(
      'pg_restore',
      [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        path.join(dir, manifest.database.path),
      ],
      target.databaseUri,
    )
  }

  if (target.mediaDir) {
    if (replace) await rm(target.mediaDir, { recursive: true, force: true })
    for (const media of manifest.media.files) {
      const to = path.join(target.mediaDir, media.path)
      await mkdir(path.dirname(to), { recursive: true })
      await copyFile(path.join(dir, MEDIA_FOLDER, media.path), to)
    }
  }

  // What was restored must be what was backed up, table by table.
  const restored =
    kind === 'sqlite'
      ? await sqliteQuery(sqliteFileOf(target.databaseUri))
      : await postgresClient(target.databaseUri)
  try {
    const counts = await contentsOf(
      restored.query,
      kind === 'sqlite' ? await sqliteTables(restored.query) : await postgresTables(restored.query),
    )
    const differing = Object.keys({ ...manifest.rowCounts, ...counts.rowCounts }).filter(
      (table) => manifest.rowCounts[table] !== counts.rowCounts[table],
    )
    if (differing.length) {
      throw new Error(
        `The restored database differs from the manifest in ${differing.join(', ')}: do not start a server on it.`,
      )
    }
  } finally {
    await restored.close()
  }

  return {
    manifest,
    // A schema pushed by a development start (its `dev` row) is adopted at a production start instead.
    pendingMigrations: manifest.migrations.includes('dev')
      ? []
      : known.filter((name) => !manifest.migrations.includes(name)),
  }
}
