/**
 * Create the tables a Payload config wants on the (empty) database at
 * DATABASE_URI, the way Payload itself does outside production: by starting
 * it once. Run with NODE_ENV=test, PAYLOAD_CONFIG_PATH=<config>.
 *
 * Used for bare Payload's schema (so bare gets Payload's own tables and
 * indexes, not ours) and to tell whether a kept database still matches the
 * reference backend's schema.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { getPayload, type SanitizedConfig } from 'payload'

const configPath = process.env.PAYLOAD_CONFIG_PATH
if (!configPath) throw new Error('PAYLOAD_CONFIG_PATH is required')
if (process.env.NODE_ENV === 'production')
  throw new Error('Payload pushes a schema only outside production')

const { default: config } = (await import(pathToFileURL(path.resolve(configPath)).href)) as {
  default: Promise<SanitizedConfig>
}
const payload = await getPayload({ config: await config })
await payload.destroy()
console.log('schema pushed')
process.exit(0)
