/**
 * Bare Payload served by the reference server program, bundled like
 * `npm start`'s (backend/server/bundleEntry.ts) with this folder's config instead.
 */
import { serveBundledConfig } from '../../backend/config/loadConfig.ts'

const config = import('./payload.config.ts').then((module) => module.default)
config.catch(() => undefined)
serveBundledConfig(config)
const { runAsProgram } = await import('../../backend/server/index.ts')
await runAsProgram()
