import type { SQL } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'

import { foldText } from './text.ts'

/**
 * The search index: one row per public document and locale, kept by the
 * plugin itself beside Payload's tables (`charity_search…`).
 *
 * Why not a migration: neither an FTS5 virtual table (SQLite) nor a
 * `tsvector` column (PostgreSQL) is something Payload's schema can declare,
 * so the plugin creates them at start-up (`CREATE … IF NOT EXISTS`, cheap
 * and idempotent) and tells the development push to leave them alone
 * (`withSearchTablesKept`). `npm run migrate:check` and production
 * migrations never see them; a fresh database gets them at its first start.
 */
export const SEARCH_TABLE = 'charity_search'

/** The SQL databases search knows how to ask; anything else has no index (MongoDB: see docs). */
export type SearchDialect = 'postgres' | 'sqlite'

type Drizzle = {
  all?: (query: SQL) => Promise<Record<string, unknown>[]>
  transaction?: <T>(work: (tx: Drizzle) => Promise<T>) => Promise<T>
  run?: (query: SQL) => Promise<unknown>
  execute?: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>
}
type SqlAdapter = { name: string; drizzle: Drizzle; sessions?: Record<string, { db: Drizzle }> }

export const searchDialect = (payload: Payload): null | SearchDialect => {
  const { name } = payload.db
  return name === 'postgres' || name === 'sqlite' ? name : null
}

// Loaded only on SQL adapters, which bring it: a MongoDB host never needs it. Loaded once: an
// `import()` goes through the module loader's resolution every time (under tsx, a resolve hook),
// which cost a publish more than the index's own statements.
let loadingSqlTag: Promise<typeof import('drizzle-orm').sql> | undefined
const sqlTag = () => (loadingSqlTag ??= import('drizzle-orm').then(({ sql }) => sql))
type SqlTag = Awaited<ReturnType<typeof sqlTag>>

/** The request's transaction when it has one, so the index changes with the document or not at all. */
const drizzleFor = async (payload: Payload, req?: PayloadRequest): Promise<Drizzle> => {
  const adapter = payload.db as unknown as SqlAdapter
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}

const rowsOf = async (
  dialect: SearchDialect,
  db: Drizzle,
  query: SQL,
): Promise<Record<string, unknown>[]> =>
  dialect === 'postgres' ? (await db.execute!(query)).rows : await db.all!(query)

const run = async (dialect: SearchDialect, db: Drizzle, query: SQL): Promise<void> => {
  if (dialect === 'postgres') await db.execute!(query)
  else await db.run!(query)
}

/** PostgreSQL's text-search configuration per locale: English stems; other languages match words as written. */
const pgConfig = (locale: string) => (locale === 'en' ? 'english' : 'simple')

/** A locale code as it may stand in a table or index name (`en-GB` → `en_gb`). */
const nameOf = (locale: string) => locale.toLowerCase().replace(/[^a-z0-9]/g, '_')

/**
 * The words of one locale's published rows, or of its latest rows (`draft`):
 * on SQLite a table each, on PostgreSQL a partial index each. A search reads
 * only its own scope, never the other three copies of every document.
 */
const scopeName = (locale: string, draft: boolean) =>
  `${SEARCH_TABLE}_${nameOf(locale)}_${draft ? 'latest' : 'published'}`

const scopesOf = (locales: string[]) =>
  locales.flatMap((locale) => [false, true].map((draft) => ({ locale, draft })))

const localeCodesOf = (payload: Payload): string[] =>
  payload.config.localization ? payload.config.localization.localeCodes : ['en']

const DOCS = `${SEARCH_TABLE}_docs`

/**
 * SQLite: one FTS5 table per scope, holding only the words' index: the text
 * itself lives once, in the documents' table, and each scope reads its rows
 * through a view (FTS5's external content, `content=`; a view, so that
 * FTS5's own `rebuild` and `integrity-check` see exactly the scope's rows).
 * Accents off; prefix indexes for two and three letters, so a word's first
 * letters find it quickly (one for four letters cost a fifth of what the index
 * adds to a publish; four letters narrow the words enough to scan them).
 */
