/**
 * The production server's entry, bundled into `backend/build/server/main.js`
 * by `npm run build:server` (backend/cli/bundleServer.ts) and run by
 * `npm start`. The reference config is imported by name here, not found on
 * disk at run time, so the bundler takes it and everything it needs into the
 * bundle; then the program starts as `npm run dev` starts it (backend/main.ts).
 */
import { enableCompileCache } from 'node:module'

import { serveBundledConfig } from '../config/loadConfig.ts'

// Node keeps the compiled code of the bundle's chunks between starts (in the system's temporary
// folder, or where NODE_COMPILE_CACHE says), so a start skips compiling some 20 MB of JavaScript:
// about a seventh of the processor time to a healthy server. Before the chunks load, below.
enableCompileCache()

const config = import('../../payload.config.ts').then((module) => module.default)
// A config that fails to build (e.g. a bad DATABASE_URI) is reported where the server awaits it,
// with the server's own message; this only keeps Node from calling it unhandled before then.
config.catch(() => undefined)
serveBundledConfig(config)
await import('../main.ts')
