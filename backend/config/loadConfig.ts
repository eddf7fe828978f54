import type { SanitizedConfig } from 'payload'

import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/**
 * The reference backend's own config, used when `PAYLOAD_CONFIG_PATH` is not set
 * and the server is not the bundle: `payload.config.ts` next to the sources, or
 * `payload.config.js` beside a compiled copy (the benchmark's bare Payload).
 */
const REFERENCE_CONFIG = fileURLToPath(
  new URL(`../../payload.config${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url),
)

type ConfigModule = Promise<SanitizedConfig> | SanitizedConfig

let bundled: Promise<ConfigModule> | undefined

/**
 * The bundled server (backend/server/bundleEntry.ts) hands over the config it was
 * built with: inside the bundle there is no payload.config file to import.
 */
export const serveBundledConfig = (config: Promise<ConfigModule>): void => {
  bundled = config
}

export const servesBundledConfig = (): boolean => bundled !== undefined

/**
 * The Payload config this process serves: the file `PAYLOAD_CONFIG_PATH`
 * names (a host project that composes the plugin), else the reference
 * backend's. One place, so the server, the worker and every command line
 * tool always act on the same database and collections.
 */
export const loadConfig = async (): Promise<SanitizedConfig> => {
  if (bundled) {
    // Another config would import its own copy of Payload from node_modules, beside the bundle's.
    if (process.env.PAYLOAD_CONFIG_PATH) {
      throw new Error(
        `PAYLOAD_CONFIG_PATH is set (${process.env.PAYLOAD_CONFIG_PATH}), but the bundled server (backend/build/server/main.js, what npm start runs) serves only the config it was built with. Serve another config from the sources: node --import tsx backend/main.ts.`,
      )
    }
    return await await bundled
  }
  const configPath = process.env.PAYLOAD_CONFIG_PATH
    ? path.resolve(process.env.PAYLOAD_CONFIG_PATH)
    : REFERENCE_CONFIG
  const { default: config } = (await import(pathToFileURL(configPath).href)) as {
    default: Promise<SanitizedConfig> | SanitizedConfig
  }
  return await config
}
