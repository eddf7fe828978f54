import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'

import { freePort, ROOT } from '../../helpers/server.ts'

export type Env = Record<string, string | undefined>

/** A production secret: the server refuses short or default ones. */
export const E2E_SECRET = 'e2e-' + randomBytes(24).toString('hex')

/** The environment every child starts from: nothing of the caller's database or secrets leaks in. */
const baseEnv = (): Env => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NEXT_TELEMETRY_DISABLED: '1',
  PAYLOAD_SECRET: E2E_SECRET,
})

/** Run a program to completion; reject with its output when it fails or hangs. */
export const run = (
  command: string,
  args: string[],
  env: Env,
  timeoutMs: number,
): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...baseEnv(), ...env } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new Error(`${command} ${args.join(' ')} did not finish within ${timeoutMs} ms:\n${output}`),
      )
    }, timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve(output)
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))
    })
  })

export type RunningProcess = {
  url: string
  child: ChildProcess
  output: () => string
  stop: () => Promise<void>
}

const LISTENING = /Server listening on (http:\/\/localhost:\d+)/

/**
 * The backend as `npm start` runs it: bundled (backend/build/server/, from `npm run
 * build:server`, which the caller runs first), NODE_ENV=production, the
 * production export conditions, and the prebuilt Next admin (`next({ dev: false })`).
 */
export const startProductionServer = async (
  env: Env,
  timeoutMs = 120_000,
): Promise<RunningProcess> => {
  // Production needs its public address; the admin in the browser calls the API there.
  const port = await freePort()
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=production', 'backend/build/server/main.js'],
      {
        cwd: ROOT,
        env: {
          ...baseEnv(),
          NODE_ENV: 'production',
          PORT: String(port),
          SERVER_URL: `http://localhost:${port}`,
          ...env,
        } as NodeJS.ProcessEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let log = ''
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done()
        const kill = setTimeout(() => child.kill('SIGKILL'), 15_000)
        child.once('exit', () => {
          clearTimeout(kill)
          done()
        })
        child.kill('SIGTERM')
      })
    const onEarlyExit = (code: null | number) => {
      clearTimeout(timer)
      reject(new Error(`production server exited with ${code} before listening:\n${log}`))
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`production server did not listen within ${timeoutMs} ms:\n${log}`))
    }, timeoutMs)
    const onData = (chunk: Buffer) => {
      log += chunk.toString()
      const match = LISTENING.exec(log)
      if (!match) return
      clearTimeout(timer)
      child.off('exit', onEarlyExit)
      child.stdout?.off('data', onData)
      child.stderr?.off('data', onData)
      // Keep collecting, for the failure messages of later steps.
      child.stdout?.on('data', (more: Buffer) => (log += more.toString()))
      child.stderr?.on('data', (more: Buffer) => (log += more.toString()))
      resolve({ url: match[1], child, output: () => log, stop })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', onEarlyExit)
  })
}
