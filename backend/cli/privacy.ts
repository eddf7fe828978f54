/**
 * `npm run privacy:export -- --email name@example.org [--out FILE]` and
 * `npm run privacy:erase -- --email name@example.org`: the admin endpoints'
 * subject access export and erasure, for operators. Both are written to the
 * privacy audit log (as the operator). Exit status: 0 done, 2 bad usage, 1 failure.
 */
import type { Payload } from 'payload'

import { writeFile } from 'node:fs/promises'
import { userInfo } from 'node:os'
import { parseArgs } from 'node:util'

import { loadConfig } from '../config/loadConfig.ts'

const USAGE = `Usage: npm run privacy:export -- --email ADDRESS [--out FILE]
       npm run privacy:erase -- --email ADDRESS

export  prints (or writes to FILE) everything held about the person, as JSON
erase   replaces their personal details with "[erased]" everywhere, keeping
        amounts, dates and totals; Gift Aid records HMRC may still ask for are
        kept and reported`

const main = async (): Promise<number> => {
  const [action, ...rest] = process.argv.slice(2)
  let values: { email?: string; out?: string; help?: boolean }
  try {
    ;({ values } = parseArgs({
      args: rest,
      options: {
        email: { type: 'string' },
        out: { type: 'string' },
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
  if ((action !== 'export' && action !== 'erase') || !values.email) {
    console.error(`--email is required.\n\n${USAGE}`)
    return 2
  }
  const [{ createLocalReq, getPayload }, config, person] = await Promise.all([
    import('payload'),
    loadConfig(),
    import('payload-plugin-charity/server'),
  ])
  let email: string
  try {
    email = person.checkSubjectEmail(values.email)
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`)
    return 2
  }
  const payload: Payload = await getPayload({ config })
  try {
    const req = await createLocalReq({}, payload)
    const audit = { via: 'cli' as const, actor: `operator ${userInfo().username}` }
    if (action === 'export') {
      const data = await person.exportPersonalData(req, email, audit)
      const json = JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2)
      if (values.out) {
        await writeFile(values.out, json)
        console.log(`Exported ${JSON.stringify(person.countsOf(data))} to ${values.out}.`)
      } else console.log(json)
    } else {
      const { report } = await person.erasePersonalData(req, email, audit)
      console.log(JSON.stringify(report, null, 2))
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