const sqliteScopeTable = (locale: string, draft: boolean) =>
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${scopeName(locale, draft)} USING fts5(
            title, body, content='${scopeName(locale, draft)}_text', content_rowid='id',
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`

/** Whether two FTS5 table definitions have the same options (SQLite keeps the text as it was written). */
const sameFts5Options = (a: string, b: string): boolean => {
  const options = (definition: string) =>
    definition.slice(definition.indexOf('(')).replace(/\s+/g, ' ').trim()
  return options(a) === options(b)
}

/** SQLite: a scope's rows of the documents' table, which its FTS5 table indexes. */
const sqliteScopeView = (locale: string, draft: boolean) =>
  `CREATE VIEW IF NOT EXISTS ${scopeName(locale, draft)}_text AS SELECT id, title, body FROM ${DOCS}
            WHERE locale = '${locale.replace(/'/g, "''")}' AND draft = ${draft ? 1 : 0}`

/** A scope's rows of the documents' table, as SQL over the row a trigger names (`new` or `old`). */
const inScope = (row: 'new' | 'old', locale: string, draft: boolean) =>
  `${row}.locale = '${locale.replace(/'/g, "''")}' AND ${row}.draft = ${draft ? 1 : 0}`

/**
 * SQLite: triggers keep each scope's words in step with the documents' table,
 * inside the statement that changed it. A publish is then one statement and
 * one commit (each commit waits for the disk: four of them were most of what
 * the index added to a publish), and a row whose words did not change leaves
 * the full-text index alone. Made again at a start that finds them otherwise
 * (a locale added to the configuration gets its part).
 */
const sqliteTriggers = (scopes: { locale: string; draft: boolean }[]): string[] => {
  const add = (row: 'new' | 'old') =>
    scopes.map(
      ({ locale, draft }) =>
        `INSERT INTO ${scopeName(locale, draft)} (rowid, title, body)
          SELECT ${row}.id, ${row}.title, ${row}.body WHERE ${inScope(row, locale, draft)};`,
    )
  // FTS5's way to take a row out of an external-content index: the 'delete' command with the words it indexed.
  const remove = (row: 'new' | 'old') =>
    scopes.map(
      ({ locale, draft }) =>
        `INSERT INTO ${scopeName(locale, draft)} (${scopeName(locale, draft)}, rowid, title, body)
          SELECT 'delete', ${row}.id, ${row}.title, ${row}.body WHERE ${inScope(row, locale, draft)};`,
    )
  return [
    ...['insert', 'delete', 'update'].map((event) => `DROP TRIGGER IF EXISTS ${DOCS}_${event}`),
    `CREATE TRIGGER ${DOCS}_insert AFTER INSERT ON ${DOCS} BEGIN ${add('new').join(' ')} END`,
    `CREATE TRIGGER ${DOCS}_delete AFTER DELETE ON ${DOCS} BEGIN ${remove('old').join(' ')} END`,
    // Only when the words (or the scope) change: a new date alone is no work for the index.
    `CREATE TRIGGER ${DOCS}_update AFTER UPDATE ON ${DOCS}
      WHEN old.title IS NOT new.title OR old.body IS NOT new.body OR old.locale IS NOT new.locale OR old.draft IS NOT new.draft
      BEGIN ${remove('old').join(' ')} ${add('new').join(' ')} END`,
  ]
}

/** PostgreSQL: a partial GIN index per scope on the title's words and on all of them. */
const postgresScopeIndexes = (locale: string, draft: boolean) =>
  (['title_document', 'document'] as const).map(
    (column) =>
      `CREATE INDEX IF NOT EXISTS ${scopeName(locale, draft)}_${column === 'document' ? 'all' : 'title'}_idx
            ON ${SEARCH_TABLE} USING gin (${column}) WHERE locale = '${locale.replace(/'/g, "''")}' AND draft = ${draft}`,
  )

/**
 * Creates the index's tables when they are missing (every start; nothing
 * when they exist), and brings an index made by an earlier release to this
 * shape in SQL (no document is read again):
 * - SQLite: one FTS5 table held all four copies (locales × published/latest);
 *   its rows move to their scope's table and it is dropped.
 * - PostgreSQL: the title's words gain a column of their own (from the
 *   weight-A words already stored), and one GIN index over every row gives
 *   way to a partial index per scope.
 */
