import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

/** Where a checkout's `npm run build:server` puts the server: before the redesign, then after it (issue #33). */
const SERVER_BUNDLES = ['build/server/main.js', 'backend/build/server/main.js']

/**
 * Bundle another checkout's server with that checkout's own `npm run build:server`
 * (its own code, dependencies and bundler), as its `npm start` would, and
 * return the bundle's entry. The checkout needs its node_modules installed;
 * nothing else in it is touched.
 */
export const compileOther = (dir: string): string => {
  const root = path.resolve(dir)
  if (
    !existsSync(path.join(root, 'package.json')) ||
    !existsSync(path.join(root, 'node_modules'))
  ) {
    throw new Error(`--compare-with ${dir}: not a checkout with node_modules installed`)
  }
  const build = spawnSync('npm', ['run', '--silent', 'build:server'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (build.status !== 0) {
    throw new Error(`--compare-with ${dir}: npm run build:server exited with ${build.status}`)
  }
  const entry = SERVER_BUNDLES.map((file) => path.join(root, file)).find((file) => existsSync(file))
  if (!entry)
    throw new Error(`--compare-with ${dir}: no server bundle at ${SERVER_BUNDLES.join(' or ')}`)
  return entry
}
