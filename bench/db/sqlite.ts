import type { CopyReport } from './types.ts'

import { createClient } from '@libsql/client'
import { existsSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * Payload's own bookkeeping: each database keeps what its own schema push
 * wrote. Queued jobs are this backend's runtime state, not content, and name
 * tasks bare Payload does not have (PostgreSQL refuses them: an enum).
 */
const NOT_COPIED = new Set(['payload_migrations', 'payload_jobs', 'payload_jobs_log'])

const filePath = (uri: string) =>
  uri.startsWith('file://') ? fileURLToPath(uri) : uri.replace(/^file:/, '')

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

export const sqliteUri = (file: string) => `file:${file}`

export const removeSqlite = (uri: string) => {
  const file = filePath(uri)
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
}

export const sqliteExists = (uri: string) => existsSync(filePath(uri))

/**
 * Copy every row of the tables both databases have, column by column by
 * name, from `from` into `to` (which already has its own schema). One
 * `INSERT … SELECT` per table through ATTACH; foreign keys off while
 * copying, since tables go in alphabetical order. Row ids are copied as they
 * are: SQLite's next rowid is max(id)+1, so no sequence needs resetting.
 */
export const copySqlite = async (from: string, to: string): Promise<CopyReport> => {
  const client = createClient({ url: to })
  const report: CopyReport = { tables: 0, rows: 0, skipped: [], columnsMissing: [] }
  try {
    await client.execute('PRAGMA foreign_keys = OFF')
    await client.execute(`ATTACH DATABASE '${filePath(from).replace(/'/g, "''")}' AS src`)
    const tablesOf = async (schema: string) =>
      (
        await client.execute(
          `SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'`,
        )
      ).rows.map((row) => String(row.name))
    const source = new Set(await tablesOf('src'))
    const columnsOf = async (schema: string, table: string) =>
      (await client.execute(`PRAGMA ${schema}.table_info(${quote(table)})`)).rows.map((row) =>
        String(row.name),
      )

    await client.execute('BEGIN')
    for (const table of await tablesOf('main')) {
      if (NOT_COPIED.has(table)) continue
      if (!source.has(table)) {
        report.skipped.push(table)
        continue
      }
      const sourceColumns = new Set(await columnsOf('src', table))
      const targetColumns = await columnsOf('main', table)
      const columns = targetColumns.filter((column) => sourceColumns.has(column))
      for (const column of targetColumns) {
        if (!sourceColumns.has(column)) report.columnsMissing.push(`${table}.${column}`)
      }
      const list = columns.map(quote).join(', ')
      await client.execute(`DELETE FROM main.${quote(table)}`)
      const inserted = await client.execute(
        `INSERT INTO main.${quote(table)} (${list}) SELECT ${list} FROM src.${quote(table)}`,
      )
      report.tables++
      report.rows += inserted.rowsAffected
    }
    await client.execute('COMMIT')
    await client.execute('DETACH DATABASE src')
  } finally {
    client.close()
  }
  return report
}

/** Tables, columns and indexes as SQLite stores them: equal lists mean equal schemas. */
export const sqliteSchema = async (uri: string): Promise<string[]> => {
  const client = createClient({ url: uri })
  try {
    const { rows } = await client.execute(
      "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY type, name",
    )
    return rows.map((row) => `${row.type} ${row.name}: ${row.sql}`)
  } finally {
    client.close()
  }
}