export const ensureSearchTables = async (payload: Payload): Promise<void> => {
  const dialect = searchDialect(payload)
  if (!dialect) return
  const sql = await sqlTag()
  const db = payload.db as unknown as SqlAdapter
  const scopes = scopesOf(localeCodesOf(payload))
  const statements =
    dialect === 'postgres'
      ? [
          `CREATE TABLE IF NOT EXISTS ${SEARCH_TABLE} (
            collection varchar NOT NULL, doc_id varchar NOT NULL, locale varchar NOT NULL,
            draft boolean NOT NULL, title text NOT NULL, body text NOT NULL, published_at timestamptz,
            document tsvector NOT NULL, title_document tsvector NOT NULL,
            PRIMARY KEY (collection, doc_id, locale, draft))`,
          `ALTER TABLE ${SEARCH_TABLE} ADD COLUMN IF NOT EXISTS title_document tsvector`,
          `UPDATE ${SEARCH_TABLE} SET title_document = ts_filter(document, '{a}') WHERE title_document IS NULL`,
          `ALTER TABLE ${SEARCH_TABLE} ALTER COLUMN title_document SET NOT NULL`,
          `DROP INDEX IF EXISTS ${SEARCH_TABLE}_document_idx`,
          ...scopes.flatMap(({ locale, draft }) => postgresScopeIndexes(locale, draft)),
        ]
      : [
          // The documents with their words, by rowid; each scope's FTS5 table indexes its rows under the same rowid.
          `CREATE TABLE IF NOT EXISTS ${DOCS} (
            id integer PRIMARY KEY, collection text NOT NULL, doc_id text NOT NULL,
            locale text NOT NULL, draft integer NOT NULL, published_at text,
            title text NOT NULL DEFAULT '', body text NOT NULL DEFAULT '',
            UNIQUE (collection, doc_id, locale, draft))`,
        ]
  if (dialect === 'postgres') {
    // Several nodes start together (the cluster): `IF NOT EXISTS` does not stop two
    // sessions both creating the table (the loser fails on pg_type's unique index),
    // so the set-up runs in one transaction behind an advisory lock; the second
    // node waits, then finds everything made.
    await db.drizzle.transaction!(async (tx) => {
      await run(dialect, tx, sql.raw(`SELECT pg_advisory_xact_lock(hashtext('${SEARCH_TABLE}'))`))
      for (const statement of statements) await run(dialect, tx, sql.raw(statement))
    })
    return
  }
  for (const statement of statements) await run(dialect, db.drizzle, sql.raw(statement))
  // The usual start: everything in place, nothing written (a schema change would make every
  // connection prepare its statements again).
  if (await sqliteIndexIsCurrent(db.drizzle, sql, scopes)) return
  // One process at a time (another start, a seed, a server already serving), and no write between
  // dropping a trigger and making it again: a row written then would be missing from its scope's
  // index, and FTS5 would find its index damaged when that row is later deleted.
  await db.drizzle.run!(sql.raw('BEGIN IMMEDIATE'))
  try {
    await bringSqliteIndexUpToDate(db.drizzle, sql, scopes)
    const defined = await sqliteDefinitions(db.drizzle, sql)
    for (const { locale, draft } of scopes) {
      const table = scopeName(locale, draft)
      await db.drizzle.run!(sql.raw(sqliteScopeView(locale, draft)))
      // Made by an earlier release with other options (tokenizer, prefixes): made again.
      const definition = defined.get(table)
      const current =
        definition !== undefined && sameFts5Options(definition, sqliteScopeTable(locale, draft))
      if (definition !== undefined && !current)
        await db.drizzle.run!(sql.raw(`DROP TABLE ${table}`))
      await db.drizzle.run!(sql.raw(sqliteScopeTable(locale, draft)))
      // New here (after an upgrade, or a locale just configured): indexed from the words the documents' table holds.
      if (!current) {
        await db.drizzle.run!(sql.raw(`INSERT INTO ${table} (${table}) VALUES ('rebuild')`))
      }
    }
    for (const statement of sqliteTriggers(scopes)) await db.drizzle.run!(sql.raw(statement))
    await db.drizzle.run!(sql.raw('COMMIT'))
  } catch (error) {
    await db.drizzle.run!(sql.raw('ROLLBACK'))
    throw error
  }
}

/** SQLite: every table, view and trigger's definition, by name. */
const sqliteDefinitions = async (drizzle: Drizzle, sql: SqlTag): Promise<Map<string, string>> =>
  new Map(
    (await drizzle.all!(sql`SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL`)).map(
      (row) => [String(row.name), String(row.sql)],
    ),
  )

