import type { EmailAdapter } from 'payload'

import nodemailer from 'nodemailer'

/**
 * The reference backend's email: SMTP through nodemailer when `SMTP_URL` is
 * set (e.g. `smtps://user:password@smtp.example.org:465`), sent from
 * `SMTP_FROM` (`Name <address>` or an address). Without it Payload's default
 * applies: emails are written to the log, which is what development wants.
 *
 * (Payload's own @payloadcms/email-nodemailer would do the same, but it must
 * match Payload's exact version and lags behind it; the adapter interface is
 * three fields and a function.)
 */
export const emailFromEnv = (
  env: Record<string, string | undefined> = process.env,
): EmailAdapter | undefined => {
  const url = env.SMTP_URL?.trim()
  if (!url) return undefined
  const from = parseFrom(env.SMTP_FROM)
  // nodemailer reads the host, port, TLS and login from the URL; it connects only to send.
  const transport = nodemailer.createTransport(url)
  return () => ({
    name: 'smtp',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async ({ from: sender, ...message }) =>
      transport.sendMail({
        ...message,
        from:
          typeof sender === 'object' && sender
            ? { name: sender.name, address: sender.address }
            : (sender ?? { name: from.name, address: from.address }),
      }),
  })
}

const DEFAULT_FROM = { name: 'Charity CMS', address: 'no-reply@example.org' }

/** `"Name <address>"`, or a bare address, or nothing (the default above). */
export const parseFrom = (value: string | undefined): { name: string; address: string } => {
  const trimmed = value?.trim()
  if (!trimmed) return DEFAULT_FROM
  const match = /^(.*?)\s*<([^>]+)>$/.exec(trimmed)
  if (match) {
    return {
      name: match[1].replace(/^"|"$/g, '').trim() || DEFAULT_FROM.name,
      address: match[2].trim(),
    }
  }
  return { name: DEFAULT_FROM.name, address: trimmed }
}
