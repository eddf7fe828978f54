import type { Payload, PayloadRequest } from 'payload'

import { WEBHOOK_DEFAULTS } from '../defaults.ts'

type RunnerState = { running: boolean; again: boolean }

const runners = new WeakMap<Payload, RunnerState>()

/** How long to wait for the request's transaction before running anyway (the cron catches up). */
const COMMIT_WAIT_MS = 30_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Run the webhook queue in this process until nothing is due, one run at a
 * time: a call while a run is going asks it to go round once more. Only in a
 * process that runs jobs (the host's `jobs.shouldAutoRun`), so a web node
 * whose jobs run in a separate worker leaves them to it.
 */
export const runWebhookQueue = async (payload: Payload): Promise<void> => {
  const shouldRun = payload.config.jobs?.shouldAutoRun
  if (shouldRun && !(await shouldRun(payload))) return
  let state = runners.get(payload)
  if (!state) {
    state = { running: false, again: false }
    runners.set(payload, state)
  }
  if (state.running) {
    state.again = true
    return
  }
  state.running = true
  try {
    let more = true
    while (more) {
      state.again = false
      const result = await payload.jobs.run({
        queue: WEBHOOK_DEFAULTS.queue,
        limit: 20,
        silent: { info: true },
      })
      more = state.again || !result.noJobsRemaining
    }
  } finally {
    state.running = false
  }
}

/**
 * Whether the request's transaction is still open. Only a string or number
 * is a transaction id: an adapter without transactions leaves a promise of
 * `null` there, and Payload's relationship loader can put back `{}` (that
 * promise after a round trip through JSON).
 */
const inTransaction = async (req: PayloadRequest): Promise<boolean> => {
  const id: unknown = await req.transactionID
  return typeof id === 'string' || typeof id === 'number'
}

/**
 * Deliver right after the change commits instead of at the next cron tick.
 * Payload removes `req.transactionID` when it commits or rolls back, so this
 * waits for that; after a rollback the queued jobs are gone and the run finds
 * nothing. Without a transaction (Payload's SQLite adapter) it runs at once.
 */
export const runAfterCommit = (req: PayloadRequest): void => {
  const { payload } = req
  void (async () => {
    const started = Date.now()
    while ((await inTransaction(req)) && Date.now() - started < COMMIT_WAIT_MS) await sleep(20)
    await runWebhookQueue(payload)
  })().catch((error: unknown) => {
    payload.logger.error({ err: error, msg: 'Running the webhook queue after a change failed.' })
  })
}
