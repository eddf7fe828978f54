import { createClient } from '@libsql/client'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { reuseSqliteStatements, steadyAliases } from '../backend/database/sqliteStatements.ts'

/**
 * The backend's SQLite connections keep their prepared statements (backend/database/sqliteStatements.ts),
 * through the real libsql driver on a real file, as Payload's adapter uses it.
 */
type Database = { prepare: (sql: string) => unknown; close: () => void }
const fromHere = createRequire(import.meta.url)
const Libsql = createRequire(fromHere.resolve('@libsql/client'))('libsql') as new (
  file: string,
) => Database

describe('SQLite statements kept per connection', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'charity-statements-'))
  const file = path.join(dir, 'statements.db')
  const client = createClient({ url: `file:${file}` })

  beforeAll(async () => {
    reuseSqliteStatements()
    await client.execute('create table things (id integer primary key, name text)')
    await client.batch(
      ['one', 'two', 'three'].map((name) => ({
        sql: 'insert into things (name) values (?)',
        args: [name],
      })),
    )
  })
  afterAll(() => {
    client.close()
    rmSync(dir, { force: true, recursive: true })
  })

  it('prepares a text once per connection and hands back the same statement', () => {
    const db = new Libsql(file)
    const text = 'select name from things where id = ?'
    expect(db.prepare(text)).toBe(db.prepare(text))
    expect(db.prepare(text)).not.toBe(db.prepare('select id from things where name = ?'))
    // Another connection has statements of its own.
    const other = new Libsql(file)
    expect(other.prepare(text)).not.toBe(db.prepare(text))
    other.close()
    db.close()
  })

  it("keeps a query with Payload's random table aliases as one statement", async () => {
    const db = new Libsql(file)
    const aliased = (alias: string) =>
      `select "${alias}"."name" from things "${alias}" where "${alias}"."id" = ?`
    const first = aliased('23f4d6ef_766b_4c6a_bad5_6e632c37d501')
    const second = aliased('c10c35d0_61f0_4000_8f71_fbc34e175640')
    expect(db.prepare(first)).toBe(db.prepare(second))
    db.close()
    // The same query, answering as before.
    const read = await client.execute({ sql: second, args: [2] })
    expect(read.rows.map((row) => row.name)).toEqual(['two'])
    expect(read.columns).toEqual(['name'])
  })

  it('names each random alias in order of appearance, the same alias the same way', () => {
    const a = '8e996142_7394_405b_b198_9ac447682b76'
    const b = 'b2407932_4cfe_444a_9f54_4dd7566b8f6f'
    expect(
      steadyAliases(
        `select "${a}"."x", "${b}"."y" from t "${a}" join u "${b}" on "${a}"."id" = "${b}"."id"`,
      ),
    ).toBe(
      'select "__alias_0"."x", "__alias_1"."y" from t "__alias_0" join u "__alias_1" on "__alias_0"."id" = "__alias_1"."id"',
    )
    // Only a quoted identifier of that shape: a value or another name stays as it is.
    const literal = `select * from t where v = '${a}' and "${a.toUpperCase()}" = 1`
    expect(steadyAliases(literal)).toBe(literal)
  })

  it('answers each run of a kept statement with its own values', async () => {
    const read = (id: number) =>
      client.execute({ sql: 'select name from things where id = ?', args: [id] })
    expect((await read(1)).rows.map((row) => row.name)).toEqual(['one'])
    expect((await read(3)).rows.map((row) => row.name)).toEqual(['three'])
    expect((await read(2)).rows.map((row) => row.name)).toEqual(['two'])
  })

  it('reads the columns again after the schema changes', async () => {
    const all = 'select * from things order by id limit 1'
    expect((await client.execute(all)).columns).toEqual(['id', 'name'])
    await client.execute('alter table things add column colour text')
    const after = await client.execute(all)
    expect(after.columns).toEqual(['id', 'name', 'colour'])
    expect(after.rows[0]).toMatchObject({ id: 1, name: 'one', colour: null })
  })

  it('keeps at most 300 statements, dropping the least recently used', () => {
    const db = new Libsql(file)
    const first = db.prepare('select 0 from things')
    const kept = db.prepare('select -1 from things')
    for (let n = 1; n <= 300; n++) {
      db.prepare(`select ${n} from things`)
      if (n % 50 === 0) db.prepare('select -1 from things') // used again: stays
    }
    expect(db.prepare('select -1 from things')).toBe(kept)
    expect(db.prepare('select 0 from things')).not.toBe(first)
    db.close()
  })

  it('leaves transactions and writes as they were', async () => {
    const tx = await client.transaction('write')
    await tx.execute({ sql: 'insert into things (name) values (?)', args: ['four'] })
    await tx.rollback()
    const count = await client.execute('select count(*) as n from things')
    expect(Number(count.rows[0]?.n)).toBe(3)
    await client.execute({ sql: 'update things set name = ? where id = ?', args: ['uno', 1] })
    const one = await client.execute({ sql: 'select name from things where id = ?', args: [1] })
    expect(one.rows[0]?.name).toBe('uno')
  })
})
