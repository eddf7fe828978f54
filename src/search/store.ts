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

// Loaded only on SQL adapters, which bring it: a MongoDB host never needs it.
const sqlTag = async () => (await import('drizzle-orm')).sql
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

/** SQLite: one FTS5 table per scope; accents off, prefix indexes so the first letters of a word find it quickly. */
const sqliteScopeTable = (locale: string, draft: boolean) =>
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${scopeName(locale, draft)} USING fts5(
            title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')`

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
          // The documents, by rowid; the words live in their scope's FTS5 table under the same rowid.
          `CREATE TABLE IF NOT EXISTS ${DOCS} (
            id integer PRIMARY KEY, collection text NOT NULL, doc_id text NOT NULL,
            locale text NOT NULL, draft integer NOT NULL, published_at text,
            UNIQUE (collection, doc_id, locale, draft))`,
          ...scopes.map(({ locale, draft }) => sqliteScopeTable(locale, draft)),
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
  // SQLite takes the database's write lock per statement, which serialises starts already.
  for (const statement of statements) await run(dialect, db.drizzle, sql.raw(statement))
  await moveSqliteIndexIntoScopes(db.drizzle, sql, scopes)
}

/** SQLite, once after an upgrade: the single table's rows go to their scopes' tables; the rest (a locale no longer configured) go. */
const moveSqliteIndexIntoScopes = async (
  drizzle: Drizzle,
  sql: SqlTag,
  scopes: { locale: string; draft: boolean }[],
): Promise<void> => {
  const [old] = await drizzle.all!(
    sql`SELECT 1 AS found FROM sqlite_master WHERE name = ${SEARCH_TABLE} AND sql LIKE '%fts5%'`,
  )
  if (!old) return
  await drizzle.run!(sql.raw('BEGIN'))
  try {
    for (const { locale, draft } of scopes) {
      await drizzle.run!(
        sql`INSERT INTO ${sql.raw(scopeName(locale, draft))} (rowid, title, body)
          SELECT s.rowid, s.title, s.body FROM ${sql.raw(SEARCH_TABLE)} s JOIN ${sql.raw(DOCS)} d ON d.id = s.rowid
          WHERE d.locale = ${locale} AND d.draft = ${draft ? 1 : 0}`,
      )
    }
    const locales = sql.join(
      [...new Set(scopes.map(({ locale }) => locale))].map((locale) => sql`${locale}`),
      sql`, `,
    )
    await drizzle.run!(sql`DELETE FROM ${sql.raw(DOCS)} WHERE locale NOT IN (${locales})`)
    await drizzle.run!(sql.raw(`DROP TABLE ${SEARCH_TABLE}`))
    await drizzle.run!(sql.raw('COMMIT'))
  } catch (error) {
    await drizzle.run!(sql.raw('ROLLBACK'))
    throw error
  }
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

export type Stored = SearchRow & { rowid?: number }

/** What the index holds of a document now, every locale and both versions. */
const storedRows = async (
  dialect: SearchDialect,
  db: Drizzle,
  sql: SqlTag,
  locales: string[],
  collection: string,
  docId: string,
): Promise<Stored[]> => {
  const rows =
    dialect === 'postgres'
      ? await rowsOf(
          dialect,
          db,
          sql`SELECT locale, draft, title, body, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS published_at
            FROM ${sql.raw(SEARCH_TABLE)} WHERE collection = ${collection} AND doc_id = ${docId}`,
        )
      : await rowsOf(
          dialect,
          db,
          sql.join(
            scopesOf(locales).map(
              ({ locale, draft }) =>
                sql`SELECT d.id AS rowid, d.locale AS locale, d.draft AS draft, s.title AS title, s.body AS body, d.published_at AS published_at
                  FROM ${sql.raw(DOCS)} d JOIN ${sql.raw(scopeName(locale, draft))} s ON s.rowid = d.id
                  WHERE d.collection = ${collection} AND d.doc_id = ${docId} AND d.locale = ${locale} AND d.draft = ${draft ? 1 : 0}`,
            ),
            sql` UNION ALL `,
          ),
        )
  return rows.map((row) => ({
    collection,
    docId,
    locale: String(row.locale),
    draft: row.draft === true || Number(row.draft) === 1,
    title: String(row.title),
    body: String(row.body),
    publishedAt: row.published_at == null ? null : String(row.published_at),
    rowid: row.rowid == null ? undefined : Number(row.rowid),
  }))
}

/** Takes one stored row out of the index. */
const deleteRow = async (dialect: SearchDialect, db: Drizzle, sql: SqlTag, row: Stored) => {
  if (dialect === 'postgres') {
    await run(
      dialect,
      db,
      sql`DELETE FROM ${sql.raw(SEARCH_TABLE)} WHERE collection = ${row.collection} AND doc_id = ${row.docId} AND locale = ${row.locale} AND draft = ${row.draft}`,
    )
    return
  }
  await run(
    dialect,
    db,
    sql`DELETE FROM ${sql.raw(scopeName(row.locale, row.draft))} WHERE rowid = ${row.rowid}`,
  )
  await run(dialect, db, sql`DELETE FROM ${sql.raw(DOCS)} WHERE id = ${row.rowid}`)
}

/** Gives stored rows (of one document) another date, in one statement. */
const redateRows = async (
  dialect: SearchDialect,
  db: Drizzle,
  sql: SqlTag,
  rows: Stored[],
  publishedAt: null | string,
) => {
  const [first] = rows
  if (!first) return
  await run(
    dialect,
    db,
    dialect === 'postgres'
      ? sql`UPDATE ${sql.raw(SEARCH_TABLE)} SET published_at = ${publishedAt}::timestamptz
          WHERE collection = ${first.collection} AND doc_id = ${first.docId}
            AND (locale, draft) IN (${sql.join(
              rows.map((row) => sql`(${row.locale}, ${row.draft})`),
              sql`, `,
            )})`
      : sql`UPDATE ${sql.raw(DOCS)} SET published_at = ${publishedAt} WHERE id IN (${sql.join(
          rows.map((row) => sql`${row.rowid}`),
          sql`, `,
        )})`,
  )
}

/** Puts rows (of one document) in the index: one statement on PostgreSQL; on SQLite one, then one per scope's table. */
const insertRows = async (dialect: SearchDialect, db: Drizzle, sql: SqlTag, rows: SearchRow[]) => {
  if (!rows.length) return
  if (dialect === 'postgres') {
    // Folded first: PostgreSQL has no accent folding without an extension (SQLite's tokenizer folds its own).
    // Title words weigh A, the rest B: ranking puts title matches first (searchIndex below).
    const values = rows.map((row) => {
      const config = pgConfig(row.locale)
      const title = sql`setweight(to_tsvector(${config}::regconfig, ${foldText(row.title)}), 'A')`
      return sql`(${row.collection}, ${row.docId}, ${row.locale}, ${row.draft}, ${row.title}, ${row.body}, ${row.publishedAt}::timestamptz,
        ${title} || setweight(to_tsvector(${config}::regconfig, ${foldText(row.body)}), 'B'), ${title})`
    })
    await run(
      dialect,
      db,
      sql`INSERT INTO ${sql.raw(SEARCH_TABLE)} (collection, doc_id, locale, draft, title, body, published_at, document, title_document)
        VALUES ${sql.join(values, sql`, `)}`,
    )
    return
  }
  const inserted = await rowsOf(
    dialect,
    db,
    sql`INSERT INTO ${sql.raw(DOCS)} (collection, doc_id, locale, draft, published_at)
      VALUES ${sql.join(
        rows.map(
          (row) =>
            sql`(${row.collection}, ${row.docId}, ${row.locale}, ${row.draft ? 1 : 0}, ${row.publishedAt})`,
        ),
        sql`, `,
      )} RETURNING id, locale, draft`,
  )
  for (const row of rows) {
    const id = inserted.find(
      (found) => found.locale === row.locale && Number(found.draft) === (row.draft ? 1 : 0),
    )?.id
    await run(
      dialect,
      db,
      sql`INSERT INTO ${sql.raw(scopeName(row.locale, row.draft))} (rowid, title, body) VALUES (${Number(id)}, ${row.title}, ${row.body})`,
    )
  }
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
 * the index held for it. A row whose words and date are what the index
 * holds already is left as it is: rewriting full-text rows is most of what
 * upkeep costs, and a publish or an edit of one language changes few.
 */
export const replaceInIndex = async (
  payload: Payload,
  req: PayloadRequest | undefined,
  collection: string,
  docId: string,
  rows: SearchRow[],
  /** What the index holds of the document, when the caller has just read it. */
  held?: Stored[],
): Promise<void> => {
  const dialect = searchDialect(payload)
  if (!dialect) return
  const sql = await sqlTag()
  const db = await drizzleFor(payload, req)
  const stored =
    held ?? (await storedRows(dialect, db, sql, localeCodesOf(payload), collection, docId))
  const key = (row: SearchRow) => `${row.locale}:${row.draft}`
  const wanted = new Map(rows.map((row) => [key(row), row]))
  // Same words, another date (a publish sets it): the date alone, no full-text row rewritten.
  const redated = new Map<null | string, Stored[]>()
  for (const row of stored) {
    const next = wanted.get(key(row))
    if (!next || next.title !== row.title || next.body !== row.body) {
      await deleteRow(dialect, db, sql, row)
      continue
    }
    wanted.delete(key(row))
    if (next.publishedAt !== row.publishedAt) {
      redated.set(next.publishedAt, [...(redated.get(next.publishedAt) ?? []), row])
    }
  }
  for (const [publishedAt, rows] of redated) await redateRows(dialect, db, sql, rows, publishedAt)
  await insertRows(dialect, db, sql, [...wanted.values()])
}

/**
 * A publish that changed no indexed field of the latest version: the public
 * now sees what staff saw, so the latest rows, already in the index, are
 * copied as the published ones (with the document's date), and nothing is
 * read through Payload. False when the index holds no latest rows for the
 * document (then the caller reads it).
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
  const stored = await storedRows(dialect, db, sql, localeCodesOf(payload), collection, docId)
  const latest = stored.filter((row) => row.draft).map((row) => ({ ...row, publishedAt }))
  if (!latest.length) return false
  const rows = [...latest, ...latest.map((row) => ({ ...row, draft: false }))]
  await replaceInIndex(payload, req, collection, docId, rows, stored)
  return true
}

/** Empties the index (before a rebuild). */
export const clearIndex = async (payload: Payload): Promise<void> => {
  const dialect = searchDialect(payload)
  if (!dialect) return
  const sql = await sqlTag()
  const { drizzle } = payload.db as unknown as SqlAdapter
  if (dialect === 'postgres') {
    await run(dialect, drizzle, sql.raw(`DELETE FROM ${SEARCH_TABLE}`))
    return
  }
  for (const { locale, draft } of scopesOf(localeCodesOf(payload))) {
    await run(dialect, drizzle, sql.raw(`DELETE FROM ${scopeName(locale, draft)}`))
  }
  await run(dialect, drizzle, sql.raw(`DELETE FROM ${DOCS}`))
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
        SELECT d.collection AS collection, d.doc_id AS doc_id, s.title AS title, s.body AS body,
          (${counted(part, cap)}) AS matches
        FROM page p JOIN ${docs} d ON d.id = p.id JOIN ${scope} s ON s.rowid = p.id
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
