/**
 * Payload's own row builder for its SQL adapters, loaded from inside
 * `@payloadcms/drizzle`. The package exports `upsertRow` (one document, one
 * statement per table) but not the two pieces it is made of: `transformForWrite`
 * (a document → its rows for the main, `_locales`, `_rels` and array tables)
 * and `insertArrays` (array rows for many parents at once). The bulk seed
 * needs those pieces to write hundreds of documents per statement, and
 * building the rows ourselves would copy Payload's column naming and drift
 * from it on the next upgrade. So they are loaded by resolved path: if a
 * Payload release moves them, this fails loudly at start, not with wrong rows.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export type Row = Record<string, unknown>

/** One array row as `transformForWrite` gives it (arrays may nest). */
export type ArrayRowToInsert = {
  row: Row
  locales: Record<string, Row>
  arrays: Record<string, ArrayRowToInsert[]>
}

/** What `transformForWrite` returns for one document (the parts a create uses). */
export type RowToInsert = {
  row: Row
  locales: Record<string, Row>
  relationships: Row[]
  texts: Row[]
  numbers: Row[]
  selects: Record<string, Row[]>
  arrays: Record<string, ArrayRowToInsert[]>
  blocks: Record<string, unknown[]>
}

export type DrizzleInternals = {
  transformForWrite: (args: {
    adapter: unknown
    data: Record<string, unknown>
    enableAtomicWrites?: boolean
    fields: unknown
    tableName: string
  }) => RowToInsert
  insertArrays: (args: {
    adapter: unknown
    arrays: Record<string, ArrayRowToInsert[]>[]
    db: unknown
    parentRows: { id: unknown }[]
    uuidMap?: Record<string, unknown>
  }) => Promise<void>
}

let loaded: Promise<DrizzleInternals> | undefined

export const drizzleInternals = (): Promise<DrizzleInternals> =>
  (loaded ??= (async () => {
    // Resolved from the adapter's own copy, so it is the code that adapter runs.
    const entry = createRequire(import.meta.url).resolve('@payloadcms/drizzle')
    const dist = path.dirname(entry)
    const load = (file: string) => import(pathToFileURL(path.join(dist, file)).href)
    const [write, arrays] = await Promise.all([
      load('transform/write/index.js'),
      load('upsertRow/insertArrays.js'),
    ])
    if (
      typeof write.transformForWrite !== 'function' ||
      typeof arrays.insertArrays !== 'function'
    ) {
      throw new Error(
        `@payloadcms/drizzle changed its layout (no transformForWrite or insertArrays under ${dist}): update seed/drizzleInternals.ts, or run the seed with --scale through the Local API.`,
      )
    }
    return { transformForWrite: write.transformForWrite, insertArrays: arrays.insertArrays }
  })())
