/**
 * `npm run reconcile [-- --fix] [-- --json]`: recompute every appeal's totals
 * from the donations ledger and report the drift; `--fix` repairs it.
 * Exit status: 0 when nothing is (left) out of step, 1 when drift remains, 2 on bad usage.
 */
import { runCli } from './runCli.ts'

await runCli({
  command: 'npm run reconcile',
  description:
    "Recomputes every donation appeal's raisedAmount and donationCount from the\ndonations ledger and reports where they differ. Exit status 1 while drift remains.",
  options: {
    fix: {
      type: 'boolean',
      help: 'repair the drift (adds the difference atomically; safe while donations arrive)',
    },
    json: { type: 'boolean', help: 'print the report as JSON' },
  },
  run: async ({ values, withPayload }) => {
    const { reconcileAppealTotals, reportLines } = await import('payload-plugin-charity/server')
    return withPayload(async (payload) => {
      const report = await reconcileAppealTotals({ payload, fix: values.fix })
      console.log(values.json ? JSON.stringify(report, null, 2) : reportLines(report).join('\n'))
      const unfixed = report.drifted.some((entry) => !entry.fixed) || report.unsettled.length > 0
      return unfixed ? 1 : 0
    })
  },
})
