/**
 * The bulk seed's inserter (seed/fastInsert.ts) against drizzle's own insert,
 * on a real database: the same rows written both ways into two tables of one
 * shape must read back the same, defaults and all, and `returning` must give
 * what drizzle's gives. The tables are this test's own, so that every kind of
 * column a row may leave out is covered, not only those Payload's schema has.
 */
import type { FreshDatabase } from './helpers/server.ts'

import { createClient } from '@libsql/client'
import { asc, sql } from 'drizzle-orm'
import { drizzle as drizzleLibsql } from 'drizzle-orm/libsql'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { boolean, jsonb, numeric, pgTable, serial, timestamp, varchar } from 'drizzle-orm/pg-core'
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import pg from 'pg'

import { fastInserter } from '../seed/fastInsert.ts'
import { ADAPTER_LABELS, adapterAvailability } from './helpers/databases.ts'
import { createFreshDatabase } from './helpers/server.ts'

/** Rows as the bulk writer sends them: some leave out columns that have a default, one sets null. */
const ROWS = [
  {
    title: 'every column set',
    status: 'published',
    content: { root: { children: [{ text: 'Ünïcödé, "quotes" and \\ slashes' }] } },
    flag: true,
    amount: 12.5,
    at: '2026-06-01T09:00:00.000Z',
    code: 'given',
  },
  { title: 'defaults left to the database', content: ['a', 1, null] },
  { title: 'an explicit null', status: null, flag: false, content: 'just a string', at: null },
]

const pgTables = (counter: { n: number }) => {
  const table = (name: string) =>
    pgTable(name, {
      id: serial('id').primaryKey(),
      title: varchar('title').notNull(),
      status: varchar('status').default('draft'),
      content: jsonb('content'),
      flag: boolean('flag').default(false),
      amount: numeric('amount', { mode: 'number' }),
      at: timestamp('at', { mode: 'string', withTimezone: true, precision: 3 }),
      createdAt: timestamp('created_at', { mode: 'string', withTimezone: true, precision: 3 })
        .notNull()
        .defaultNow(),
      code: varchar('code').$defaultFn(() => `made-${++counter.n}`),
    })
  return { viaDrizzle: table('via_drizzle'), viaFast: table('via_fast') }
}

const sqliteTables = (counter: { n: number }) => {
  const table = (name: string) =>
    sqliteTable(name, {
      id: integer('id').primaryKey(),
      title: text('title').notNull(),
      status: text('status').default('draft'),
      content: text('content', { mode: 'json' }),
      flag: integer('flag', { mode: 'boolean' }).default(false),
      amount: integer('amount'),
      at: text('at'),
      createdAt: text('created_at')
        .notNull()
        .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
      code: text('code').$defaultFn(() => `made-${++counter.n}`),
    })
  return { viaDrizzle: table('via_drizzle'), viaFast: table('via_fast') }
}

const DDL = {
  postgres: (name: string) =>
    `create table "${name}" (id serial primary key, title varchar not null, status varchar default 'draft', content jsonb, flag boolean default false, amount numeric, at timestamp(3) with time zone, created_at timestamp(3) with time zone not null default now(), code varchar)`,
  sqlite: (name: string) =>
    `create table "${name}" (id integer primary key, title text not null, status text default 'draft', content text, flag integer default false, amount integer, at text, created_at text not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), code text)`,
}

type Db = {
  // Each dialect's drizzle database, used the same way by this test.
  db: {
    insert: (table: never) => {
      values: (rows: never) => PromiseLike<unknown> & {
        returning: (columns?: never) => PromiseLike<Record<string, unknown>[]>
      }
    }
    select: () => {
      from: (table: never) => { orderBy: (order: never) => PromiseLike<Record<string, unknown>[]> }
    }
    transaction: (work: (tx: Omit<Db['db'], 'transaction'>) => Promise<unknown>) => Promise<unknown>
  }
  run: (statement: string) => Promise<unknown>
  close: () => Promise<void>
}

const open = async (adapter: 'postgres' | 'sqlite', uri: string): Promise<Db> => {
  if (adapter === 'postgres') {
    const pool = new pg.Pool({ connectionString: uri, max: 2 })
    return {
      db: drizzlePg(pool) as unknown as Db['db'],
      run: (statement) => pool.query(statement),
      close: () => pool.end(),
    }
  }
  const client = createClient({ url: uri })
  return {
    db: drizzleLibsql(client) as unknown as Db['db'],
    run: (statement) => client.execute(statement),
    close: async () => client.close(),
  }
}

const withoutClock = (row: Record<string, unknown>) => {
  const { createdAt, ...rest } = row
  expect(typeof createdAt).toBe('string')
  return rest
}

