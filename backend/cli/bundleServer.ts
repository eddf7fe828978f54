/**
 * `npm run build:server`: the production server bundled with esbuild into
 * `backend/build/server/` (`main.js` and the chunks it loads on demand), which is
 * what `npm start` runs.
 *
 * Why a bundle: about two thirds of a cold start was Node finding, reading
 * and compiling some two thousand modules one by one, and Node 20 has no
 * compile cache. One entry file with the code every start needs, and a chunk
 * for each part only some starts need (PostgreSQL, MongoDB, Redis, the
 * GraphQL handler), halves the time to a healthy server. What is left out
 * stays in node_modules: native modules (sharp, libsql) and Next, which loads
 * its own build of the admin.
 */
import { build, type Plugin } from 'esbuild'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { isProgram, runCli } from './runCli.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Loaded from node_modules at run time, never copied into the bundle. */
const EXTERNAL = [
  // Native code, found next to its own package.
  'sharp',
  'libsql',
  '@libsql/client',
  // The admin: Next loads the app `next build` made, with its own bundling.
  'next',
  // pg's optional native binding, which this project does not install.
  'pg-native',
]

/**
 * CommonJS packages inside an ES module bundle still call `require` (for
 * Node's own modules, and the optional ones esbuild cannot see into).
 */
const REQUIRE_IN_ESM =
  "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"

export type BundleOptions = {
  /** The program to bundle, relative to the project. */
  entry: string
  /** Folder to write `main.js`, its chunks and source maps to, relative to the project; emptied first. */
  outdir: string
  /**
   * Command line tools to bundle beside it, by output name (`seed` → `seed.js`), each a
   * file relative to the project that runs when imported (`await runCli(…)`), run with
   * the reference config the bundle was built with. They share the server's chunks.
   */
  programs?: Record<string, string>
}

/** An entry made of two imports: the bundled config first, then the tool. */
const PROGRAM_NAMESPACE = 'bundled-program'

const programEntries = (programs: Record<string, string>): Plugin => ({
  name: 'bundled-programs',
  setup(build) {
    build.onResolve({ filter: /^bundled-program:/ }, (args) => ({
      path: args.path.slice(`${PROGRAM_NAMESPACE}:`.length),
      namespace: PROGRAM_NAMESPACE,
    }))
    build.onLoad({ filter: /.*/, namespace: PROGRAM_NAMESPACE }, (args) => ({
      contents: [
        `import ${JSON.stringify(path.resolve(ROOT, 'backend/config/provideBundledConfig.ts'))}`,
        `import ${JSON.stringify(path.resolve(ROOT, programs[args.path] as string))}`,
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    }))
  },
})

export const bundleServer = async ({
  entry,
  outdir,
  programs = {},
}: BundleOptions): Promise<void> => {
  const out = path.resolve(ROOT, outdir)
  rmSync(out, { recursive: true, force: true })
  await build({
    absWorkingDir: ROOT,
    entryPoints: {
      main: path.resolve(ROOT, entry),
      ...Object.fromEntries(
        Object.keys(programs).map((name) => [name, `${PROGRAM_NAMESPACE}:${name}`]),
      ),
    },
    plugins: [programEntries(programs)],
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    // Parts only some starts need become chunks loaded by their `import()`.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    // The same export conditions `node --conditions=production` picks.
    conditions: ['production'],
    external: EXTERNAL,
    banner: { js: REQUIRE_IN_ESM },
    // Maps for reading a stack trace (`NODE_OPTIONS=--enable-source-maps`), not loaded by default.
    sourcemap: 'linked',
    logLevel: 'warning',
  })
}

if (isProgram(import.meta.url)) {
  await runCli({
    command: 'npm run build:server',
    description: 'Bundles the production server into backend/build/server/ (what npm start runs).',
    run: async () => {
      const started = performance.now()
      await bundleServer({ entry: 'backend/server/bundleEntry.ts', outdir: 'backend/build/server' })
      console.log(
        `Bundled the server into backend/build/server/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      )
    },
  })
}
