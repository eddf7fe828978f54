/**
 * `npm run occurrences:rebuild`: stores every event's occurrences again from
 * the events as saved (after a bulk load that bypassed Payload's hooks, or to
 * repair them). Exit status: 0 done, 2 bad usage.
 */
import { runCli } from './runCli.ts'

await runCli({
  command: 'npm run occurrences:rebuild',
  description:
    "Stores the occurrences GET /api/events/occurrences lists again, from every event's\nown row: a single event's one, a series' all (open-ended: up to its horizon).",
  run: async ({ withPayload }) => {
    const { rebuildEventOccurrences } = await import('payload-plugin-charity/server')
    return withPayload(async (payload) => {
      const started = Date.now()
      const stored = await rebuildEventOccurrences(payload)
      console.log(`Stored ${stored} occurrences in ${Date.now() - started} ms.`)
      return 0
    })
  },
})
