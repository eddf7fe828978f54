import type { TestBackend } from './harness.ts'

/**
 * Where in the whole database (every table or collection, version history and
 * job queue included) any of `needles` still appears, case-insensitively:
 * `["donations: …row…"]`, empty when nowhere. Read straight from the database,
 * not through the API, so nothing an access rule hides is missed.
 */
export const whereInDatabase = async (
  backend: TestBackend,
  needles: string[],
): Promise<string[]> => {
  const wanted = needles.map((needle) => needle.toLowerCase())
  const hits: string[] = []
  const check = (table: string, row: unknown) => {
    const text = JSON.stringify(row).toLowerCase()
    if (wanted.some((needle) => text.includes(needle))) hits.push(`${table}: ${text.slice(0, 300)}`)
  }
  const uri = backend.database.uri
  if (backend.adapter === 'sqlite') {
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: uri })
    try {
      const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
      for (const { name } of tables.rows) {
        const rows = await client.execute(`SELECT * FROM "${String(name)}"`)
        for (const row of rows.rows) check(String(name), row)
      }
    } finally {
      client.close()
    }
    return hits
  }
  if (backend.adapter === 'postgres') {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: uri })
    await client.connect()
    try {
      const tables = await client.query(
        "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')",
      )
      for (const { table_schema: schema, table_name: table } of tables.rows) {
        const rows = await client.query(
          `SELECT row_to_json(t)::text AS row FROM "${schema}"."${table}" t`,
        )
        for (const { row } of rows.rows) check(table, row)
      }
    } finally {
      await client.end()
    }
    return hits
  }
  const { MongoClient } = await import('mongodb')
  const client = await MongoClient.connect(uri)
  try {
    for (const { name } of await client.db().listCollections().toArray()) {
      for (const doc of await client.db().collection(name).find().toArray()) check(name, doc)
    }
  } finally {
    await client.close()
  }
  return hits
}
