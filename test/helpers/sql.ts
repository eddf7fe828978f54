import type { Client } from '@libsql/client'

import type { AdapterName } from './databases.ts'

/**
 * A test's own connection to a SQLite database a server is using. A server
 * that runs jobs writes now and then (its cron records every tick), and SQLite
 * allows one writer at a time: a test's write waits its turn, as the server's
 * own connection does, instead of failing with SQLITE_BUSY.
 */
export const openSqlite = async (uri: string): Promise<Client> => {
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: uri })
  await client.execute('PRAGMA busy_timeout = 10000')
  return client
}

/** Rows of one SQL statement, read straight from a SQLite or PostgreSQL database (no API, no Payload). */
export const sqlRows = async (
  adapter: AdapterName,
  uri: string,
  statement: string,
): Promise<Record<string, unknown>[]> => {
  if (adapter === 'sqlite') {
    const client = await openSqlite(uri)
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
