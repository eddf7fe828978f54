/**
 * `db.insert(table).values(rows)[.returning()]`, as the bulk writer and
 * Payload's `insertArrays` call it, without drizzle's query builder in the
 * way. For a multi-row insert, drizzle wraps every value in a `Param` chunk and
 * then works out what each chunk is with a chain of `is()` checks, and (on
 * PostgreSQL) a type hint node-postgres never reads: about four fifths of the
 * time a bulk insert took, far more than the database spent running it.
 *
 * The statement is the one drizzle would send. Columns and values come from the
 * same drizzle table (`getTableColumns`, each column's `mapToDriverValue` and
 * `$defaultFn`), a value a row leaves out is filled as drizzle's dialect fills
 * it, and it goes to the same connection drizzle would use, inside the same
 * transaction. One difference, on SQLite only: a column whose default is an SQL
 * expression is left out of the list for rows that leave it out (those rows
 * get a statement of their own), which gives the same value from the schema.
 * test/seed-fast-insert.test.ts holds it to drizzle's insert on both databases.
 */
import type { Column, Table } from 'drizzle-orm'

import type { Row } from './drizzleInternals.ts'

import { getTableColumns, getTableName, is, SQL } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import { SQLiteDialect } from 'drizzle-orm/sqlite-core'

/** Bound parameters per statement: under SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_PARAMETERS = 30_000

type Run = (text: string, params: unknown[]) => Promise<Row[]>

/** The chain the bulk writer uses, as drizzle's `db.insert` offers it. */
export type InsertChain = PromiseLike<unknown> & {
  returning: (columns?: Record<string, unknown>) => PromiseLike<Row[]>
}
export type Inserter = {
  insert: (table: unknown) => { values: (rows: Row[]) => InsertChain }
}

type DrizzleLike = {
  dialect?: unknown
  /** `tx`: a libsql transaction's own handle (drizzle keeps the client beside it). */
  session?: { client?: unknown; tx?: unknown }
  $client?: unknown
}

type TypeParser = (typeId: number, format?: string) => (value: string) => unknown
type PgClient = {
  query: (config: {
    text: string
    values: unknown[]
    types: { getTypeParser: TypeParser }
  }) => Promise<{ rows: Row[] }>
}

/**
 * Types drizzle's node-postgres session reads as the text PostgreSQL sends (not
 * as `Date`s): timestamp, timestamptz, date, interval, their arrays and
 * numeric arrays. The same here, so `returning` gives what drizzle's would.
 */
const KEPT_AS_TEXT = new Set([1082, 1114, 1184, 1186, 1115, 1182, 1185, 1187, 1231])
const keepAsText = (value: string) => value

type LibsqlClient = {
  execute: (statement: { sql: string; args: unknown[] }) => Promise<{ rows: Row[] }>
}

/** What goes in for a value a row leaves out: SQL text, a parameter, or (undefined) leave the column out. */
type Absent = { sql: string } | { param: unknown } | undefined

type Dialect = {
  run: Run
  /** The dialect's own identifier quoting. */
  quote: (name: string) => string
  placeholder: (index: number) => string
  absent: (column: Column) => Absent
}

/**
 * How to send a statement on drizzle's own connection, and what drizzle's
 * dialect writes for a value a row leaves out. PostgreSQL: the transaction's
 * client (`db.session.client`, a pooled connection), and `DEFAULT`. SQLite:
 * a drizzle transaction's libsql handle, or else the libsql client (the
 * reference backend's own transactions run on it, backend/database/
 * sqliteWrites.ts), and the column's default as a parameter, or `null`:
 * SQLite has no `DEFAULT` in `VALUES`.
 */
const dialectOf = async (db: DrizzleLike): Promise<Dialect | undefined> => {
  const client = db.session?.client ?? db.$client
  if (is(db.dialect, PgDialect) && typeof (client as PgClient)?.query === 'function') {
    const { default: pg } = await import('pg')
    const types = {
      getTypeParser: ((typeId, format) =>
        KEPT_AS_TEXT.has(typeId)
          ? keepAsText
          : pg.types.getTypeParser(typeId, format as 'text')) as TypeParser,
    }
    return {
      run: async (text, values) => (await (client as PgClient).query({ text, values, types })).rows,
      quote: (name) => (db.dialect as PgDialect).escapeName(name),
      placeholder: (index) => `$${index + 1}`,
      absent: () => ({ sql: 'default' }),
    }
  }
  const libsql = (db.session?.tx ?? db.$client ?? client) as LibsqlClient | undefined
  if (is(db.dialect, SQLiteDialect) && typeof libsql?.execute === 'function') {
    return {
      run: async (text, args) => (await libsql.execute({ sql: text, args })).rows,
      quote: (name) => (db.dialect as SQLiteDialect).escapeName(name),
      placeholder: () => '?',
      // A default written as SQL (the timestamps' `strftime`) cannot be a parameter: such a
      // column is left out of the rows' statement, so SQLite fills it from the same expression.
      absent: (column) =>
        column.default === undefined || column.default === null
          ? { sql: 'null' }
          : is(column.default, SQL)
            ? undefined
            : { param: column.default },
    }
  }
  return undefined
}

