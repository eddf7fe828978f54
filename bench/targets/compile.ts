import path from 'node:path'

import { bundleServer } from '../../backend/cli/bundleServer.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Each program the benchmark starts compiled, and the folder its bundle goes to. */
const BUNDLES = {
  // What `npm start` runs (`npm run build:server`).
  ours: { entry: 'backend/server/bundleEntry.ts', outdir: 'backend/build/server' },
  // The same server program and bundling, serving bare Payload's config.
  bare: { entry: 'bench/bare/main.ts', outdir: 'build/bench/bare' },
  // The event-loop probe every server preloads.
  probe: { entry: 'bench/probe/eventLoop.ts', outdir: 'build/bench/probe' },
} as const

/**
 * Bundle the Payload servers under test once per run, the way `npm start`
 * does (`npm run build:server`): ours and bare start alike on Node's own
 * module loader from an esbuild bundle, so the cold start measured is the
 * one production sees, and neither side pays a cost the other does not.
 */
export const compileTargets = async (): Promise<void> => {
  for (const bundle of Object.values(BUNDLES)) await bundleServer(bundle)
}

/** The entry file of a bundle `compileTargets` made. */
export const bundledPath = (name: keyof typeof BUNDLES): string =>
  path.join(ROOT, BUNDLES[name].outdir, 'main.js')
