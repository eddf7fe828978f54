import type { SanitizedConfig } from 'payload'

import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/**
 * The reference backend's own config, used when `PAYLOAD_CONFIG_PATH` is not set:
 * `payload.config.ts` next to the sources, or `payload.config.js` in `build/`
 * when this module runs compiled (`npm run build:server`, what `npm start` runs).
 */
const REFERENCE_CONFIG = fileURLToPath(
  new URL(
    `../../../payload.config${path.extname(fileURLToPath(import.meta.url))}`,
    import.meta.url,
  ),
)

/**
 * The Payload config this process serves: the file `PAYLOAD_CONFIG_PATH`
 * names (a host project that composes the plugin), else the reference
 * backend's. One place, so the server, the worker and every command line
 * tool always act on the same database and collections.
 */
export const loadConfig = async (): Promise<SanitizedConfig> => {
  const configPath = process.env.PAYLOAD_CONFIG_PATH
    ? path.resolve(process.env.PAYLOAD_CONFIG_PATH)
    : REFERENCE_CONFIG
  const { default: config } = (await import(pathToFileURL(configPath).href)) as {
    default: Promise<SanitizedConfig> | SanitizedConfig
  }
  return await config
}
