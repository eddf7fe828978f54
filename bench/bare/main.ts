/**
 * Bare Payload served by the reference server program, bundled like
 * `npm start`'s (src/app/server/main.ts) with this folder's config instead.
 */
import { serveBundledConfig } from '../../src/app/config/loadConfig.ts'

const config = import('./payload.config.ts').then((module) => module.default)
config.catch(() => undefined)
serveBundledConfig(config)
const { runAsProgram } = await import('../../src/app/server/index.ts')
await runAsProgram()
