import type { Payload } from 'payload'

import { chmod, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * `npm run dev` runs the reference website beside the backend. So that its
 * pages refresh within seconds of a publish with nothing to set up, each
 * development start registers the website's webhook receiver
 * (`<WEBSITE_URL>/api/revalidate`, every event) and hands the signing secret
 * to the website through a file only this machine's user can read
 * (`WEBHOOK_SECRET_FILE`). The secret is the server's own (`whsec_…`, shown
 * only in the reply to the create), so the endpoint is made anew at each
 * start: an earlier one for the same address is removed first.
 *
 * Development only, and only when the environment names both: production
 * registers its website through the admin (docs/operators.md).
 */
export const registerWebsiteWebhook = async (
  payload: Payload,
  env: NodeJS.ProcessEnv = process.env,
): Promise<null | string> => {
  const website = env.WEBSITE_URL?.replace(/\/+$/, '')
  const secretFile = env.WEBHOOK_SECRET_FILE
  const development = !env.NODE_ENV || env.NODE_ENV === 'development'
  if (!development || !website || !secretFile) return null
  const collection = payload.collections['webhook-endpoints']
  if (!collection) return null
  const url = `${website}/api/revalidate`
  const eventsField = collection.config.flattenedFields.find((field) => field.name === 'events')
  const events =
    eventsField && 'options' in eventsField
      ? eventsField.options.map((option) => (typeof option === 'string' ? option : option.value))
      : []
  // A system task at start-up, with no visitor: the endpoint list is admin-only.
  await payload.delete({
    collection: 'webhook-endpoints',
    where: { url: { equals: url } },
    overrideAccess: true,
  })
  const created = (await payload.create({
    collection: 'webhook-endpoints',
    data: { url, events, active: true, description: 'The reference website (npm run dev)' },
    overrideAccess: true,
  })) as { secret?: string }
  if (!created.secret) return null
  const file = path.resolve(secretFile)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, `${created.secret}\n`, { mode: 0o600 })
  await chmod(file, 0o600)
  return `Website webhooks: ${url} (secret in ${path.relative(process.cwd(), file)})`
}
