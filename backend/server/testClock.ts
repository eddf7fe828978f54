import type { Express } from 'express'

import express from 'express'

/**
 * A clock the tests can move, through the real server: with `NODE_ENV=test`
 * and `TEST_MOVABLE_CLOCK=true` (never otherwise), `Date` in this process runs
 * `offsetMs` ahead of the real clock, and `POST /api/test-clock
 * {"advanceMs": n}` moves it on. Everything that asks the time then agrees:
 * Payload's job queue (a job waiting for a moment runs when the clock
 * reaches it), the public rules (a post dated later), feeds, the sitemap,
 * signed tokens. Shifting `Date` for the whole process, rather than handing
 * the plugin a clock of its own, is what lets Payload's own scheduler be tested
 * unchanged. (@sinonjs/fake-timers moves its clock in fixed steps on a real
 * timer, so under load its time falls behind the real one: not a clock a
 * server can run on.)
 */
export const movableClockWanted = (env: Record<string, string | undefined> = process.env) =>
  env.NODE_ENV === 'test' && env.TEST_MOVABLE_CLOCK === 'true'

let offsetMs = 0

const install = () => {
  const RealDate = Date
  // A function, not a subclass: `Date()` called without `new` must still answer a string.
  function MovableDate(this: unknown, ...args: unknown[]) {
    const now = RealDate.now() + offsetMs
    if (!new.target) return new RealDate(now).toString()
    return args.length
      ? new RealDate(...(args as ConstructorParameters<typeof Date>))
      : new RealDate(now)
  }
  Object.setPrototypeOf(MovableDate, RealDate)
  MovableDate.prototype = RealDate.prototype
  MovableDate.now = () => RealDate.now() + offsetMs
  globalThis.Date = MovableDate as unknown as DateConstructor
}

/** Install the movable clock and its route, when (and only when) the environment asks for it. */
export const mountTestClock = (
  app: Express,
  env: Record<string, string | undefined> = process.env,
) => {
  if (!movableClockWanted(env)) return
  install()
  app.post('/api/test-clock', express.json(), (req, res) => {
    const advance = Number((req.body as { advanceMs?: unknown })?.advanceMs)
    if (!Number.isInteger(advance) || advance < 0) {
      res
        .status(400)
        .json({ errors: [{ message: 'advanceMs is a whole number of milliseconds, 0 or more.' }] })
      return
    }
    offsetMs += advance
    res.json({ now: new Date().toISOString(), offsetMs })
  })
}
