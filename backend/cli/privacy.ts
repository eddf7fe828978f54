/**
 * `npm run privacy:export -- --email name@example.org [--out FILE]` and
 * `npm run privacy:erase -- --email name@example.org`: the admin endpoints'
 * subject access export and erasure, for operators. Both are written to the
 * privacy audit log (as the operator). Exit status: 0 done, 2 bad usage, 1 failure.
 */
import type { PayloadRequest } from 'payload'

import type { CliContext, CliOptions } from './runCli.ts'

import { writeFile } from 'node:fs/promises'
import { userInfo } from 'node:os'

import { cliCommand, runCli, UsageError } from './runCli.ts'

const EMAIL = {
  type: 'string',
  value: 'ADDRESS',
  required: true,
  help: "the person's email address",
} as const

type Person = typeof import('payload-plugin-charity/server')

/** The package's privacy functions, the checked address and a request as the operator, for `body`. */
const asOperator = async (
  email: string,
  withPayload: CliContext<CliOptions>['withPayload'],
  body: (person: Person, req: PayloadRequest, email: string) => Promise<void>,
) => {
  const person = await import('payload-plugin-charity/server')
  let checked: string
  try {
    checked = person.checkSubjectEmail(email)
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { createLocalReq } = await import('payload')
  await withPayload(async (payload) => body(person, await createLocalReq({}, payload), checked))
}

const audit = () => ({ via: 'cli' as const, actor: `operator ${userInfo().username}` })

await runCli({
  description: 'Subject access and erasure for the data protection lead (docs/data-protection.md).',
  commands: {
    export: cliCommand({
      command: 'npm run privacy:export',
      description: 'Prints (or writes to FILE) everything held about the person, as JSON.',
      options: {
        email: EMAIL,
        out: {
          type: 'string',
          value: 'FILE',
          help: 'write the JSON there (default: standard output)',
        },
      },
      run: ({ values, withPayload }) =>
        asOperator(values.email, withPayload, async (person, req, email) => {
          const data = await person.exportPersonalData(req, email, audit())
          const json = JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2)
          if (values.out) {
            await writeFile(values.out, json)
            console.log(`Exported ${JSON.stringify(person.countsOf(data))} to ${values.out}.`)
          } else console.log(json)
        }),
    }),
    erase: cliCommand({
      command: 'npm run privacy:erase',
      description:
        'Replaces their personal details with "[erased]" everywhere, keeping amounts,\ndates and totals; Gift Aid records HMRC may still ask for are kept and reported.',
      options: { email: EMAIL },
      run: ({ values, withPayload }) =>
        asOperator(values.email, withPayload, async (person, req, email) => {
          const { report } = await person.erasePersonalData(req, email, audit())
          console.log(JSON.stringify(report, null, 2))
        }),
    }),
  },
})
