import type { Config, DatabaseAdapterObj } from 'payload'

import { createHash } from 'node:crypto'

/** The parts of Payload's raw SQL schema (shared by its SQLite and PostgreSQL adapters) this uses. */
type RawIndex = { name: string; on: string | string[]; unique?: boolean }
type RawTable = {
  name: string
  columns: Record<string, { name?: string }>
  indexes: Record<string, RawIndex>
}
type SchemaHookArgs = { adapter: { rawTables?: Record<string, RawTable> }; schema: unknown }
type SchemaHook = (args: SchemaHookArgs) => unknown
type WithSchemaHooks = { beforeSchemaInit?: SchemaHook[] }

/** Columns of an index, always as a list. */
const columnsOf = (index: RawIndex): string[] => (Array.isArray(index.on) ? index.on : [index.on])

const leadsWith = (table: RawTable, columns: string[]): boolean =>
  Object.values(table.indexes).some((index) => {
    const on = columnsOf(index)
    return columns.every((column, i) => on[i] === column)
  })

/** PostgreSQL cuts identifiers at 63 bytes: a long name keeps its start and a short hash of the whole. */
const indexName = (table: RawTable, columns: string[]): string => {
  const full = `${table.name}_${columns.map((column) => table.columns[column]?.name ?? column).join('_')}_idx`
  if (full.length <= 63) return full
  return `${full.slice(0, 54)}_${createHash('sha1').update(full).digest('hex').slice(0, 8)}`
}

const addIndex = (table: RawTable, columns: string[]) => {
  if (!columns.every((column) => column in table.columns) || leadsWith(table, columns)) return
  const name = indexName(table, columns)
  table.indexes[name] = { name, on: columns }
}

/**
 * What the admin's lists sort versions by: Payload's default (creation), the
 * last change, and the date columns the plugin's lists show. A column a table
 * does not have is skipped.
 */
const VERSION_SORTS = [
  'version_createdAt',
  'version_updatedAt',
  'version_publishedAt',
  'version_startsAt',
  'version_opensAt',
  'version_closesAt',
  'version_progressPercent',
]

/**
 * Indexes Payload's SQL adapters do not make, which its own queries need once
 * a charity has thousands of documents (see docs/operators.md, "Indexes"):
 *
 * - every `…_locales` table is read by parent id for each document in a list
 *   (the only index Payload makes there leads with the locale), and so are the
 *   tables of hasMany text and number fields (whose index leads with `order`);
 * - the admin's lists read versions tables filtered on `latest` and sorted by
 *   the version's `updatedAt`, `createdAt` or a date it shows, with `createdAt`
 *   breaking ties; a document's history is read by parent, newest first.
 *
 * Everything a collection's own fields can express is declared on the
 * collection (`index: true`, `indexes`), not here.
 */
export const addPluginIndexes =
  (tablePrefixes: string[]): SchemaHook =>
  ({ adapter, schema }) => {
    const ours = (name: string) =>
      tablePrefixes.some(
        (prefix) =>
          name === prefix || name.startsWith(`${prefix}_`) || name.startsWith(`_${prefix}_`),
      )
    for (const table of Object.values(adapter.rawTables ?? {})) {
      if (!ours(table.name)) continue
      if (table.name.endsWith('_locales')) addIndex(table, ['_parentID'])
      // hasMany text and number fields (a campaign's hashtags): Payload's index leads with `order`.
      if (/_(texts|numbers)$/.test(table.name)) addIndex(table, ['parent'])
      if ('latest' in table.columns && 'parent' in table.columns) {
        for (const sort of VERSION_SORTS) addIndex(table, ['latest', sort, 'createdAt'])
        // One document's history, newest first (the admin's Versions tab).
        addIndex(table, ['parent', 'updatedAt'])
      }
    }
    return schema
  }

/**
 * The config's database adapter, with `hook` run before its SQL schema is
 * built. Only adapters that have schema hooks (Payload's SQL adapters) get it;
 * MongoDB needs none of these (locales live inside each document).
 */
export const withSchemaHook = (db: Config['db'], hook: SchemaHook): Config['db'] =>
  db && {
    ...db,
    init: ((args: Parameters<DatabaseAdapterObj['init']>[0]) => {
      const adapter = db.init(args) as ReturnType<DatabaseAdapterObj['init']> & WithSchemaHooks
      if (Array.isArray(adapter.beforeSchemaInit)) adapter.beforeSchemaInit.push(hook)
      return adapter
    }) as DatabaseAdapterObj['init'],
  }
