import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Drizzle-kit snapshots: `payload migrate:create` writes one beside each
 * migration (`<name>.json`), the schema as it stood after that migration.
 * Only the parts named here are compared for the report; whether anything
 * needs migrating at all is drizzle-kit's own answer (see backend/cli/migrations.ts).
 */
type Column = { name: string; type?: string; notNull?: boolean; default?: unknown }
type Table = {
  name: string
  columns: Record<string, Column>
  indexes?: Record<string, { name: string; columns?: unknown; isUnique?: boolean }>
}
export type Snapshot = { version?: string; tables: Record<string, Table> }

/** The newest snapshot in a migrations folder (names start with their timestamp), if any. */
export const latestSnapshotFile = (dir: string): string | undefined => {
  const [latest] = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .reverse()
  return latest && path.join(dir, latest)
}

export const readSnapshot = (file: string): Snapshot =>
  JSON.parse(readFileSync(file, 'utf8')) as Snapshot

const byName = <T extends { name: string }>(record: Record<string, T> | undefined) =>
  new Map(Object.values(record ?? {}).map((entry) => [entry.name, entry]))

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

const columnShape = (column: Column) =>
  `${column.type ?? '?'}${column.notNull ? ' not null' : ''}${column.default === undefined ? '' : ` default ${String(column.default)}`}`

/**
 * What changed from the committed snapshot (`before`) to the schema the
 * config makes now (`after`), one line a table, column or index, e.g.
 * `posts.subtitle: column added (text)`.
 */
export const describeSchemaChanges = (before: Snapshot, after: Snapshot): string[] => {
  const lines: string[] = []
  const oldTables = byName(before.tables)
  const newTables = byName(after.tables)
  for (const [name, table] of newTables) {
    const old = oldTables.get(name)
    if (!old) {
      lines.push(`${name}: table added (${Object.keys(table.columns).length} columns)`)
      continue
    }
    const oldColumns = byName(old.columns)
    const newColumns = byName(table.columns)
    for (const [column, shape] of newColumns) {
      const was = oldColumns.get(column)
      if (!was) lines.push(`${name}.${column}: column added (${columnShape(shape)})`)
      else if (columnShape(was) !== columnShape(shape)) {
        lines.push(
          `${name}.${column}: column changed (${columnShape(was)} → ${columnShape(shape)})`,
        )
      }
    }
    for (const column of oldColumns.keys()) {
      if (!newColumns.has(column)) lines.push(`${name}.${column}: column removed`)
    }
    const oldIndexes = byName(old.indexes)
    const newIndexes = byName(table.indexes)
    for (const [index, shape] of newIndexes) {
      const was = oldIndexes.get(index)
      if (!was) lines.push(`${name}: index ${index} added`)
      else if (!same(was, shape)) lines.push(`${name}: index ${index} changed`)
    }
    for (const index of oldIndexes.keys()) {
      if (!newIndexes.has(index)) lines.push(`${name}: index ${index} removed`)
    }
  }
  for (const name of oldTables.keys()) {
    if (!newTables.has(name)) lines.push(`${name}: table removed`)
  }
  return lines
}