/** Drizzle fills a value a row leaves out from the column's `$defaultFn` (or `$onUpdateFn`) first. */
const fillsItself = (column: Column): boolean =>
  column.defaultFn !== undefined || (!column.default && column.onUpdateFn !== undefined)

const generated = (column: Column): unknown =>
  column.defaultFn ? column.defaultFn() : column.onUpdateFn?.()

const toDriver = (column: Column, value: unknown): unknown => {
  if (value === null) return null
  if (is(value, SQL)) {
    // Payload writes SQL only for atomic updates (`enableAtomicWrites`), never on a create.
    throw new Error(`The bulk seed cannot write column ${column.name}: its value is SQL.`)
  }
  const mapped = column.mapToDriverValue(value)
  if (is(mapped, SQL)) {
    // No column in Payload's schemas maps a value to SQL; refuse rather than send it wrong.
    throw new Error(`The bulk seed cannot write column ${column.name}: its value becomes SQL.`)
  }
  return mapped
}

const fromDriver = (column: Column | undefined, value: unknown): unknown =>
  column && value !== null && value !== undefined ? column.mapFromDriverValue(value) : value

type Group = { columns: [string, Column][]; rows: Row[] }

/**
 * Rows that can share one column list. On PostgreSQL that is every row; on
 * SQLite, rows that leave out different columns with an SQL default go apart.
 */
const groupRows = (rows: Row[], columns: [string, Column][], dialect: Dialect): Group[] => {
  const leftOut = columns.filter(
    ([, column]) => !fillsItself(column) && dialect.absent(column) === undefined,
  )
  if (leftOut.length === 0) return [{ columns, rows }]
  const groups = new Map<string, Group>()
  for (const row of rows) {
    const missing = new Set(leftOut.filter(([key]) => row[key] === undefined).map(([key]) => key))
    const signature = [...missing].join('\u0000')
    let group = groups.get(signature)
    if (!group) {
      group = { columns: columns.filter(([key]) => !missing.has(key)), rows: [] }
      groups.set(signature, group)
    }
    group.rows.push(row)
  }
  return [...groups.values()]
}

/**
 * An inserter writing on the connection and transaction of `db` (a drizzle
 * database or transaction). Another driver (one of Payload's other SQL
 * adapters) keeps drizzle's own insert: slower, and the same rows.
 */
export const fastInserter = async (db: unknown): Promise<Inserter> => {
  const dialect = await dialectOf(db as DrizzleLike)
  if (!dialect) return db as Inserter

  const statement = (table: Table, group: Group, rows: Row[], returned: string) => {
    const params: unknown[] = []
    const tuples = rows.map((row) => {
      const places = group.columns.map(([key, column]) => {
        let value = row[key]
        if (value === undefined) {
          if (fillsItself(column)) value = generated(column)
          else {
            const absent = dialect.absent(column)
            if (absent && 'sql' in absent) return absent.sql
            value = absent?.param
          }
        }
        params.push(toDriver(column, value ?? null))
        return dialect.placeholder(params.length - 1)
      })
      return `(${places.join(', ')})`
    })
    const names = group.columns.map(([, column]) => dialect.quote(column.name)).join(', ')
    const text = `insert into ${dialect.quote(getTableName(table))} (${names}) values ${tuples.join(', ')}${returned}`
    return { text, params }
  }

  const write = async (
    table: Table,
    rows: Row[],
    returning: Record<string, Column> | undefined,
  ): Promise<Row[]> => {
    // As drizzle's own (internal) `shouldDisableInsert`: a generated column is never written.
    const columns = Object.entries(getTableColumns(table)).filter(
      ([, column]) => column.generated === undefined || column.generated.type === 'byDefault',
    )
    const aliases = Object.entries(returning ?? {})
    const returned = returning
      ? ` returning ${aliases.map(([alias, column]) => `${dialect.quote(column.name)} as ${dialect.quote(alias)}`).join(', ')}`
      : ''
    const out: Row[] = []
    for (const group of groupRows(rows, columns, dialect)) {
      const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, group.columns.length)))
      for (let start = 0; start < group.rows.length; start += size) {
        const { text, params } = statement(
          table,
          group,
          group.rows.slice(start, start + size),
          returned,
        )
        for (const row of await dialect.run(text, params)) {
          out.push(
            returning
              ? Object.fromEntries(
                  aliases.map(([alias, column]) => [alias, fromDriver(column, row[alias])]),
                )
              : row,
          )
        }
      }
    }
    return out
  }

  return {
    insert: (table) => ({
      values: (rows) => {
        const done = (returning?: Record<string, Column>) => write(table as Table, rows, returning)
        return {
          then: (onFulfilled, onRejected) => done().then(onFulfilled, onRejected),
          // As drizzle's `.returning()`: every column under its key in the table, unless named.
          returning: (columns) =>
            done(
              (columns as Record<string, Column> | undefined) ?? getTableColumns(table as Table),
            ),
        }
      },
    }),
  }
}
