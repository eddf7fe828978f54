/**
 * The production server's entry, bundled into `backend/build/server/main.js`
 * by `npm run build:server` (backend/cli/bundleServer.ts) and run by
 * `npm start`. The reference config is imported by name here, not found on
 * disk at run time, so the bundler takes it and everything it needs into the
 * bundle; then the program starts as `npm run dev` starts it (backend/main.ts).
 */
import { serveBundledConfig } from '../config/loadConfig.ts'

const config = import('../../payload.config.ts').then((module) => module.default)
// A config that fails to build (e.g. a bad DATABASE_URI) is reported where the server awaits it,
// with the server's own message; this only keeps Node from calling it unhandled before then.
config.catch(() => undefined)
serveBundledConfig(config)
await import('../main.ts')
