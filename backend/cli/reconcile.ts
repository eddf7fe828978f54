/**
 * `npm run reconcile [-- --fix] [-- --json]`: recompute every appeal's totals
 * from the donations ledger and report the drift; `--fix` repairs it.
 * Exit status: 0 when nothing is (left) out of step, 1 when drift remains, 2 on bad usage.
 */
import type { Payload } from 'payload'

import { loadConfig } from '../config/loadConfig.ts'

const USAGE = `Usage: npm run reconcile [-- --fix] [-- --json]

Recomputes every donation appeal's raisedAmount and donationCount from the
donations ledger and reports where they differ.
  --fix   repair the drift (adds the difference atomically; safe while donations arrive)
  --json  print the report as JSON`

const main = async (): Promise<number> => {
  const args = process.argv.slice(2)
  const unknown = args.filter((arg) => !['--fix', '--json', '--help', '-h'].includes(arg))
  if (unknown.length) {
    console.error(`Unknown option ${unknown.join(' ')}.\n\n${USAGE}`)
    return 2
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE)
    return 0
  }
  const fix = args.includes('--fix')
  const [{ getPayload }, config, { reconcileAppealTotals, reportLines }] = await Promise.all([
    import('payload'),
    loadConfig(),
    import('payload-plugin-charity/server'),
  ])
  const payload: Payload = await getPayload({ config })
  try {
    const report = await reconcileAppealTotals({ payload, fix })
    console.log(
      args.includes('--json') ? JSON.stringify(report, null, 2) : reportLines(report).join('\n'),
    )
    const unfixed = report.drifted.some((entry) => !entry.fixed) || report.unsettled.length > 0
    return unfixed ? 1 : 0
  } finally {
    await payload.destroy()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
