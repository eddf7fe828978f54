import type { FreshDatabase } from './server.ts'

import { createHash } from 'node:crypto'

/**
 * A before/after picture of a whole SQL database: every table's row count and
 * a checksum of its content, read straight from the database (not through the
 * API), so a suite can prove a burst of requests changed nothing.
 */
export type DatabaseSnapshot = Record<string, { rows: number; sha256: string }>

const digest = (rows: unknown[]) =>
  createHash('sha256')
    .update(
      JSON.stringify(rows, (_key, value) => (typeof value === 'bigint' ? String(value) : value)),
    )
    .digest('hex')

/** Rows in a stable order whatever order the database returns them in. */
const sorted = (rows: Record<string, unknown>[]) =>
  rows
    .map((row) =>
      JSON.stringify(row, (_key, value) => (typeof value === 'bigint' ? String(value) : value)),
    )
    .sort()

export const snapshotDatabase = async (
  database: FreshDatabase,
  ignore: (table: string) => boolean = () => false,
): Promise<DatabaseSnapshot> => {
  const snapshot: DatabaseSnapshot = {}
  if (database.uri.startsWith('file:')) {
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: database.uri })
    try {
      const tables = await client.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      for (const { name } of tables.rows) {
        const table = String(name)
        if (ignore(table)) continue
        const { rows } = await client.execute(`SELECT * FROM "${table}"`)
        const content = sorted(rows.map((row) => ({ ...row })))
        snapshot[table] = { rows: content.length, sha256: digest(content) }
      }
    } finally {
      client.close()
    }
    return snapshot
  }
  if (database.uri.startsWith('postgres')) {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: database.uri })
    await client.connect()
    try {
      const tables = await client.query<{ name: string }>(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      )
      for (const { name } of tables.rows) {
        if (ignore(name)) continue
        const { rows } = await client.query(`SELECT * FROM "${name}"`)
        const content = sorted(rows)
        snapshot[name] = { rows: content.length, sha256: digest(content) }
      }
    } finally {
      await client.end()
    }
    return snapshot
  }
  throw new Error(`No snapshot for ${database.uri}: only SQLite and PostgreSQL are compared.`)
}

/** The tables whose count or content differs, for a failure message. */
export const snapshotDifferences = (before: DatabaseSnapshot, after: DatabaseSnapshot) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]))
    .map(
      (table) =>
        `${table}: ${before[table]?.rows ?? 'absent'} rows → ${after[table]?.rows ?? 'absent'} rows`,
    )
