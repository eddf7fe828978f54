/**
 * `npm run gift-aid:export -- --from 2026-04-06 --to 2027-04-05 [--out claim.csv] [--dry-run] [--json]`:
 * the HMRC Charities Online schedule of every eligible Gift Aid donation in
 * the period, marked claimed in the same transaction (nothing is claimed twice).
 * Exit status: 0 on success (even with nothing to claim), 2 on bad usage, 1 on failure.
 */
import type { Payload } from 'payload'

import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'

import { loadConfig } from '../config/loadConfig.ts'

const USAGE = `Usage: npm run gift-aid:export -- --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE] [--dry-run] [--json]

Writes the Gift Aid schedule HMRC's Charities Online expects (CSV) for every
eligible donation received from --from to --to (whole days, inclusive), and
marks them claimed. A second export of the same period claims nothing twice.
  --out FILE  write the CSV there (default: standard output)
  --dry-run   show what would be claimed; mark nothing
  --json      print the summary as JSON (with --out)`

const main = async (): Promise<number> => {
  let values: {
    from?: string
    to?: string
    out?: string
    'dry-run'?: boolean
    json?: boolean
    help?: boolean
  }
  try {
    ;({ values } = parseArgs({
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`)
    return 2
  }
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  if (!values.from || !values.to) {
    console.error(`--from and --to are required.\n\n${USAGE}`)
    return 2
  }
  const [{ getPayload }, config, { claimPeriod, exportGiftAidClaim }] = await Promise.all([
    import('payload'),
    loadConfig(),
    import('payload-plugin-charity/server'),
  ])
  try {
    claimPeriod(values.from, values.to)
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`)
    return 2
  }
  const payload: Payload = await getPayload({ config })
  try {
    const result = await exportGiftAidClaim({
      payload,
      from: values.from,
      to: values.to,
      dryRun: values['dry-run'] === true,
    })
    const summary = `${values['dry-run'] ? 'Would claim' : 'Claimed'} Gift Aid on ${result.count} donation(s) worth £${(result.amount / 100).toFixed(2)} (Gift Aid £${(result.giftAid / 100).toFixed(2)})${result.batch ? `, batch ${result.batch}` : ''}.${Object.keys(result.skipped).length ? ` Left out: ${JSON.stringify(result.skipped)}.` : ''}`
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
    return 0
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
