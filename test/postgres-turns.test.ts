import type { PoolClient } from 'pg'

import pg from 'pg'

import { clientTakingTurns } from '../backend/database/postgresTurns.ts'
import { postgresSkipReason } from './helpers/databases.ts'

const url = process.env.POSTGRES_URL
const skipReason = postgresSkipReason()
const describeOnPostgres = !skipReason
  ? describe
  : (title: string, body: () => void) =>
      describe.skip(`${title} [PostgreSQL: skipped, ${skipReason}]`, body)

/** Hold the event loop, as a busy request would, so answers pile up on their sockets meanwhile. */
const holdTheLoop = (ms: number) => {
  const until = performance.now() + ms
  while (performance.now() < until) {
    // Busy on purpose: nothing else may run.
  }
}

/**
 * Which turn of the event loop each answer resumed in: a counter moved on by
 * an immediate in every turn, read by each query's continuation.
 */
const turnsOfAnswers = async (clients: PoolClient[]): Promise<number[]> => {
  let turn = 0
  let counting = true
  const count = () => {
    turn++
    if (counting) setImmediate(count)
  }
  setImmediate(count)
  const answers = clients.map((client) => client.query('select pg_sleep(0.05)').then(() => turn))
  // Both answers arrive while the loop is held: the next poll phase finds them together.
  holdTheLoop(500)
  try {
    return await Promise.all(answers)
  } finally {
    counting = false
  }
}

describeOnPostgres('PostgreSQL answers take turns (backend/database/postgresTurns.ts)', () => {
  let turnTaking: pg.Pool
  let plain: pg.Pool

  beforeAll(() => {
    turnTaking = new pg.Pool({
      connectionString: url,
      max: 2,
      Client: clientTakingTurns(pg.Client) as unknown as pg.PoolConfig['Client'],
    })
    plain = new pg.Pool({ connectionString: url, max: 2 })
  })
  afterAll(async () => {
    await Promise.all([turnTaking?.end(), plain?.end()])
  })

  const twoClients = async (pool: pg.Pool) => [await pool.connect(), await pool.connect()]

  it('hands two answers that arrive together to their requests in two turns of the event loop', async () => {
    const clients = await twoClients(turnTaking)
    try {
      const [first, second] = await turnsOfAnswers(clients)
      // Either may come first: what matters is that they do not share a turn.
      expect(second).not.toBe(first)
    } finally {
      for (const client of clients) client.release()
    }
  })

  it('without turns, two answers that arrive together resume in the same turn (the stall this prevents)', async () => {
    const clients = await twoClients(plain)
    try {
      const [first, second] = await turnsOfAnswers(clients)
      expect(second).toBe(first)
    } finally {
      for (const client of clients) client.release()
    }
  })

  it("answers through the pool's own query (a callback), a client's query (a promise) and a Query object", async () => {
    await expect(turnTaking.query('select 1 + 1 as two')).resolves.toMatchObject({
      rows: [{ two: 2 }],
    })
    const client = await turnTaking.connect()
    try {
      await expect(client.query('select $1::int * 3 as n', [7])).resolves.toMatchObject({
        rows: [{ n: 21 }],
      })
      const rows = await new Promise((resolve, reject) => {
        const query = new pg.Query('select 5 as five')
        query.on('error', reject)
        query.on('end', (result: pg.QueryResult) => resolve(result.rows))
        client.query(query)
      })
      expect(rows).toEqual([{ five: 5 }])
    } finally {
      client.release()
    }
  })

  it("passes PostgreSQL's errors on, by promise and by callback", async () => {
    await expect(turnTaking.query('select * from no_such_table')).rejects.toThrow(/no_such_table/)
    const client = await turnTaking.connect()
    try {
      await expect(client.query('select 1/0')).rejects.toThrow(/division by zero/)
    } finally {
      client.release()
    }
  })
})
