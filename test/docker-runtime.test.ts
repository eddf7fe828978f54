import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { bundleServer } from '../backend/cli/bundleServer.ts'
import { ApiClient } from './helpers/client.ts'
import { untilServing } from './helpers/harness.ts'
import { bundleEnv, ROOT, startServerProcess } from './helpers/server.ts'

/**
 * The Dockerfile's runtime stage without Docker (this machine has only the
 * client): its production install, the `npm ci` line exactly as the file has
 * it, run on the same manifests in a scratch folder; then the server bundle
 * started on that install as the image's CMD starts it, in production, on
 * SQLite. The admin needs `next build` (about a minute more), so it stays off
 * here; the browser suite serves the built admin.
 */
const runtimeInstall = (): string => {
  const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')
  const runtime = dockerfile.slice(dockerfile.search(/^FROM .* AS runtime$/m))
  const command = /^RUN (npm ci [^&\n]*)/m.exec(runtime)?.[1]?.trim()
  if (!command) throw new Error('The Dockerfile has no runtime stage with an npm ci line.')
  return command
}

/** The lockfile and the manifests of the root and every workspace, as the build stage hands them over. */
const copyManifests = (into: string) => {
  const root = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    workspaces: string[]
  }
  for (const file of [
    'package.json',
    'package-lock.json',
    ...root.workspaces.map((workspace) => path.join(workspace, 'package.json')),
  ]) {
    mkdirSync(path.dirname(path.join(into, file)), { recursive: true })
    copyFileSync(path.join(ROOT, file), path.join(into, file))
  }
}

describe('the Docker image, without Docker', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'charity-runtime-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('installs the runtime dependencies only, and the bundled server serves in production on them', async () => {
    const command = runtimeInstall()
    expect(command).toMatch(/--omit=dev/)
    copyManifests(dir)
    // From npm's cache when it has the packages (the full install just filled it); nothing else changes.
    const installed = spawnSync('sh', ['-c', `${command} --prefer-offline`], {
      cwd: dir,
      encoding: 'utf8',
    })
    expect({ status: installed.status, stderr: installed.status ? installed.stderr : '' }).toEqual({
      status: 0,
      stderr: '',
    })
    // What the server runs on is there; the test and build tools are not.
    for (const runtime of ['payload', 'express', 'next', '@libsql/client', 'tsx']) {
      expect({ runtime, present: existsSync(path.join(dir, 'node_modules', runtime)) }).toEqual({
        runtime,
        present: true,
      })
    }
    for (const tool of ['jest', 'typescript-eslint', '@swc/core', 'playwright-core', 'eslint']) {
      expect({ tool, present: existsSync(path.join(dir, 'node_modules', tool)) }).toEqual({
        tool,
        present: false,
      })
    }

    await bundleServer({
      entry: 'backend/server/bundleEntry.ts',
      outdir: path.join(dir, 'backend/build/server'),
    })
    mkdirSync(path.join(dir, 'data/db'), { recursive: true })
    const server = await startServerProcess({}, 120_000, () =>
      spawn(process.execPath, ['--conditions=production', 'backend/build/server/main.js'], {
        cwd: dir,
        env: bundleEnv({
          DATABASE_URI: `file:${path.join(dir, 'data/db/charity.db')}`,
          MEDIA_DIR: path.join(dir, 'data/media'),
        }),
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    )
    try {
      const api = new ApiClient(server.url)
      await untilServing(api)
      expect((await api.request('/api/health')).body).toEqual({ status: 'ok', database: 'sqlite' })
      expect((await api.request('/api/posts?limit=1')).status).toBe(200)
      // The committed migrations made the tables: a production start, not a schema push.
      expect(server.output()).toMatch(/Migrated:\s+\S+_initial/)
    } finally {
      await server.stop()
    }
    expect(server.child.exitCode).toBe(0)
  }, 240_000)
})
