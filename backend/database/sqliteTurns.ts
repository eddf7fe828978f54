import type { DatabaseAdapterObj } from 'payload'

import { nextTurn } from './turns.ts'

type Client = Record<'batch' | 'execute', (...args: unknown[]) => Promise<unknown>>
type SqliteAdapterParts = { client?: Client; connect?: (...args: unknown[]) => Promise<void> }

/** Marks a client already wrapped, so a second connect does not wrap it twice. */
const TAKES_TURNS = Symbol('takesTurns')

/**
 * Every SQLite statement waits for a turn of the event loop before it runs.
 *
 * Why: libsql runs a local file synchronously on the main thread, and its
 * promises resolve at once, so a request's whole chain of queries and
 * Payload's work on their rows runs as microtasks, which never give timers or
 * sockets a turn. Ten admin lists arriving together (about 8 ms each at 10k
 * documents) then ran back to back as one block: the event loop stalled for
 * 60–125 ms and `/api/health` waited behind them. With a turn before each
 * statement, other requests and health checks run between two statements, so
 * the longest stall is one statement and the work around it. A statement
 * itself still blocks while it runs; every list the server makes is served by
 * an index (see the plan guard), so that is a fraction of a millisecond.
 */
export const takeTurnsOnSqlite = <T extends DatabaseAdapterObj>(adapterObj: T): T => ({
  ...adapterObj,
  init: (args: { payload: Parameters<T['init']>[0]['payload'] }) => {
    const adapter = adapterObj.init(args) as unknown as SqliteAdapterParts
    const connect = adapter.connect
    if (typeof connect !== 'function') return adapter as never
    adapter.connect = async function (this: unknown, ...connectArgs: unknown[]) {
      await connect.apply(this, connectArgs)
      const client = adapter.client as (Client & { [TAKES_TURNS]?: true }) | undefined
      if (!client || client[TAKES_TURNS]) return
      for (const name of ['execute', 'batch'] as const) {
        if (typeof client[name] !== 'function') continue
        const original = client[name].bind(client)
        client[name] = async (...callArgs: unknown[]) => {
          await nextTurn()
          return original(...callArgs)
        }
      }
      client[TAKES_TURNS] = true
    }
    return adapter as never
  },
})
