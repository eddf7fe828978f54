import type { ChildProcess } from 'node:child_process'

/**
 * The packed plugin in a Payload app as create-payload-app makes it
 * (test/fixtures/next-host: `withPayload`, the `(payload)` route group, REST
 * and GraphQL route handlers, no express), built with `next build` and served
 * by `next start` on SQLite. Whatever the plugin promises must hold here
 * without the reference server: its rate limits, body limits and input guards.
 */
import { execFile, spawn } from 'node:child_process'
import { createHmac, randomBytes } from 'node:crypto'
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { createServer } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'

import { requestBody } from './helpers/accessFixtures.ts'
import { ApiClient } from './helpers/client.ts'
import { ROOT } from './helpers/server.ts'

const run = promisify(execFile)
const FIXTURE = path.join(ROOT, 'test/fixtures/next-host')
const BIN = path.join(ROOT, 'node_modules/.bin')
const WEBHOOK_SECRET = `whsec-${randomBytes(12).toString('hex')}`
const IMPORT_MAP = 'app/(payload)/admin/importMap.js'

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

/**
 * The package as npm would hand it to a host: compiled by tsconfig.build.json
 * (into a folder of its own, so a build running beside this one is untouched),
 * packed by `npm pack` with the package's own `files`, unpacked into the host.
 */
const installPackedPlugin = async (hostDir: string) => {
  const staging = path.join(hostDir, '.package')
  mkdirSync(staging, { recursive: true })
  await run(
    path.join(BIN, 'tsc'),
    ['-p', 'tsconfig.build.json', '--outDir', path.join(staging, 'dist')],
    { cwd: ROOT, timeout: 300_000 },
  )
  for (const file of ['package.json', 'README.md']) {
    copyFileSync(path.join(ROOT, file), path.join(staging, file))
  }
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts'], {
    cwd: staging,
    timeout: 120_000,
  })
  const tarball = path.join(staging, JSON.parse(stdout)[0].filename)
  const unpacked = path.join(hostDir, 'node_modules', 'payload-plugin-charity')
  mkdirSync(unpacked, { recursive: true })
  await run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1'])
  rmSync(staging, { recursive: true, force: true })
}

let hostDir = ''
let server: ChildProcess | undefined
let output = ''
let api: ApiClient
let adminToken = ''
const timings: Record<string, number> = {}

const timed = async <T>(what: string, step: () => Promise<T>): Promise<T> => {
  const started = Date.now()
  try {
    return await step()
  } finally {
    timings[what] = Math.round((Date.now() - started) / 1000)
  }
}