/** Whether the index is as this release makes it: words in the documents' table, each scope's view, index and triggers. */
const sqliteIndexIsCurrent = async (
  drizzle: Drizzle,
  sql: SqlTag,
  scopes: { locale: string; draft: boolean }[],
): Promise<boolean> => {
  const defined = await sqliteDefinitions(drizzle, sql)
  const same = (a: string | undefined, b: string) =>
    a !== undefined && a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()
  const triggers = sqliteTriggers(scopes).filter((statement) => statement.startsWith('CREATE'))
  return (
    /\btitle text\b/.test(defined.get(DOCS) ?? '') &&
    !defined.has(SEARCH_TABLE) &&
    scopes.every(({ locale, draft }) => {
      const table = scopeName(locale, draft)
      const definition = defined.get(table)
      return (
        defined.has(`${table}_text`) &&
        definition !== undefined &&
        sameFts5Options(definition, sqliteScopeTable(locale, draft))
      )
    }) &&
    triggers.every((statement) => {
      const name = /^CREATE TRIGGER (\S+)/.exec(statement)?.[1] ?? ''
      return same(defined.get(name), statement)
    })
  )
}

/**
 * SQLite, once after an upgrade, in SQL (no document is read again): the
 * words move from the FTS5 tables that held their own copy (one table for
 * all four scopes in the first release, then one per scope) into the
 * documents' table; those tables go, and the start makes each scope's index
 * over the documents' table afresh. Rows of a locale no longer configured go.
 * Inside the caller's transaction.
 */
const bringSqliteIndexUpToDate = async (
  drizzle: Drizzle,
  sql: SqlTag,
  scopes: { locale: string; draft: boolean }[],
): Promise<void> => {
  const columns = await drizzle.all!(sql`SELECT name FROM pragma_table_info(${DOCS})`)
  const holdsWords = columns.some((column) => column.name === 'title')
  // FTS5 tables of the index that keep their own text (no `content=`); FTS5's shadow tables are plain ones.
  const copies = (
    await drizzle.all!(
      sql`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%fts5%' AND sql NOT LIKE '%content=%'
        AND (name = ${SEARCH_TABLE} OR name GLOB ${`${SEARCH_TABLE}_*`})`,
    )
  ).map((row) => String(row.name))
  if (holdsWords && !copies.length) return
  if (!holdsWords) {
    for (const column of ['title', 'body']) {
      await drizzle.run!(
        sql.raw(`ALTER TABLE ${DOCS} ADD COLUMN ${column} text NOT NULL DEFAULT ''`),
      )
    }
  }
  for (const copy of copies) {
    await drizzle.run!(
      sql.raw(
        `UPDATE ${DOCS} SET title = c.title, body = c.body FROM ${copy} c WHERE c.rowid = ${DOCS}.id`,
      ),
    )
  }
  const locales = sql.join(
    [...new Set(scopes.map(({ locale }) => locale))].map((locale) => sql`${locale}`),
    sql`, `,
  )
  await drizzle.run!(sql`DELETE FROM ${sql.raw(DOCS)} WHERE locale NOT IN (${locales})`)
  for (const copy of copies) await drizzle.run!(sql.raw(`DROP TABLE ${copy}`))
}

/**
 * One document in one locale, as the index keeps it: what the public sees
 * (its published version), or with `draft` its latest version, for staff.
 */
export type SearchRow = {
  collection: string
  docId: string
  locale: string
  draft: boolean
  title: string
  body: string
  publishedAt: null | string
}

/** What the index holds of one document in one locale and version (PostgreSQL: compared before writing). */
export type Stored = SearchRow

/** PostgreSQL: what the index holds of a document now, every locale and both versions. */
const postgresStoredRows = async (
  db: Drizzle,
  sql: SqlTag,
  collection: string,
  docId: string,
): Promise<Stored[]> => {
  const rows = await rowsOf(
    'postgres',
    db,
    sql`SELECT locale, draft, title, body, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS published_at
      FROM ${sql.raw(SEARCH_TABLE)} WHERE collection = ${collection} AND doc_id = ${docId}`,
  )
  return rows.map((row) => ({
    collection,
    docId,
    locale: String(row.locale),
    draft: row.draft === true,
    title: String(row.title),
    body: String(row.body),
    publishedAt: row.published_at == null ? null : String(row.published_at),
  }))
}

