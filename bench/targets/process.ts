import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'

import { bundledPath } from './compile.ts'

export const ROOT = path.resolve(import.meta.dirname, '../..')

const PROBE_SOURCE = 'bench/probe/eventLoop.ts'

export type TargetName = 'ours' | 'old' | 'uncached' | 'old-uncached' | 'bare' | 'raw'

/** Every server, in the order they take turns: each old checkout right after its counterpart. */
export const TARGETS: TargetName[] = ['ours', 'old', 'uncached', 'old-uncached', 'bare', 'raw']

/** The servers a run loads unless told otherwise (old ones need `--compare-with`). */
export const DEFAULT_TARGETS: TargetName[] = ['ours', 'uncached', 'bare', 'raw']

/** The other checkout's server beside each of this one's (`--compare-with`). */
export const OLD_OF: Partial<Record<TargetName, TargetName>> = {
  ours: 'old',
  uncached: 'old-uncached',
}

/** A server under test: where it answers, where its event-loop probe answers, and how long it took to come up. */
export type RunningTarget = {
  name: TargetName
  url: string
  probeUrl: string
  /** Spawn → first `200` from /api/health. */
  coldStartMs: number
  output: () => string
  stop: () => Promise<void>
}

/** A port nobody listens on right now (the server is told it, so the bench can poll from the first moment). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done()
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000)
    child.once('exit', () => {
      clearTimeout(kill)
      done()
    })
    child.kill('SIGTERM')
  })

/**
 * Start a server script with the event-loop probe preloaded, and wait until
 * its /api/health answers 200. The time that takes is the cold start. A
 * compiled script (`.js` in build/, see compile.ts) starts as `npm start` runs
 * it; a source script (`.ts`) through tsx.
 */
export const startTarget = async (
  name: TargetName,
  script: string,
  env: Record<string, string | undefined>,
  { cwd = ROOT, timeoutMs = 180_000 }: { cwd?: string; timeoutMs?: number } = {},
): Promise<RunningTarget> => {
  const [port, probePort] = [await freePort(), await freePort()]
  const loader = script.endsWith('.ts')
    ? ['--import', 'tsx', '--import', path.join(ROOT, PROBE_SOURCE)]
    : ['--import', bundledPath('probe')]
  const started = performance.now()
  const child = spawn(
    process.execPath,
    ['--conditions=production', ...loader, path.resolve(ROOT, script)],
    {
      cwd,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        // The address it is measured at: production needs one, and absolute URLs are made from it.
        SERVER_URL: `http://127.0.0.1:${port}`,
        ...env,
        PORT: String(port),
        BENCH_PROBE_PORT: String(probePort),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let log = ''
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  // 127.0.0.1, not localhost: no IPv6-first lookups in the measurements.
  const url = `http://127.0.0.1:${port}`

  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) {
      throw new Error(`${name} exited with code ${child.exitCode} before answering:\n${log}`)
    }
    const status = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) {
      return {
        name,
        url,
        probeUrl: `http://127.0.0.1:${probePort}`,
        coldStartMs: Math.round(performance.now() - started),
        output: () => log,
        stop: () => stopChild(child),
      }
    }
    await sleep(20)
  }
  await stopChild(child)
  throw new Error(`${name} did not answer /api/health within ${timeoutMs} ms:\n${log}`)
}
