import path from 'node:path'

/** The parts of libsql's statement and database this module touches. */
type Statement = { columns: () => unknown[] }
type Database = { prepare: (sql: string) => Statement; exec: (sql: string) => unknown }
type DatabaseClass = { prototype: Database }

/** Statements kept per connection: a server sends a few dozen texts; the cap bounds a long tail. */
const KEPT = 300

/** A statement that may change the schema: every connection's kept statements are dropped. */
const CHANGES_SCHEMA = /^\s*(?:create|alter|drop)\b/i

const REUSES = Symbol('reusesStatements')

/**
 * A table alias of Payload's SQL: a random v4 UUID in snake case, as an identifier
 * (@payloadcms/drizzle's getTableAlias), new on every query that filters or sorts through a
 * relationship or reads a join field.
 */
const RANDOM_ALIAS = /"[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12}"/g

/**
 * The statement with its random aliases named in order of appearance instead (`"__alias_0"`,
 * …): the same query, in a text that repeats, so it can be kept. An alias names a table inside
 * the statement only (never a result column), and the same alias gets the same name throughout.
 */
export const steadyAliases = (sql: string): string => {
  // A v4 UUID's third group starts with 4: a cheap look before the expression.
  if (!sql.includes('_4')) return sql
  const names = new Map<string, string>()
  return sql.replace(RANDOM_ALIAS, (alias) => {
    let name = names.get(alias)
    if (!name) {
      name = `"__alias_${names.size}"`
      names.set(alias, name)
    }
    return name
  })
}

/**
 * The `libsql` module @libsql/client runs a local file with, loaded from the
 * client's own place so it is the copy the adapter uses; null when it cannot
 * be found. `createRequire` comes through `process.getBuiltinModule`: the
 * admin's Next.js build rewrites `createRequire(import.meta.url).resolve(…)`
 * into its own module numbers, and the admin runs this config too.
 */
const libsqlDatabase = (): DatabaseClass | null => {
  const { createRequire } = process.getBuiltinModule('node:module')
  const from = [import.meta.url, path.join(process.cwd(), 'package.json')]
  for (const place of from) {
    try {
      const client = createRequire(place).resolve('@libsql/client')
      return createRequire(client)('libsql') as DatabaseClass
    } catch {
      // Not from here (a bundler's own URL, or a working directory outside the app): the next place.
    }
  }
  return null
}

/**
 * Each SQLite connection keeps the statements it prepared, and their columns.
 *
 * Why: @libsql/client prepares every statement again on each `execute` and
 * asks the new statement its columns twice, while Payload sends the same
 * few texts over and over with other values. At 10k documents an event read
 * with its arrays and translations spent about 0.5 ms preparing its one
 * statement and 0.25 ms listing its columns: a sixth of the request's CPU.
 * Reusing a prepared statement is how better-sqlite3, whose API libsql
 * keeps, is meant to be used; @libsql/client only never does it.
 *
 * Safe because @libsql/client runs each statement to its end synchronously
 * (`all` or `run`) before it returns, so one statement is never in use twice
 * at once, and libsql resets a statement before running it again. SQLite
 * prepares a kept statement again by itself when the schema changes; the
 * remembered columns would not follow, so a statement that may change the
 * schema (CREATE, ALTER, DROP, or anything through `exec`) drops what every
 * connection of this process kept. Another process changing the schema is
 * not seen: migrations run as a server starts, before it reads (operators.md).
 *
 * Payload gives the tables of a query through a relationship or a join field
 * random aliases, so such a text never repeats; it is kept with its aliases
 * named in order instead (steadyAliases), as the same query.
 *
 * It changes libsql's `Database.prototype.prepare` for the whole process,
 * once, as the driver offers no option for it.
 */
export const reuseSqliteStatements = (): void => {
  const Database = libsqlDatabase()
  if (!Database) {
    process.emitWarning(
      'libsql was not found from @libsql/client: SQLite statements are prepared on every run.',
    )
    return
  }
  const { prototype } = Database
  const marked = prototype as Database & { [REUSES]?: true }
  if (marked[REUSES]) return
  marked[REUSES] = true

  let schemaVersion = 0
  const kept = new WeakMap<Database, { version: number; statements: Map<string, Statement> }>()
  const prepare = prototype.prepare
  const exec = prototype.exec

  prototype.exec = function (this: Database, sql: string) {
    schemaVersion++
    return exec.call(this, sql)
  }
  prototype.prepare = function (this: Database, text: string): Statement {
    if (CHANGES_SCHEMA.test(text)) {
      schemaVersion++
      return prepare.call(this, text)
    }
    const sql = steadyAliases(text)
    let own = kept.get(this)
    if (!own || own.version !== schemaVersion) {
      own = { version: schemaVersion, statements: new Map() }
      kept.set(this, own)
    }
    const found = own.statements.get(sql)
    if (found) {
      // Most recently used last, so the oldest is the first to go.
      own.statements.delete(sql)
      own.statements.set(sql, found)
      return found
    }
    const statement = prepare.call(this, sql)
    const columns = statement.columns.bind(statement)
    let known: unknown[] | undefined
    statement.columns = () => (known ??= columns())
    own.statements.set(sql, statement)
    if (own.statements.size > KEPT) {
      const oldest = own.statements.keys().next().value
      if (oldest !== undefined) own.statements.delete(oldest)
    }
    return statement
  }
}