/**
 * PostgreSQL: a document's rows in place of what the index held. A row whose
 * words did not change keeps its `tsvector` (only its date may move):
 * rewriting full-text rows is most of what upkeep costs.
 */
const postgresReplace = async (
  db: Drizzle,
  sql: SqlTag,
  stored: Stored[],
  rows: SearchRow[],
): Promise<void> => {
  const key = (row: SearchRow) => `${row.locale}:${row.draft}`
  const wanted = new Map(rows.map((row) => [key(row), row]))
  const where = (row: SearchRow) =>
    sql`collection = ${row.collection} AND doc_id = ${row.docId} AND locale = ${row.locale} AND draft = ${row.draft}`
  for (const row of stored) {
    const next = wanted.get(key(row))
    if (!next || next.title !== row.title || next.body !== row.body) {
      await run('postgres', db, sql`DELETE FROM ${sql.raw(SEARCH_TABLE)} WHERE ${where(row)}`)
      continue
    }
    wanted.delete(key(row))
    if (next.publishedAt !== row.publishedAt) {
      await run(
        'postgres',
        db,
        sql`UPDATE ${sql.raw(SEARCH_TABLE)} SET published_at = ${next.publishedAt}::timestamptz WHERE ${where(row)}`,
      )
    }
  }
  if (!wanted.size) return
  // Folded first: PostgreSQL has no accent folding without an extension (SQLite's tokenizer folds its own).
  // Title words weigh A, the rest B: ranking puts title matches first (searchIndex below).
  const values = [...wanted.values()].map((row) => {
    const config = pgConfig(row.locale)
    const title = sql`setweight(to_tsvector(${config}::regconfig, ${foldText(row.title)}), 'A')`
    return sql`(${row.collection}, ${row.docId}, ${row.locale}, ${row.draft}, ${row.title}, ${row.body}, ${row.publishedAt}::timestamptz,
      ${title} || setweight(to_tsvector(${config}::regconfig, ${foldText(row.body)}), 'B'), ${title})`
  })
  await run(
    'postgres',
    db,
    sql`INSERT INTO ${sql.raw(SEARCH_TABLE)} (collection, doc_id, locale, draft, title, body, published_at, document, title_document)
      VALUES ${sql.join(values, sql`, `)}`,
  )
}

/** SQLite: the columns an upsert of the documents' table sets; the triggers decide whether the words' index moves. */
const SQLITE_UPSERT = `ON CONFLICT (collection, doc_id, locale, draft) DO UPDATE SET
  published_at = excluded.published_at, title = excluded.title, body = excluded.body`

/**
 * SQLite: a document's rows in place of what the index held, in at most two
 * statements and without reading first: the rows go in (or update the ones
 * there), then the document's other rows go. The triggers keep each scope's
 * words in step, and leave a row whose words are unchanged alone.
 */
const sqliteReplace = async (
  db: Drizzle,
  sql: SqlTag,
  collection: string,
  docId: string,
  rows: SearchRow[],
  nothingHeld: boolean,
): Promise<void> => {
  if (rows.length) {
    await run(
      'sqlite',
      db,
      sql`INSERT INTO ${sql.raw(DOCS)} (collection, doc_id, locale, draft, published_at, title, body)
        VALUES ${sql.join(
          rows.map(
            (row) =>
              sql`(${row.collection}, ${row.docId}, ${row.locale}, ${row.draft ? 1 : 0}, ${row.publishedAt}, ${row.title}, ${row.body})`,
          ),
          sql`, `,
        )} ${sql.raw(SQLITE_UPSERT)}`,
    )
  }
  if (nothingHeld) return
  const kept = rows.length
    ? sql` AND (locale, draft) NOT IN (VALUES ${sql.join(
        rows.map((row) => sql`(${row.locale}, ${row.draft ? 1 : 0})`),
        sql`, `,
      )})`
    : sql``
  await run(
    'sqlite',
    db,
    sql`DELETE FROM ${sql.raw(DOCS)} WHERE collection = ${collection} AND doc_id = ${docId}${kept}`,
  )
}

/** Takes a document out of the index (every locale, both versions). */
export const removeFromIndex = async (
  payload: Payload,
  req: PayloadRequest | undefined,
  collection: string,
  docId: string,
): Promise<void> => {
  await replaceInIndex(payload, req, collection, docId, [])
}

