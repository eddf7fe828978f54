import type { SeedReport } from './run.ts'

import { describeTally } from './run.ts'

/** Where the admin UI is, for the login hint. */
export const adminURL = (env: NodeJS.ProcessEnv = process.env): string =>
  `${(env.SERVER_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/$/, '')}/admin`

/**
 * How to log in after a run. A password the operator chose is never echoed;
 * a generated one is shown here, once, because nobody can recover it later.
 */
export const loginLines = (report: SeedReport, env: NodeJS.ProcessEnv = process.env): string[] => {
  const lines =
    env.PAYLOAD_ADMIN === 'false'
      ? [
          `The admin UI is off (PAYLOAD_ADMIN=false): log in through the API, POST ${adminURL(env).replace(/\/admin$/, '')}/api/users/login`,
        ]
      : [`Admin: ${adminURL(env)}`]
  if (report.credentials.length === 0) {
    lines.push(
      `Log in as ${report.adminEmail} with the password it already has (existing accounts are never changed).`,
    )
    return lines
  }
  lines.push('Sample accounts created by this run (generated passwords are shown only this once):')
  for (const account of report.credentials) {
    const password = account.generated ? account.password : '(the password in SEED_ADMIN_PASSWORD)'
    lines.push(`  ${account.role.padEnd(11)} ${account.email.padEnd(33)} ${password}`)
  }
  return lines
}

export const summaryLines = (report: SeedReport): string[] => [
  report.unchanged ? 'Sample content: already complete, nothing changed.' : 'Sample content:',
  ...(report.unchanged ? [] : describeTally(report.tally).map((line) => `  ${line}`)),
]
