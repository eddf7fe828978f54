import type { Client } from 'pg'

import { nextTurn } from './turns.ts'

type Callback = (...results: unknown[]) => void
type ClientClass = typeof Client

const isSubmittable = (query: unknown): boolean =>
  typeof query === 'object' && query !== null && typeof Reflect.get(query, 'submit') === 'function'

/**
 * A `pg` client whose query results each come back in a turn of the event
 * loop of their own (turns.ts), for the pool's `Client` option.
 *
 * Why: under load, several connections' answers arrive in the same poll phase,
 * and Node ran every request's work on its rows (Payload's read transform and
 * hooks, 5–15 ms each at the admin's lists) back to back in that phase: the
 * event loop stalled for 50–73 ms at 10,000 documents and `/api/health` waited
 * behind them. Handing the results out one per turn bounds a stall to one
 * request's work. The query itself is sent at once; only its answer waits.
 * Streams and cursors (submittables) are passed through untouched.
 */
export const clientTakingTurns = (Base: ClientClass): ClientClass => {
  class ClientTakingTurns extends Base {}
  const query = Base.prototype.query as (...args: unknown[]) => unknown
  Object.defineProperty(ClientTakingTurns.prototype, 'query', {
    configurable: true,
    writable: true,
    value: function (this: Client, ...args: unknown[]): unknown {
      if (isSubmittable(args[0])) return query.apply(this, args)
      const last = args.length - 1
      const callback = args[last]
      if (typeof callback === 'function') {
        // The pool's own `query` passes a callback: it releases the connection in it.
        args[last] = (...results: unknown[]) =>
          void nextTurn().then(() => (callback as Callback)(...results))
        return query.apply(this, args)
      }
      const answer = query.apply(this, args) as Promise<unknown>
      return answer.then(
        async (result) => {
          await nextTurn()
          return result
        },
        async (error: unknown) => {
          await nextTurn()
          throw error
        },
      )
    },
  })
  return ClientTakingTurns
}