/**
 * Puts a document's rows (one per locale and version) in place of whatever
 * the index held for it. A row whose words are what the index holds already
 * keeps its full-text entry (only its date may change): rewriting full-text
 * rows is most of what upkeep costs, and a publish or an edit of one language
 * changes few.
 */
export const replaceInIndex = async (
  payload: Payload,
  req: PayloadRequest | undefined,
  collection: string,
  docId: string,
  rows: SearchRow[],
  /** What the index holds of the document, when the caller knows it (`[]` after clearing, in a rebuild). */
  held?: Stored[],
): Promise<void> => {
  const dialect = searchDialect(payload)
  if (!dialect) return
  const sql = await sqlTag()
  const db = await drizzleFor(payload, req)
  if (dialect === 'sqlite') {
    await sqliteReplace(db, sql, collection, docId, rows, held?.length === 0)
    return
  }
  const stored = held ?? (await postgresStoredRows(db, sql, collection, docId))
  await postgresReplace(db, sql, stored, rows)
}

/**
 * A publish that changed no indexed field of the latest version: the public
 * now sees what staff saw, so the latest rows, already in the index, are
 * copied as the published ones (with the document's date), and nothing is
 * read through Payload. False when the index holds no latest row for some
 * locale (then the caller reads the document and puts it right).
 *
 * On SQLite this is one statement: the latest rows copied as published ones
 * and given the date, in one upsert (the triggers index the published words
 * only where they changed).
 */
export const publishLatestRows = async (
  payload: Payload,
  req: PayloadRequest | undefined,
  collection: string,
  docId: string,
  publishedAt: null | string,
): Promise<boolean> => {
  const dialect = searchDialect(payload)
  if (!dialect) return true
  const sql = await sqlTag()
  const db = await drizzleFor(payload, req)
  const locales = localeCodesOf(payload)
  if (dialect === 'sqlite') {
    const written = await rowsOf(
      dialect,
      db,
      // `WHERE` before `ON CONFLICT` is required: SQLite would otherwise read ON as a join's.
      sql`INSERT INTO ${sql.raw(DOCS)} (collection, doc_id, locale, draft, published_at, title, body)
        SELECT d.collection, d.doc_id, d.locale, v.draft, ${publishedAt}, d.title, d.body
        FROM ${sql.raw(DOCS)} d, (SELECT 0 AS draft UNION ALL SELECT 1) v
        WHERE d.collection = ${collection} AND d.doc_id = ${docId} AND d.draft = 1
        ${sql.raw(SQLITE_UPSERT)} RETURNING locale`,
    )
    return written.length === 2 * locales.length
  }
  const stored = await postgresStoredRows(db, sql, collection, docId)
  const latest = stored.filter((row) => row.draft).map((row) => ({ ...row, publishedAt }))
  if (latest.length < locales.length) return false
  const rows = [...latest, ...latest.map((row) => ({ ...row, draft: false }))]
  await postgresReplace(db, sql, stored, rows)
  return true
}

/**
 * Empties the index (before a rebuild). On SQLite the triggers take each
 * row's words out of its scope's index as the row goes, in the one statement.
 */
export const clearIndex = async (payload: Payload): Promise<void> => {
  const dialect = searchDialect(payload)
  if (!dialect) return
  const sql = await sqlTag()
  const { drizzle } = payload.db as unknown as SqlAdapter
  await run(
    dialect,
    drizzle,
    sql.raw(`DELETE FROM ${dialect === 'postgres' ? SEARCH_TABLE : DOCS}`),
  )
}

export type IndexQuery = {
  terms: string[]
  locale: string
  /** Latest versions (staff) instead of what is published. */
  draft: boolean
  collections: string[]
  /** Fewer than every searchable collection asked for (`type`): only then are rows filtered by collection. */
  narrowed: boolean
  limit: number
  offset: number
  /** Matches counted up to this many: past it `total` says this (search.ts; docs "Site search"). */
  countCap: number
}

export type IndexHit = { collection: string; docId: string; title: string; body: string }

type Part = 'body' | 'title'
type Dialected = {
  /** One part's matches (title: the terms are in the title; body: everywhere else only), best first. */
  ranked: (part: Part, limit: number, offset: number, cap: number) => SQL
  /** One part's matches, counted up to `cap` (when the page holds none of them: `ranked` counts them too). */
  counted: (part: Part, cap: number) => SQL
}

