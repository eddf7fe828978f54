import { readFile } from 'node:fs/promises'

import { tag } from './api/client'
import { LOCALES, isLocale } from './locales'

/**
 * The signing secret (`whsec_…`) of this site's webhook endpoint: from
 * `WEBHOOK_SECRET`, or read from the file `WEBHOOK_SECRET_FILE` names (which
 * `npm run dev` uses: the backend's development seed registers this site at
 * every start and writes the new secret there). Read per delivery, so a new
 * secret is picked up without a restart.
 */
export const webhookSecret = async (): Promise<null | string> => {
  if (process.env.WEBHOOK_SECRET) return process.env.WEBHOOK_SECRET
  const file = process.env.WEBHOOK_SECRET_FILE
  if (!file) return null
  return (await readFile(file, 'utf8').catch(() => '')).trim() || null
}

/** The body the backend signs (see docs/website-developers.md, "Webhooks"). */
export type WebhookMessage = {
  type: string
  timestamp: string
  data: {
    collection?: string
    global?: string
    id?: number | string
    slug?: null | string
    locales?: string[]
    status?: string
  }
}

/**
 * The cache tags a message names: a collection's lists and the one page, or a
 * global, in the languages the message lists (all when it lists none, as a
 * totals message does).
 */
export const tagsFor = ({ data }: WebhookMessage): string[] => {
  const locales = data.locales?.filter(isLocale)
  const languages = locales?.length ? locales : [...LOCALES]
  const subject = data.collection ?? data.global
  if (!subject || !/^[a-z][a-z0-9-]*$/.test(subject)) return []
  return languages.flatMap((locale) =>
    data.collection && data.slug
      ? [tag(subject, locale), tag(subject, locale, data.slug)]
      : [tag(subject, locale)],
  )
}

/** Message ids already handled: a retried delivery carries the same `webhook-id`. Bounded, newest kept. */
const seen = new Set<string>()
export const firstTime = (id: string): boolean => {
  if (seen.has(id)) return false
  seen.add(id)
  if (seen.size > 1000) seen.delete(seen.values().next().value as string)
  return true
}