beforeAll(async () => {
  const started = Date.now()
  mkdirSync(path.join(ROOT, '.data'), { recursive: true })
  // Inside the project, so payload, next and react resolve from its node_modules, as a host's would.
  hostDir = mkdtempSync(path.join(ROOT, '.data', 'next-host-'))
  cpSync(FIXTURE, hostDir, { recursive: true })
  const env: NodeJS.ProcessEnv = {
    PATH: `${BIN}:${process.env.PATH}`,
    HOME: process.env.HOME,
    NEXT_TELEMETRY_DISABLED: '1',
    // A production host: built, migrated and served as one.
    NODE_ENV: 'production',
    PAYLOAD_CONFIG_PATH: 'payload.config.ts',
    PAYLOAD_SECRET: `next-host-${randomBytes(16).toString('hex')}`,
    DATABASE_URI: `file:${path.join(hostDir, 'host.db')}`,
    DONATIONS_WEBHOOK_SECRET: WEBHOOK_SECRET,
  }
  const payloadCli = (args: string[]) =>
    run(process.execPath, [path.join(ROOT, 'node_modules/payload/bin.js'), ...args], {
      cwd: hostDir,
      env,
      timeout: 300_000,
    })
  const next = path.join(ROOT, 'node_modules/next/dist/bin/next')

  await timed('pack', () => installPackedPlugin(hostDir))
  // A production host creates its tables with migrations, as `payload migrate` in its deploy step.
  await timed('migrate', async () => {
    await payloadCli(['migrate:create', 'initial'])
    await payloadCli(['migrate'])
  })
  await timed('build', () =>
    run(process.execPath, [next, 'build', '.'], {
      cwd: hostDir,
      env,
      timeout: 900_000,
      maxBuffer: 16 * 1024 * 1024,
    }),
  )

  const port = await freePort()
  await timed('start', async () => {
    server = spawn(process.execPath, [next, 'start', '.', '-p', String(port)], {
      cwd: hostDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    server.stdout?.on('data', (chunk) => (output += chunk))
    server.stderr?.on('data', (chunk) => (output += chunk))
    api = new ApiClient(`http://localhost:${port}`)
    // Payload starts on the first request: ready once the API answers one.
    for (let waited = 0; ; waited += 250) {
      const status = await api.request('/api/posts').then(
        (response) => response.status,
        () => 0,
      )
      if (status === 200) break
      if (waited > 120_000 || server.exitCode !== null) {
        throw new Error(`next start did not serve the API (last status ${status}):\n${output}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })

  const first = await api.request('/api/users/first-register', {
    body: { email: 'host-admin@example.org', password: 'next-host-password-1', name: 'Host Admin' },
  })
  if (first.status !== 200) throw new Error(`first-register: ${JSON.stringify(first.body)}`)
  adminToken = first.body.token
  timings.total = Math.round((Date.now() - started) / 1000)
  console.info(`next host ready: ${JSON.stringify(timings)} (seconds)`)
}, 1_200_000)

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  if (hostDir) rmSync(hostDir, { recursive: true, force: true })
}, 60_000)

describe('the packed plugin in a standard Next.js Payload app [SQLite]', () => {
  it('ships the import map the plugin’s admin components need', () => {
    // The same plugin as the reference backend: the same components of ours to map (the backend
    // maps more of its own, e.g. the S3 upload handler, which this host does not use).
    const ours = (file: string) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.includes('payload-plugin-charity'))
    const backend = ours(path.join(ROOT, 'backend', IMPORT_MAP))
    expect(backend.length).toBeGreaterThan(0)
    expect(ours(path.join(FIXTURE, IMPORT_MAP))).toEqual(backend)
  })

  it('serves the admin, with the plugin’s dashboard', async () => {
    const response = await fetch(`${api.baseURL}/admin`, {
      headers: { cookie: `payload-token=${adminToken}` },
    })
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    expect(html).toMatch(/<title>Dashboard - Payload<\/title>/)
    expect(html).toMatch(/Open appeals/)
  })

  it('reads published posts over REST and GraphQL, drafts for no one anonymous', async () => {
    for (const [title, status] of [
      ['Published in the host', 'published'],
      ['Draft in the host', 'draft'],
    ]) {
      const created = await api.request('/api/posts', {
        body: { title, _status: status },
        token: adminToken,
      })
      expect(created.status).toBe(201)
    }
    const rest = await api.request('/api/posts?depth=0')
    expect(rest.status).toBe(200)
    expect(rest.body.docs.map((doc: { title: string }) => doc.title)).toEqual([
      'Published in the host',
    ])
    const graphql = await api.graphql('{ Posts { docs { title } } }')
    expect(graphql.errors).toBeUndefined()
    expect(graphql.data.Posts.docs).toEqual([{ title: 'Published in the host' }])
    // Site search works in the host too: its index tables are the plugin's, made at start-up.
    const found = await api.request('/api/search?q=host')
    expect(found.status).toBe(200)
    expect(found.body.docs.map((doc: { title: string }) => doc.title)).toEqual([
      'Published in the host',
    ])
  })

  it('records a correctly signed gift with 201, and refuses a bad signature with 401', async () => {
    const appeal = await api.request('/api/donation-appeals', {
      body: {
        title: 'Host appeal',
        summary: 'Gifts through the Next.js host',
        currency: 'GBP',
        targetAmount: 100_000,
        donateUrl: 'https://charity.example/donate',
        _status: 'published',
      },
      token: adminToken,
    })
    expect(appeal.status).toBe(201)
    const body = JSON.stringify({
      externalId: `pi_${randomBytes(6).toString('hex')}`,
      appeal: appeal.body.doc.id,
      amount: 2500,
      currency: 'GBP',
    })
    const deliver = (signature: string) =>
      api.request('/api/donations/webhook', {
        method: 'POST',
        rawBody: body,
        headers: { 'content-type': 'application/json', 'x-signature': signature },
      })
    const signed = `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex')}`
    const recorded = await deliver(signed)
    expect({ status: recorded.status, outcome: recorded.body.status }).toEqual({
      status: 201,
      outcome: 'recorded',
    })
    const forged = await deliver(`sha256=${'0'.repeat(64)}`)
    expect(forged.status).toBe(401)
    expect(forged.body.errors[0].message).toMatch(/does not match the body/)
    const totals = await api.request(`/api/donation-appeals/${appeal.body.doc.id}?depth=0`)
    expect(totals.body).toMatchObject({ raisedAmount: 2500, donationCount: 1 })
  })

  it('stops reading a body past its limit and answers 413 naming it', async () => {
    // Streamed, with no Content-Length to go by: the limit holds while reading. On a socket of its
    // own (agent: false): the server stops reading and closes it, and a pooled connection reused by
    // the next test would fail there with ECONNRESET.
    const chunk = 'x'.repeat(16 * 1024)
    const { status, text } = await new Promise<{ status: number; text: string }>(
      (resolve, reject) => {
        const req = httpRequest(`${api.baseURL}/api/donations/webhook`, {
          method: 'POST',
          agent: false,
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        })
        req.on('response', (response) => {
          let body = ''
          response.setEncoding('utf8')
          response.on('data', (part: string) => (body += part))
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text: body }))
        })
        // The server may close while chunks are still on their way: its answer is what counts.
        req.on('error', (error) => (req.writableEnded ? undefined : reject(error)))
        for (let sent = 0; sent < 8; sent++) req.write(chunk)
        req.end()
      },
    )
    expect(status).toBe(413)
    expect(JSON.parse(text).errors[0].message).toMatch(/the limit is 64kb/)
  })

  it('answers the training form 429 with Retry-After past its limit (3 here)', async () => {
    const form = (name: string) =>
      api.request('/api/training-requests', { body: requestBody(name) })
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) statuses.push((await form(`Organiser ${i}`)).status)
    expect(statuses).toEqual([201, 201, 201])
    const over = await form('One too many')
    expect(over.status).toBe(429)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(over.body.errors[0].message).toMatch(/Too many training requests.*at most 3/)
  })

  it('answers bad requests with a 4xx that says what was wrong', async () => {
    const malformed = await api.request('/api/posts', {
      method: 'POST',
      rawBody: '{"title": ',
      headers: { 'content-type': 'application/json' },
      token: adminToken,
    })
    expect({ status: malformed.status, message: malformed.body.errors?.[0]?.message }).toEqual({
      status: 400,
      message: expect.stringMatching(/Malformed JSON/),
    })
    for (const id of ['abc', '12abc']) {
      const impossible = await api.request(`/api/posts/${id}`)
      expect({ status: impossible.status, message: impossible.body.errors?.[0]?.message }).toEqual({
        status: 404,
        message: expect.stringMatching(/ids here are a whole number/),
      })
    }
    const badQuery = await api.request('/api/posts?limit=lots')
    expect(badQuery.status).toBe(400)
    expect(badQuery.body.errors[0].message).toMatch(/limit must be a whole number/)
  })
})