/** The recency nudge shared by both databases: up to a quarter more for a document published today. */
const RECENCY_YEAR_DAYS = 365.25

/**
 * How many of a part's best matches by relevance alone the recency nudge
 * reorders. Ranking is in two steps, as search engines rescore: every match
 * is scored by relevance (bm25 / ts_rank, which the database computes from
 * its own index), and only the best of them have their date looked up and
 * are nudged; the rest follow in relevance order. Looking up every match's
 * date cost more than scoring it (a common word's 5,000 title matches at
 * 10k documents a collection: 11.5 ms to rank on SQLite, 4.5 ms in two steps).
 */
export const RESCORE_WINDOW = 100

/** How many of a part's matches the first step keeps: the window, or as far as the page reaches. */
const keptFor = (limit: number, offset: number) => Math.max(RESCORE_WINDOW, offset + limit)

const postgresQueries = (sql: SqlTag, query: IndexQuery, collections: null | SQL): Dialected => {
  // Terms hold letters and digits only (text.ts), so they are safe inside to_tsquery's syntax.
  const tsquery = query.terms.map((term) => `${term}:*`).join(' & ')
  const config = pgConfig(query.locale)
  // locale and draft as the scope's partial indexes name them, so the planner picks those.
  const scope = sql`locale = ${query.locale} AND draft = ${sql.raw(String(query.draft))}`
  const where = (part: Part) =>
    sql`FROM ${sql.raw(SEARCH_TABLE)}, to_tsquery(${config}::regconfig, ${tsquery}) AS q
      WHERE ${scope}
        AND ${part === 'title' ? sql`title_document @@ q` : sql`document @@ q AND NOT title_document @@ q`}
        ${collections ? sql`AND collection IN (${collections})` : sql``}`
  const window = sql.raw(String(RESCORE_WINDOW))
  return {
    // Relevance for every match, the date only for the window's, the text only for the page's rows;
    // the matches kept once to be both ranked and counted (one scan of the index, not two).
    ranked: (part, limit, offset) =>
      sql`WITH matches AS MATERIALIZED (
          SELECT collection, doc_id, published_at, ts_rank(document, q) AS r ${where(part)}),
        top AS (SELECT * FROM matches ORDER BY r DESC, collection, doc_id LIMIT ${keptFor(limit, offset)}),
        ranked AS (SELECT *, row_number() OVER (ORDER BY r DESC, collection, doc_id) AS pos FROM top),
        page AS (
          SELECT collection, doc_id, pos > ${window} AS tier,
            CASE WHEN pos <= ${window}
              THEN r * (1 + 0.25 / (1 + greatest(0, extract(epoch FROM now() - coalesce(published_at, now()))) / ${sql.raw(String(RECENCY_YEAR_DAYS * 86400))}))
              ELSE -pos END AS score
          FROM ranked ORDER BY tier, score DESC, collection, doc_id LIMIT ${limit} OFFSET ${offset})
        SELECT page.collection, page.doc_id, t.title, t.body, (SELECT count(*) FROM matches) AS matches
        FROM page JOIN ${sql.raw(SEARCH_TABLE)} t ON t.collection = page.collection AND t.doc_id = page.doc_id AND ${scope}
        ORDER BY page.tier, page.score DESC, page.collection, page.doc_id`,
    counted: (part, cap) =>
      sql`SELECT count(*) AS total FROM (SELECT 1 ${where(part)} LIMIT ${cap}) AS capped`,
  }
}

