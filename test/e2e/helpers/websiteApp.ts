import type { ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'

import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

import { ROOT } from '../../helpers/server.ts'

const WEBSITE = path.join(ROOT, 'website')
/** What the website's production bundle is built from: its own files, and the package's rich text it imports. */
const WEBSITE_INPUTS = [
  'app',
  'components',
  'lib',
  'proxy.ts',
  'next.config.ts',
  'package.json',
  'tsconfig.json',
  '../src/richtext',
  '../src/exports/richtext.ts',
]

const newestMtime = (target: string): number => {
  if (!existsSync(target)) return 0
  const stats = statSync(target)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(target).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(target, name))),
    stats.mtimeMs,
  )
}

/** `npm run build:website` when the website's production build is missing or older than its sources. */
export const ensureWebsiteBuild = (log: (line: string) => void = console.log): void => {
  const buildId = path.join(WEBSITE, '.next', 'BUILD_ID')
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0
  const changed = WEBSITE_INPUTS.find((input) => newestMtime(path.join(WEBSITE, input)) > builtAt)
  if (builtAt && !changed) return
  log(`e2e: building the website (${builtAt ? `${changed} changed` : 'no build yet'})`)
  const result = spawnSync('npm', ['run', 'build:website'], { cwd: ROOT, encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`npm run build:website failed:\n${result.stdout}\n${result.stderr}`)
  }
}

/**
 * Forget every page and backend answer the website kept from an earlier run
 * (Next's file-system cache: pages under .next/server/route-cache, reads in
 * .next/cache/fetch-cache), so a run against a new database starts cold. Nothing
 * of the build is there: no page is rendered at build time.
 */
export const clearWebsiteCache = (): void => {
  const next = path.join(WEBSITE, '.next')
  rmSync(path.join(next, 'cache', 'fetch-cache'), { recursive: true, force: true })
  // Next 16 keeps rendered pages here (older releases beside the build's own, below).
  rmSync(path.join(next, 'server', 'route-cache'), { recursive: true, force: true })
  const pages = path.join(next, 'server', 'app')
  if (!existsSync(pages)) return
  for (const name of readdirSync(pages)) {
    if (/^(en|cy)(\.|$)/.test(name))
      rmSync(path.join(pages, name), { recursive: true, force: true })
  }
}

/** A port nothing listens on now (the website's address must be known before the backend starts). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })

export type RunningWebsite = {
  url: string
  child: ChildProcess
  output: () => string
  stop: () => Promise<void>
}

/** The website as `npm run start:website` runs it: `next start` on the production build. */
export const startWebsite = async (
  port: number,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<RunningWebsite> => {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', WEBSITE, '--port', String(port)],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        ...env,
      } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const url = `http://localhost:${port}`
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done()
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000)
      child.once('exit', () => {
        clearTimeout(kill)
        done()
      })
      child.kill('SIGTERM')
    })
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the website exited with ${child.exitCode}:\n${log}`)
    const ready = await fetch(`${url}/robots.txt`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) return { url, child, output: () => log, stop }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`the website did not answer within ${timeoutMs} ms:\n${log}`)
}
