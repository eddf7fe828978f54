import type { AdapterName } from './databases.ts'

/** Rows of one SQL statement, read straight from a SQLite or PostgreSQL database (no API, no Payload). */
export const sqlRows = async (
  adapter: AdapterName,
  uri: string,
  statement: string,
): Promise<Record<string, unknown>[]> => {
  if (adapter === 'sqlite') {
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: uri })
    try {
      return (await client.execute(statement)).rows.map((row) => ({ ...row }))
    } finally {
      client.close()
    }
  }
  if (adapter !== 'postgres') throw new Error(`${adapter} has no SQL`)
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query(statement)).rows
  } finally {
    await client.end()
  }
}
