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

/** Creates the index's tables when they are missing (every start; nothing when they exist). */
export const ensureSearchTables = async (payload: Payload): Promise<void> => {
  const dialect = searchDialect(payload)
  if (!dialect) return
  const sql = await sqlTag()
  const db = payload.db as unknown as SqlAdapter
  const statements =
    dialect === 'postgres'
      ? [
          sql.raw(`CREATE TABLE IF NOT EXISTS ${SEARCH_TABLE} (
            collection varchar NOT NULL, doc_id varchar NOT NULL, locale varchar NOT NULL,
            draft boolean NOT NULL, title text NOT NULL, body text NOT NULL, published_at timestamptz,
            document tsvector NOT NULL, PRIMARY KEY (collection, doc_id, locale, draft))`),
          sql.raw(
            `CREATE INDEX IF NOT EXISTS ${SEARCH_TABLE}_document_idx ON ${SEARCH_TABLE} USING gin (document)`,
          ),
        ]
      : [
          // The documents, by rowid; the words live in the FTS5 table under the same rowid.
          sql.raw(`CREATE TABLE IF NOT EXISTS ${SEARCH_TABLE}_docs (
            id integer PRIMARY KEY, collection text NOT NULL, doc_id text NOT NULL,
            locale text NOT NULL, draft integer NOT NULL, published_at text,
            UNIQUE (collection, doc_id, locale, draft))`),
          // Accents off, and prefix indexes so the first letters of a word find it quickly.
          sql.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS ${SEARCH_TABLE} USING fts5(
            title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')`),
        ]
  for (const statement of statements) await run(dialect, db.drizzle, statement)
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

/** Takes a document out of the index (every locale). */
export const removeFromIndex = async (
  payload: Payload,
  req: PayloadRequest | undefined,
  collection: string,
  docId: string,
): Promise<void> => {
  const dialect = searchDialect(payload)
  if (!dialect) return
  const sql = await sqlTag()
  const db = await drizzleFor(payload, req)
  if (dialect === 'postgres') {
    await run(
      dialect,
      db,
      sql`DELETE FROM ${sql.raw(SEARCH_TABLE)} WHERE collection = ${collection} AND doc_id = ${docId}`,
    )
    return
  }
  await run(
    dialect,
    db,
    sql`DELETE FROM ${sql.raw(SEARCH_TABLE)} WHERE rowid IN (SELECT id FROM ${sql.raw(`${SEARCH_TABLE}_docs`)} WHERE collection = ${collection} AND doc_id = ${docId})`,
  )
  await run(
    dialect,
    db,
    sql`DELETE FROM ${sql.raw(`${SEARCH_TABLE}_docs`)} WHERE collection = ${collection} AND doc_id = ${docId}`,
  )
}

/** Puts a document's rows (one per locale) in place of whatever the index held for it. */
export const replaceInIndex = async (
  payload: Payload,
  req: PayloadRequest | undefined,
  collection: string,
  docId: string,
  rows: SearchRow[],
): Promise<void> => {
  const dialect = searchDialect(payload)
  if (!dialect) return
  await removeFromIndex(payload, req, collection, docId)
  const sql = await sqlTag()
  const db = await drizzleFor(payload, req)
  for (const row of rows) {
    if (dialect === 'postgres') {
      const config = pgConfig(row.locale)
      // Folded first: PostgreSQL has no accent folding without an extension (SQLite's tokenizer folds its own).
      // Title words weigh A, the rest B: ranking puts title matches first (searchIndex below).
      await run(
        dialect,
        db,
        sql`INSERT INTO ${sql.raw(SEARCH_TABLE)} (collection, doc_id, locale, draft, title, body, published_at, document)
          VALUES (${row.collection}, ${row.docId}, ${row.locale}, ${row.draft}, ${row.title}, ${row.body}, ${row.publishedAt}::timestamptz,
            setweight(to_tsvector(${config}::regconfig, ${foldText(row.title)}), 'A') ||
            setweight(to_tsvector(${config}::regconfig, ${foldText(row.body)}), 'B'))`,
      )
      continue
    }
    await run(
      dialect,
      db,
      sql`INSERT INTO ${sql.raw(`${SEARCH_TABLE}_docs`)} (collection, doc_id, locale, draft, published_at)
        VALUES (${row.collection}, ${row.docId}, ${row.locale}, ${row.draft ? 1 : 0}, ${row.publishedAt})`,
    )
    await run(
      dialect,
      db,
      sql`INSERT INTO ${sql.raw(SEARCH_TABLE)} (rowid, title, body)
        SELECT id, ${row.title}, ${row.body} FROM ${sql.raw(`${SEARCH_TABLE}_docs`)}
        WHERE collection = ${row.collection} AND doc_id = ${row.docId} AND locale = ${row.locale} AND draft = ${row.draft ? 1 : 0}`,
    )
  }
}

/** Empties the index (before a rebuild). */
export const clearIndex = async (payload: Payload): Promise<void> => {
  const dialect = searchDialect(payload)
  if (!dialect) return
  const sql = await sqlTag()
  const { drizzle } = payload.db as unknown as SqlAdapter
  await run(dialect, drizzle, sql.raw(`DELETE FROM ${SEARCH_TABLE}`))
  if (dialect === 'sqlite') await run(dialect, drizzle, sql.raw(`DELETE FROM ${SEARCH_TABLE}_docs`))
}

export type IndexQuery = {
  terms: string[]
  locale: string
  /** Latest versions (staff) instead of what is published. */
  draft: boolean
  collections: string[]
  limit: number
  offset: number
  /** Matches counted up to this many: past it `total` says this (search.ts; docs "Site search"). */
  countCap: number
}

export type IndexHit = { collection: string; docId: string; title: string; body: string }

type Part = 'body' | 'title'
type Dialected = {
  /** One part's matches (title: the terms are in the title; body: everywhere else only), best first. */
  ranked: (part: Part, limit: number, offset: number) => SQL
  /** One part's matches, counted up to `cap`. */
  counted: (part: Part, cap: number) => SQL
}

/** The recency nudge shared by both databases: up to a quarter more for a document published today. */
const RECENCY_YEAR_DAYS = 365.25

const postgresQueries = (sql: SqlTag, query: IndexQuery, collections: SQL): Dialected => {
  // Terms hold letters and digits only (text.ts), so they are safe inside to_tsquery's syntax.
  const tsquery = query.terms.map((term) => `${term}:*`).join(' & ')
  const config = pgConfig(query.locale)
  const where = (part: Part) =>
    sql`FROM ${sql.raw(SEARCH_TABLE)}, to_tsquery(${config}::regconfig, ${tsquery}) AS q
      WHERE document @@ q AND ${part === 'title' ? sql`` : sql`NOT `}(ts_filter(document, '{a}') @@ q)
        AND locale = ${query.locale} AND draft = ${query.draft} AND collection IN (${collections})`
  return {
    ranked: (part, limit, offset) =>
      sql`SELECT collection, doc_id, title, body ${where(part)}
        ORDER BY ts_rank(document, q) * (1 + 0.25 / (1 + greatest(0, extract(epoch FROM now() - coalesce(published_at, now()))) / ${sql.raw(String(RECENCY_YEAR_DAYS * 86400))})) DESC,
          collection, doc_id
        LIMIT ${limit} OFFSET ${offset}`,
    counted: (part, cap) =>
      sql`SELECT count(*) AS total FROM (SELECT 1 ${where(part)} LIMIT ${cap}) AS capped`,
  }
}

const sqliteQueries = (sql: SqlTag, query: IndexQuery, collections: SQL): Dialected => {
  const terms = query.terms.map((term) => `"${term}"*`).join(' ')
  // FTS5 decides title-or-not inside its own index: no per-row subquery.
  const match = (part: Part) =>
    part === 'title' ? `{title} : (${terms})` : `(${terms}) NOT ({title} : (${terms}))`
  const docs = sql.raw(`${SEARCH_TABLE}_docs`)
  const where = (part: Part) => sql`FROM ${sql.raw(SEARCH_TABLE)} s JOIN ${docs} d ON d.id = s.rowid
    WHERE ${sql.raw(SEARCH_TABLE)} MATCH ${match(part)} AND d.locale = ${query.locale} AND d.draft = ${query.draft ? 1 : 0} AND d.collection IN (${collections})`
  return {
    ranked: (part, limit, offset) =>
      sql`SELECT d.collection AS collection, d.doc_id AS doc_id, s.title AS title, s.body AS body ${where(part)}
        ORDER BY bm25(${sql.raw(SEARCH_TABLE)}, 10.0, 1.0) * (1 + 0.25 / (1 + max(0, julianday('now') - julianday(coalesce(d.published_at, 'now'))) / ${sql.raw(String(RECENCY_YEAR_DAYS))})),
          d.collection, d.doc_id
        LIMIT ${limit} OFFSET ${offset}`,
    counted: (part, cap) =>
      sql`SELECT count(*) AS total FROM (SELECT 1 ${where(part)} LIMIT ${cap})`,
  }
}

/**
 * The documents whose words start with every term, best first: title
 * matches, then relevance (bm25 / ts_rank) nudged up to a quarter for
 * recent documents, then a stable order.
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
  const collections = sql.join(
    query.collections.map((slug) => sql`${slug}`),
    sql`, `,
  )
  const queries = (dialect === 'postgres' ? postgresQueries : sqliteQueries)(
    sql,
    query,
    collections,
  )
  const countOf = async (part: Part, cap: number) =>
    cap > 0 ? Number((await rowsOf(dialect, db, queries.counted(part, cap)))[0]?.total ?? 0) : 0
  const { limit, offset, countCap } = query
  const rows = await rowsOf(dialect, db, queries.ranked('title', limit, offset))
  // Counted only up to the cap: the page in hand says nothing of what is past it.
  const titles = await countOf('title', countCap)
  if (rows.length < limit) {
    const bodyOffset = Math.max(0, offset - titles)
    rows.push(
      ...(await rowsOf(dialect, db, queries.ranked('body', limit - rows.length, bodyOffset))),
    )
  }
  const total = titles + (await countOf('body', countCap - titles))
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
