/**
 * Work waiting for its turn of the event loop, first come first served, one
 * per turn. One `setImmediate` each would not do: Node runs every immediate
 * queued before a turn's check phase in that same phase, so ten waiting
 * requests would still run back to back. Scheduling the next one from inside
 * the phase puts it in the next turn, after timers and sockets.
 *
 * Used where a database hands the server many continuations at once
 * (sqliteTurns.ts, postgresTurns.ts): each request's work on its rows then
 * runs in a turn of its own, and health checks and other readers get in
 * between.
 */
const waiting: (() => void)[] = []
let scheduled = false

const runOne = () => {
  const resume = waiting.shift()
  scheduled = waiting.length > 0
  if (scheduled) setImmediate(runOne)
  resume?.()
}

/** Resolves in a later turn of the event loop than any caller queued before it. */
export const nextTurn = (): Promise<void> =>
  new Promise<void>((resume) => {
    waiting.push(resume)
    if (!scheduled) {
      scheduled = true
      setImmediate(runOne)
    }
  })
