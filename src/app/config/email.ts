import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/**
 * The reference backend's email: SMTP when `SMTP_URL` is set (e.g.
 * `smtps://user:password@smtp.example.org:465`), sent from `SMTP_FROM`
 * (`Name <address>` or an address). Without it Payload's default applies:
 * emails are written to the log, which is what development wants.
 */
export const emailFromEnv = (
  env: Record<string, string | undefined> = process.env,
): Promise<EmailAdapter> | undefined => {
  const url = env.SMTP_URL?.trim()
  if (!url) return undefined
  const from = parseFrom(env.SMTP_FROM)
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    // nodemailer reads the host, port, TLS and login from the URL.
    transportOptions: { url } as never,
  })
}

const DEFAULT_FROM = { name: 'Charity CMS', address: 'no-reply@example.org' }

/** `"Name <address>"`, or a bare address, or nothing (the default above). */
export const parseFrom = (value: string | undefined): { name: string; address: string } => {
  const trimmed = value?.trim()
  if (!trimmed) return DEFAULT_FROM
  const match = /^(.*?)\s*<([^>]+)>$/.exec(trimmed)
  if (match) return { name: match[1].replace(/^"|"$/g, '').trim() || DEFAULT_FROM.name, address: match[2].trim() }
  return { name: DEFAULT_FROM.name, address: trimmed }
}
