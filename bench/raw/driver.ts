import { createClient } from '@libsql/client'
import pg from 'pg'

export type Row = Record<string, unknown>

/** The one thing the raw server needs from a driver: rows for a query with `?` placeholders. */
export type Driver = {
  kind: 'sqlite' | 'postgres'
  all: (sql: string, params?: unknown[]) => Promise<Row[]>
  close: () => Promise<void>
}

/** `?` → `$1, $2, …` (the SQL here has no `?` inside string literals). */
const numbered = (sql: string) => {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

/**
 * The driver Payload's adapter uses underneath, with nothing in between:
 * `@libsql/client` for `file:` URIs, `pg` for `postgres://`.
 */
export const openDriver = (uri: string): Driver => {
  if (/^postgres(ql)?:\/\//.test(uri)) {
    // Numbers as numbers, like Payload returns them (pg gives NUMERIC and COUNT(*) as strings).
    pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value))
    pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))
    // Pool size as Payload's adapter leaves it (pg's default).
    const pool = new pg.Pool({ connectionString: uri })
    return {
      kind: 'postgres',
      all: async (sql, params = []) => (await pool.query(numbered(sql), params)).rows as Row[],
      close: () => pool.end(),
    }
  }
  const client = createClient({ url: uri })
  return {
    kind: 'sqlite',
    all: async (sql, params = []) =>
      (await client.execute({ sql, args: params as never[] })).rows as unknown as Row[],
    close: async () => client.close(),
  }
}
