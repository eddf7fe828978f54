/**
 * `npm run gift-aid:export -- --from 2026-04-06 --to 2027-04-05 [--out claim.csv] [--dry-run] [--json]`:
 * the HMRC Charities Online schedule of every eligible Gift Aid donation in
 * the period, marked claimed in the same transaction (nothing is claimed twice).
 * Exit status: 0 on success (even with nothing to claim), 2 on bad usage, 1 on failure.
 */
import { writeFile } from 'node:fs/promises'

import { runCli, UsageError } from './runCli.ts'

await runCli({
  command: 'npm run gift-aid:export',
  description:
    "Writes the Gift Aid schedule HMRC's Charities Online expects (CSV) for every\neligible donation received from --from to --to (whole days, inclusive), and\nmarks them claimed. A second export of the same period claims nothing twice.",
  options: {
    from: { type: 'string', value: 'YYYY-MM-DD', required: true, help: 'first day of the period' },
    to: { type: 'string', value: 'YYYY-MM-DD', required: true, help: 'last day of the period' },
    out: { type: 'string', value: 'FILE', help: 'write the CSV there (default: standard output)' },
    'dry-run': { type: 'boolean', help: 'show what would be claimed; mark nothing' },
    json: { type: 'boolean', help: 'print the summary as JSON (with --out)' },
  },
  run: async ({ values, withPayload }) => {
    const { claimPeriod, exportGiftAidClaim } = await import('payload-plugin-charity/server')
    // A period the export would refuse is bad usage, found before Payload starts.
    try {
      claimPeriod(values.from, values.to)
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error))
    }
    const dryRun = values['dry-run']
    await withPayload(async (payload) => {
      const result = await exportGiftAidClaim({ payload, from: values.from, to: values.to, dryRun })
      const summary = `${dryRun ? 'Would claim' : 'Claimed'} Gift Aid on ${result.count} donation(s) worth £${(result.amount / 100).toFixed(2)} (Gift Aid £${(result.giftAid / 100).toFixed(2)})${result.batch ? `, batch ${result.batch}` : ''}.${Object.keys(result.skipped).length ? ` Left out: ${JSON.stringify(result.skipped)}.` : ''}`
      if (values.out) {
        await writeFile(values.out, result.csv)
        const { csv: _csv, ...rest } = result
        console.log(
          values.json
            ? JSON.stringify(rest, null, 2)
            : `${summary}\nSchedule written to ${values.out}.`,
        )
      } else {
        process.stdout.write(result.csv)
        console.error(summary)
      }
    })
  },
})
