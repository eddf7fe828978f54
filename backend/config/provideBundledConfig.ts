/**
 * A bundled command line tool's first import (`bundleServer`'s `programs`):
 * hands the reference config, taken into the bundle by name, to
 * `loadConfig` before the tool's own module runs, as the server's bundle
 * entry (backend/server/bundleEntry.ts) does for the server.
 */
import { serveBundledConfig } from './loadConfig.ts'

const config = import('../../payload.config.ts').then((module) => module.default)
// A config that fails to build is reported where the tool awaits it, with the tool's own message.
config.catch(() => undefined)
serveBundledConfig(config)
