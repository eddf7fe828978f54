import { spawnSync } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')

/**
 * Compile the Payload servers under test once per run, the way `npm start`
 * does (`npm run build:server`): both ours and bare then start on Node's own
 * module loader, so the cold start measured is the one production sees, and
 * neither side pays tsx's per-module cost that the other does not.
 */
export const compileTargets = (): void => {
  const result = spawnSync(
    path.join(ROOT, 'node_modules/.bin/tsc'),
    ['-p', path.join(ROOT, 'bench/tsconfig.targets.json')],
    { cwd: ROOT, encoding: 'utf8' },
  )
  if (result.status !== 0) {
    throw new Error(`compiling the servers under test failed:\n${result.stdout}${result.stderr}`)
  }
}

/** Where the compiled copy of a source file is (build/, same layout, `.js`). */
export const compiledPath = (source: string): string =>
  path.join(ROOT, 'build', source.replace(/\.ts$/, '.js'))
