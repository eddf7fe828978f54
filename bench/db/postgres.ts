import type { CopyReport } from './types.ts'

import { spawn } from 'node:child_process'
import pg from 'pg'

/**
 * Payload's own bookkeeping: each database keeps what its own schema push
 * wrote. Queued jobs are this backend's runtime state, not content, and name
 * tasks bare Payload does not have (PostgreSQL refuses them: an enum).
 */
const NOT_COPIED = new Set(['payload_migrations', 'payload_jobs', 'payload_jobs_log'])

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** The server URL with another database name in it. */
export const databaseUri = (server: string, name: string) => {
  const url = new URL(server)
  url.pathname = `/${name}`
  return url.toString()
}

const databaseName = (uri: string) => decodeURIComponent(new URL(uri).pathname.slice(1))

const withClient = async <T>(uri: string, run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export const createPostgres = (server: string, name: string) =>
  withClient(server, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${quote(name)}`)
    return databaseUri(server, name)
  })

export const dropPostgres = (server: string, uri: string) =>
  withClient(server, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quote(databaseName(uri))} WITH (FORCE)`)
  })

export const postgresExists = (server: string, uri: string) =>
  withClient(server, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      databaseName(uri),
    ])
    return Boolean(rowCount)
  })

const columnsByTable = (uri: string) =>
  withClient(uri, async (client) => {
    const { rows } = await client.query<{ table_name: string; column_name: string }>(
      `SELECT c.table_name, c.column_name
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name, c.ordinal_position`,
    )
    const tables = new Map<string, string[]>()
    for (const row of rows) {
      tables.set(row.table_name, [...(tables.get(row.table_name) ?? []), row.column_name])
    }
    return tables
  })

/** `psql <from> -c "COPY (SELECT …) TO STDOUT" | psql <to> -c "COPY t (…) FROM STDIN"`, one table. */
const pipeTable = (from: string, to: string, table: string, columns: string[]) =>
  new Promise<number>((resolve, reject) => {
    const list = columns.map(quote).join(', ')
    const source = spawn(
      'psql',
      [
        from,
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        `COPY (SELECT ${list} FROM ${quote(table)}) TO STDOUT`,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    // Foreign keys are triggers in PostgreSQL: replica mode skips them while tables arrive in any order.
    const target = spawn(
      'psql',
      [to, '-X', '-v', 'ON_ERROR_STOP=1', '-c', `COPY ${quote(table)} (${list}) FROM STDIN`],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, PGOPTIONS: '-c session_replication_role=replica' },
      },
    )
    let errors = ''
    let output = ''
    source.stderr.on('data', (chunk) => (errors += chunk))
    target.stderr.on('data', (chunk) => (errors += chunk))
    target.stdout.on('data', (chunk) => (output += chunk))
    source.stdout.pipe(target.stdin)
    let exited = 0
    const done = () => {
      if (++exited < 2) return
      if (source.exitCode !== 0 || target.exitCode !== 0) {
        reject(new Error(`copying ${table} failed: ${errors}`))
      } else {
        resolve(Number(/COPY (\d+)/.exec(output)?.[1] ?? 0))
      }
    }
    source.on('exit', done)
    target.on('exit', done)
    source.on('error', reject)
    target.on('error', reject)
  })

/**
 * Copy every row of the tables both databases have, column by column by
 * name, from `from` into `to` (which already has its own schema), with psql's
 * COPY streamed from one to the other. Then every serial sequence is moved
 * past the highest id copied, so the next insert does not collide.
 */
export const copyPostgres = async (from: string, to: string): Promise<CopyReport> => {
  const report: CopyReport = { tables: 0, rows: 0, skipped: [], columnsMissing: [] }
  const [source, target] = await Promise.all([columnsByTable(from), columnsByTable(to)])
  const tables = [...target.keys()].filter((table) => !NOT_COPIED.has(table))
  await withClient(to, async (client) => {
    await client.query(`TRUNCATE ${tables.map(quote).join(', ')} CASCADE`)
  })
  for (const table of tables) {
    const sourceColumns = source.get(table)
    if (!sourceColumns) {
      report.skipped.push(table)
      continue
    }
    const targetColumns = target.get(table) ?? []
    const columns = targetColumns.filter((column) => sourceColumns.includes(column))
    for (const column of targetColumns) {
      if (!sourceColumns.includes(column)) report.columnsMissing.push(`${table}.${column}`)
    }
    report.rows += await pipeTable(from, to, table, columns)
    report.tables++
  }
  await withClient(to, async (client) => {
    const { rows } = await client.query<{ table_name: string; column_name: string; seq: string }>(
      `SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS seq
         FROM information_schema.columns
        WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
    )
    for (const { table_name, column_name, seq } of rows) {
      if (!seq) continue
      await client.query(
        `SELECT setval($1, COALESCE((SELECT MAX(${quote(column_name)}) FROM ${quote(table_name)}), 0) + 1, false)`,
        [seq],
      )
    }
  })
  return report
}

/** Fresh statistics: what autovacuum would gather within a minute of a bulk load, taken now so runs agree. */
export const analyzePostgres = (uri: string) =>
  withClient(uri, async (client) => {
    await client.query('ANALYZE')
  })

/** Tables, columns and indexes: equal lists mean equal schemas. */
export const postgresSchema = (uri: string) =>
  withClient(uri, async (client) => {
    const columns = await client.query<{ line: string }>(
      `SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable AS line
         FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`,
    )
    const indexes = await client.query<{ line: string }>(
      `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`,
    )
    return [...columns.rows, ...indexes.rows].map((row) => row.line)
  })
