import type { Config, DatabaseAdapterObj } from 'payload'

import { SEARCH_TABLE } from './store.ts'

type PushResult = {
  hasDataLoss: boolean
  warnings: string[]
  statementsToExecute?: string[]
  apply: () => Promise<void>
}
type DrizzleKit = { pushSchema: (...args: unknown[]) => Promise<PushResult> }
type Adapter = {
  name?: string
  tablesFilter?: string[]
  requireDrizzleKit?: () => DrizzleKit
  execute?: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
}

const ours = (text: string) => text.includes(SEARCH_TABLE)

/** The drizzle instance, its `all` answering as if the index's tables were not there. */
const withoutOurTables = (drizzle: unknown): unknown =>
  new Proxy(drizzle as object, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (property !== 'all' || typeof value !== 'function') return value
      return async (...query: unknown[]) => {
        const rows: unknown = await value.apply(target, query)
        if (!Array.isArray(rows)) return rows
        return rows.filter(
          (row) =>
            !Object.values(row as Record<string, unknown>).some(
              (cell) => typeof cell === 'string' && ours(cell),
            ),
        )
      }
    },
  })

/**
 * The development push makes the database match Payload's schema, which
 * does not hold the search index (src/search/store.ts): left alone, it
 * would offer to drop the index's tables at every start. PostgreSQL's push
 * takes a table filter; SQLite's does not, so its plan is kept without them.
 */
const keepSearchTables = (adapter: Adapter): void => {
  if (adapter.name === 'postgres') {
    adapter.tablesFilter = [...(adapter.tablesFilter ?? ['*']), `!${SEARCH_TABLE}*`]
    return
  }
  const requireKit = adapter.requireDrizzleKit
  if (adapter.name !== 'sqlite' || !requireKit) return
  adapter.requireDrizzleKit = () => {
    const kit = requireKit()
    return {
      ...kit,
      pushSchema: async (...args: unknown[]) => {
        // drizzle-kit reads the database's tables through the drizzle instance's `all`. Seen,
        // the index's tables are candidates when a new table appears: it asks on a terminal
        // whether the new one is one of them renamed, and a start without a terminal never ends.
        const [imports, drizzle, ...rest] = args
        const result = await kit.pushSchema(imports, withoutOurTables(drizzle), ...rest)
        const statements = result.statementsToExecute ?? []
        if (!statements.some(ours)) return result
        const kept = statements.filter((statement) => !ours(statement))
        const warnings = result.warnings.filter((warning) => !ours(warning))
        return {
          ...result,
          hasDataLoss: result.hasDataLoss && warnings.length > 0,
          warnings,
          statementsToExecute: kept,
          apply: async () => {
            for (const raw of kept) await adapter.execute?.({ drizzle: args[1], raw })
          },
        }
      },
    }
  }
}

/** The config's database adapter, with the search index's tables kept out of the development push. */
export const withSearchTablesKept = (db: Config['db']): Config['db'] =>
  db && {
    ...db,
    init: ((args: Parameters<DatabaseAdapterObj['init']>[0]) => {
      const adapter = db.init(args)
      keepSearchTables(adapter as unknown as Adapter)
      return adapter
    }) as DatabaseAdapterObj['init'],
  }
