/**
 * Many new documents of one collection, and their first versions, written
 * with one multi-row INSERT per table (main, `_locales`, `_rels`, arrays and
 * their locales, then the same for `_v`). Rows come from Payload's own
 * `transformForWrite`, so columns are named and filled as `payload.create`
 * fills them; only the statements are batched.
 *
 * Ids come back with `RETURNING` and are matched by content, never by
 * position: main rows by `slug` (unique in every bulk collection), version
 * rows by `parent`. Neither SQLite nor PostgreSQL promises RETURNING order.
 */
import type { CollectionSlug, Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { StoredDoc } from './bulkPrepare.ts'
import type { DrizzleInternals, Row, RowToInsert } from './drizzleInternals.ts'

import { buildVersionCollectionFields } from 'payload'

import { drizzleInternals } from './drizzleInternals.ts'
import { fastInserter, type Inserter } from './fastInsert.ts'

type Table = Record<string, unknown>
type DrizzleDb = unknown

/** The parts of Payload's SQL adapters (`@payloadcms/drizzle`) this writer uses. */
export type SqlAdapter = {
  drizzle: DrizzleDb
  sessions: Record<string, { db: DrizzleDb } | undefined>
  tables: Record<string, Table>
  tableNameMap: Map<string, string>
  localesSuffix?: string
  relationshipsSuffix?: string
  versionsSuffix?: string
}

/** Payload's SQL adapters have drizzle tables; MongoDB has none and keeps the Local API path. */
export const sqlAdapterOf = (payload: Payload): SqlAdapter | undefined => {
  const db = payload.db as unknown as Partial<SqlAdapter>
  return db.drizzle && db.tables && db.tableNameMap ? (db as SqlAdapter) : undefined
}

/** Many rows in as few statements as the parameter limit allows (seed/fastInsert.ts). */
const insertRows = async (db: Inserter, table: Table, rows: Row[]): Promise<void> => {
  await db.insert(table).values(rows)
}

const insertReturning = (
  db: Inserter,
  table: Table,
  rows: Row[],
  columns: Record<string, unknown>,
): PromiseLike<Row[]> => db.insert(table).values(rows).returning(columns)

/**
 * The key Payload's SQL adapters file a collection's tables under (they use the
 * `to-snake-case` package, not a dependency of ours; slugs are plain enough).
 */
const snakeCase = (slug: string): string =>
  slug
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase()

type Writer = {
  adapter: SqlAdapter
  db: Inserter
  internals: DrizzleInternals
}

/** Everything that hangs off the given parent rows: locales, relationships, hasMany texts/numbers/selects, arrays. */
const insertChildren = async (
  { adapter, db, internals }: Writer,
  tableName: string,
  built: RowToInsert[],
  parentIds: unknown[],
): Promise<void> => {
  const locales: Row[] = []
  const relationships: Row[] = []
  const texts: Row[] = []
  const numbers: Row[] = []
  const selects: Record<string, Row[]> = {}
  built.forEach((rows, i) => {
    const id = parentIds[i]
    if (Object.keys(rows.blocks).length > 0) {
      // None of the bulk collections has blocks; refuse rather than drop them silently.
      throw new Error(`The bulk seed does not write blocks (table ${tableName}).`)
    }
    for (const [locale, row] of Object.entries(rows.locales)) {
      locales.push({ ...row, _parentID: id, _locale: locale })
    }
    for (const row of rows.relationships) relationships.push({ ...row, parent: id })
    for (const row of rows.texts) texts.push({ ...row, parent: id })
    for (const row of rows.numbers) numbers.push({ ...row, parent: id })
    for (const [table, rowsOfTable] of Object.entries(rows.selects)) {
      for (const row of rowsOfTable) (selects[table] ??= []).push({ parent: id, ...row })
    }
  })
  const table = (name: string) => {
    const found = adapter.tables[name]
    if (!found) throw new Error(`No table ${name} in the database schema.`)
    return found
  }
  if (locales.length)
    await insertRows(db, table(`${tableName}${adapter.localesSuffix ?? '_locales'}`), locales)
  if (relationships.length) {
    await insertRows(
      db,
      table(`${tableName}${adapter.relationshipsSuffix ?? '_rels'}`),
      relationships,
    )
  }
  if (texts.length) await insertRows(db, table(`${tableName}_texts`), texts)
  if (numbers.length) await insertRows(db, table(`${tableName}_numbers`), numbers)
  for (const [name, rows] of Object.entries(selects)) await insertRows(db, table(name), rows)
  // Payload's own: one insert per array table for all parents, array locales matched by row id or `_uuid`.
  await internals.insertArrays({
    adapter,
    arrays: built.map((rows) => rows.arrays),
    db,
    parentRows: parentIds.map((id) => ({ id })),
  })
}

/**
 * Write `docs` (as `prepareForStorage` made them) into the collection and its
 * versions, inside `req`'s transaction. Returns the new ids by slug.
 */
export const insertDocuments = async (
  payload: Payload,
  adapter: SqlAdapter,
  collection: SanitizedCollectionConfig,
  docs: StoredDoc[],
  req: PayloadRequest,
): Promise<Map<string, unknown>> => {
  if (docs.length === 0) return new Map()
  const internals = await drizzleInternals()
  const transactionID = req.transactionID ? String(await req.transactionID) : undefined
  // The transaction's connection (PostgreSQL's, or the serialized SQLite one): see seed/context.ts.
  const db = await fastInserter(
    (transactionID && adapter.sessions[transactionID]?.db) || adapter.drizzle,
  )
  const writer: Writer = { adapter, db, internals }
  const slug = collection.slug as CollectionSlug
  const snake = snakeCase(slug)
  const tableName = adapter.tableNameMap.get(snake) ?? snake
  const table = adapter.tables[tableName]
  if (!table) throw new Error(`No table for the ${slug} collection in the database schema.`)
  // One moment for the whole batch, as if the documents were made in the same instant.
  const now = new Date().toISOString()

  const main = docs.map((doc) =>
    internals.transformForWrite({
      adapter,
      data: { ...doc, createdAt: doc.createdAt ?? now, updatedAt: doc.updatedAt ?? now },
      enableAtomicWrites: false,
      fields: collection.flattenedFields,
      tableName,
    }),
  )
  const returned = await insertReturning(
    db,
    table,
    main.map((rows) => rows.row),
    { id: table.id, slug: table.slug },
  )
  const idBySlug = new Map(returned.map((row) => [String(row.slug), row.id]))
  const ids = docs.map((doc) => {
    const id = idBySlug.get(String(doc.slug))
    if (id === undefined) throw new Error(`No id came back for ${slug} "${String(doc.slug)}".`)
    return id
  })
  await insertChildren(writer, tableName, main, ids)

  if (!collection.versions) return idBySlug
  // What `saveVersion` saves after a create: the stored document as the version, latest, not autosaved.
  const versionTableName =
    adapter.tableNameMap.get(`_${snake}${adapter.versionsSuffix ?? '_v'}`) ?? `_${snake}_v`
  const versionTable = adapter.tables[versionTableName]
  if (!versionTable) throw new Error(`No versions table for ${slug} in the database schema.`)
  const versionFields = buildVersionCollectionFields(payload.config, collection, true)
  const versions = docs.map((doc, i) =>
    internals.transformForWrite({
      adapter,
      data: {
        parent: ids[i],
        version: { ...doc, createdAt: doc.createdAt ?? now, updatedAt: doc.updatedAt ?? now },
        latest: true,
        autosave: false,
        createdAt: now,
        updatedAt: now,
      },
      enableAtomicWrites: false,
      fields: versionFields,
      tableName: versionTableName,
    }),
  )
  const versionRows = await insertReturning(
    db,
    versionTable,
    versions.map((rows) => rows.row),
    { id: versionTable.id, parent: versionTable.parent },
  )
  const versionByParent = new Map(versionRows.map((row) => [String(row.parent), row.id]))
  await insertChildren(
    writer,
    versionTableName,
    versions,
    ids.map((id) => versionByParent.get(String(id))),
  )
  return idBySlug
}