const sqliteQueries = (sql: SqlTag, query: IndexQuery, collections: null | SQL): Dialected => {
  const terms = query.terms.map((term) => `"${term}"*`).join(' ')
  // FTS5 decides title-or-not inside its own index: no per-row subquery.
  const match = (part: Part) =>
    part === 'title' ? `{title} : (${terms})` : `(${terms}) NOT ({title} : (${terms}))`
  const scope = sql.raw(scopeName(query.locale, query.draft))
  const docs = sql.raw(DOCS)
  const window = sql.raw(String(RESCORE_WINDOW))
  // Every collection asked for (the usual case): counted in the words' own table, no row looked up.
  const counted = (part: Part, cap: number) =>
    collections
      ? sql`SELECT count(*) AS total FROM (SELECT 1 FROM ${scope} s JOIN ${docs} d ON d.id = s.rowid
          WHERE ${scope} MATCH ${match(part)} AND d.collection IN (${collections}) LIMIT ${cap})`
      : sql`SELECT count(*) AS total FROM (SELECT 1 FROM ${scope} WHERE ${scope} MATCH ${match(part)} LIMIT ${cap})`
  return {
    // Relevance for every match (the documents' table joined only when narrowed to some types), the
    // date only for the window's, the collection, id and text only for the page's rows.
    ranked: (part, limit, offset, cap) =>
      sql`WITH top AS (
          SELECT s.rowid AS id, bm25(${scope}, 10.0, 1.0) AS r FROM ${scope} s
          ${collections ? sql`JOIN ${docs} d ON d.id = s.rowid` : sql``}
          WHERE ${scope} MATCH ${match(part)} ${collections ? sql`AND d.collection IN (${collections})` : sql``}
          ORDER BY r, s.rowid LIMIT ${keptFor(limit, offset)}),
        ranked AS (SELECT id, r, row_number() OVER (ORDER BY r, id) AS pos FROM top),
        page AS (
          SELECT id, pos > ${window} AS tier,
            CASE WHEN pos <= ${window}
              THEN r * (1 + 0.25 / (1 + max(0, julianday('now') - julianday(coalesce((SELECT published_at FROM ${docs} x WHERE x.id = ranked.id), 'now'))) / ${sql.raw(String(RECENCY_YEAR_DAYS))}))
              ELSE pos END AS score
          FROM ranked ORDER BY tier, score, id LIMIT ${limit} OFFSET ${offset})
        SELECT d.collection AS collection, d.doc_id AS doc_id, d.title AS title, d.body AS body,
          (${counted(part, cap)}) AS matches
        FROM page p JOIN ${docs} d ON d.id = p.id
        ORDER BY p.tier, p.score, p.id`,
    counted,
  }
}

/**
 * The documents whose words start with every term, best first: title
 * matches, then relevance (bm25 / ts_rank), the best hundred of each part
 * nudged up to a quarter for recent documents (RESCORE_WINDOW), then a
 * stable order.
 *
 * Why in two parts: ranking means scoring every match, and a common word
 * matches thousands of documents. Title matches come first whatever their
 * score, so a page is taken from the (far fewer) title matches, and the
 * body-only matches are scored only when the page reaches past them. The
 * order is the one a single ORDER BY over both would give.
 */
export const searchIndex = async (
  payload: Payload,
  req: PayloadRequest,
  query: IndexQuery,
): Promise<{ hits: IndexHit[]; total: number }> => {
  const dialect = searchDialect(payload)
  if (!dialect) return { hits: [], total: 0 }
  const sql = await sqlTag()
  const db = await drizzleFor(payload, req)
  const collections = query.narrowed
    ? sql.join(
        query.collections.map((slug) => sql`${slug}`),
        sql`, `,
      )
    : null
  const queries = (dialect === 'postgres' ? postgresQueries : sqliteQueries)(
    sql,
    query,
    collections,
  )
  const countOf = async (part: Part, cap: number) =>
    cap > 0 ? Number((await rowsOf(dialect, db, queries.counted(part, cap)))[0]?.total ?? 0) : 0
  const { limit, offset, countCap } = query
  /** One part's page and how many it matched (up to `cap`): counted apart only when the page holds none. */
  const pageOf = async (part: Part, limit: number, offset: number, cap: number) => {
    const rows = await rowsOf(dialect, db, queries.ranked(part, limit, offset, cap))
    const matches = rows.length ? Math.min(Number(rows[0]!.matches), cap) : await countOf(part, cap)
    return { rows, matches }
  }
  // Counted only up to the cap: the page in hand says nothing of what is past it.
  const title = await pageOf('title', limit, offset, countCap)
  const rows = [...title.rows]
  let total = title.matches
  if (rows.length < limit) {
    const body = await pageOf(
      'body',
      limit - rows.length,
      Math.max(0, offset - title.matches),
      countCap - title.matches,
    )
    rows.push(...body.rows)
    total += body.matches
  } else {
    total += await countOf('body', countCap - title.matches)
  }
  return {
    hits: rows.map((row) => ({
      collection: String(row.collection),
      docId: String(row.doc_id),
      title: String(row.title),
      body: String(row.body),
    })),
    total,
  }
}