for (const availability of adapterAvailability().filter((each) => each.name !== 'mongodb')) {
  const adapter = availability.name as 'postgres' | 'sqlite'
  const title = `seed/fastInsert.ts writes what drizzle's insert writes [${ADAPTER_LABELS[adapter]}`
  if (!availability.available) {
    describe.skip(`${title}: skipped, ${availability.reason}]`, () => {
      it(`runs when ${ADAPTER_LABELS[adapter]} is available`, () => undefined)
    })
    continue
  }
  describe(`${title}]`, () => {
    let database: FreshDatabase
    let conn: Db
    const counters = { drizzle: { n: 0 }, fast: { n: 0 } }
    const tables =
      adapter === 'postgres'
        ? { drizzle: pgTables(counters.drizzle).viaDrizzle, fast: pgTables(counters.fast).viaFast }
        : {
            drizzle: sqliteTables(counters.drizzle).viaDrizzle,
            fast: sqliteTables(counters.fast).viaFast,
          }

    beforeAll(async () => {
      database = await createFreshDatabase(adapter)
      conn = await open(adapter, database.uri)
      await conn.run(DDL[adapter]('via_drizzle'))
      await conn.run(DDL[adapter]('via_fast'))
    })
    afterAll(async () => {
      await conn?.close()
      await database?.drop()
    })

    const readBack = (table: unknown, reader: Pick<Db['db'], 'select'> = conn.db) =>
      reader
        .select()
        .from(table as never)
        .orderBy(asc((table as { id: never }).id) as never)

    it('stores the same values, defaults, generated values and nulls', async () => {
      await conn.db.insert(tables.drizzle as never).values(ROWS as never)
      const fast = await fastInserter(conn.db)
      await fast.insert(tables.fast).values(ROWS)

      const expected = (await readBack(tables.drizzle)).map(withoutClock)
      const actual = (await readBack(tables.fast)).map(withoutClock)
      expect(actual).toEqual(expected)
      // The rows really differ in what they leave out, so the defaults were exercised.
      expect(actual.map((row) => [row.status, row.flag, row.code])).toEqual([
        ['published', true, 'given'],
        ['draft', false, 'made-1'],
        [null, false, 'made-2'],
      ])
    })

    it("writes inside the caller's transaction, and is rolled back with it", async () => {
      const count = async () => (await readBack(tables.fast)).length
      const before = await count()
      const rolledBack = new Error('roll back')
      await expect(
        conn.db.transaction(async (tx) => {
          const fast = await fastInserter(tx)
          await fast.insert(tables.fast).values(ROWS)
          // Seen inside the transaction…
          expect(await readBack(tables.fast, tx)).toHaveLength(before + ROWS.length)
          throw rolledBack
        }),
      ).rejects.toBe(rolledBack)
      // …and gone with it.
      expect(await count()).toBe(before)
    })

    it('returns the named columns under their names, and every column when none is named', async () => {
      const rows = ROWS.map((row) => ({ ...row, title: `${row.title} (again)` }))
      const named = (table: unknown) => ({
        key: (table as Record<string, unknown>).id,
        name: (table as Record<string, unknown>).title,
      })
      const drizzleNamed = await conn.db
        .insert(tables.drizzle as never)
        .values(rows as never)
        .returning(named(tables.drizzle) as never)
      const fast = await fastInserter(conn.db)
      const fastNamed = await fast.insert(tables.fast).values(rows).returning(named(tables.fast))
      const byName = (list: Record<string, unknown>[]) =>
        [...list].sort((a, b) => String(a.name).localeCompare(String(b.name)))
      // Ids are each table's own (a rolled-back insert still uses up PostgreSQL's sequence
      // numbers): each must be the id of the row of that name.
      const withoutKey = (list: Record<string, unknown>[]) =>
        byName(list).map(({ key, ...rest }) => ({ ...rest, key: typeof key }))
      expect(withoutKey(fastNamed)).toEqual(withoutKey(drizzleNamed))
      const idByTitle = new Map((await readBack(tables.fast)).map((row) => [row.title, row.id]))
      expect(fastNamed.map((row) => row.key)).toEqual(
        fastNamed.map((row) => idByTitle.get(row.name)),
      )
      expect(fastNamed).toHaveLength(rows.length)

      const drizzleAll = await conn.db
        .insert(tables.drizzle as never)
        .values(rows.slice(0, 1) as never)
        .returning()
      const fastAll = await fast.insert(tables.fast).values(rows.slice(0, 1)).returning()
      const withoutIds = (list: Record<string, unknown>[]) =>
        list.map(withoutClock).map(({ id, ...rest }) => ({ ...rest, id: typeof id }))
      expect(withoutIds(fastAll)).toEqual(withoutIds(drizzleAll))
      expect(Object.keys(fastAll[0] ?? {}).sort()).toEqual(Object.keys(drizzleAll[0] ?? {}).sort())
    })
  })
}
