/**
 * Several API nodes behind a load balancer, on one machine: PostgreSQL,
 * Redis (Debian's `redis-server`), a media bucket every node shares, N API
 * nodes, an optional admin node, the jobs worker and haproxy (Debian's),
 * wired as docs/scaling.md describes.
 * `npm run cluster` starts it for trying; the cluster tests start it too.
 */
import type { ChildProcess } from 'node:child_process'

import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { isProgram, runCli, UsageError } from '../backend/cli/runCli.ts'
import { startLocalBucketServer } from './objectStorage.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type ClusterOptions = {
  /** A PostgreSQL database the nodes share (required: several nodes need a server database). */
  databaseUri: string
  /** How many API nodes; default 3. */
  nodes?: number
  /** Also an admin node (the Next admin UI; dev mode unless NODE_ENV=production). Default false. */
  admin?: boolean
  /** How many jobs workers (a second one waits as a standby); default 1. */
  workers?: number
  /** An existing Redis; without it a private `redis-server` is started. */
  redisUrl?: string
  /** The load balancer's port; default a free one. */
  port?: number
  /**
   * Extra environment for every process (e.g. rate limits, DONATIONS_WEBHOOK_SECRET). The media
   * bucket is the one its S3_* variables name; without S3_BUCKET a private S3-compatible server
   * (s3rver) is started on loopback and every node shares its bucket.
   */
  env?: Record<string, string | undefined>
  /** haproxy's health-check interval in ms; default 500. */
  checkIntervalMs?: number
  /** Where logs and generated files go; default a temporary folder. */
  dir?: string
  log?: (message: string) => void
}

export type ClusterProcess = {
  name: string
  url?: string
  child: ChildProcess
  output: () => string
  /** Start it again with the same settings (after a kill). */
  restart: () => Promise<ClusterProcess>
}

export type Cluster = {
  /** The load balancer's address: what websites use. */
  url: string
  redisUrl: string
  /** The bucket every node keeps media in: its S3_* variables. */
  media: Record<string, string | undefined>
  nodes: ClusterProcess[]
  admin?: ClusterProcess
  workers: ClusterProcess[]
  balancer: ChildProcess
  /** Start one more jobs worker (e.g. after killing one). */
  startWorker: () => Promise<ClusterProcess>
  /** haproxy's view of each API node: `UP`, `DOWN`, … */
  backendStatus: () => Promise<Record<string, string>>
  stop: () => Promise<void>
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })

/** Whether a program is on PATH (or at one of Debian's paths). */
export const findProgram = (name: string): string | undefined => {
  for (const candidate of [`/usr/bin/${name}`, `/usr/sbin/${name}`, `/usr/local/bin/${name}`]) {
    if (existsSync(candidate)) return candidate
  }
  const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' })
  return which.status === 0 ? which.stdout.trim() || undefined : undefined
}

/** Every child still running: whatever happens to the caller (a test's timeout, Ctrl-C), none outlives it. */
const alive = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of alive) child.kill('SIGKILL')
})

/** Start a child and resolve once its output matches `ready` (or reject when it dies first). */
const startProcess = (
  name: string,
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
  ready: RegExp,
  timeoutMs = 180_000,
): Promise<{ child: ChildProcess; output: () => string; match: RegExpExecArray }> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    alive.add(child)
    child.once('exit', () => alive.delete(child))
    let log = ''
    let settled = false
    const onData = (chunk: Buffer) => {
      log += chunk.toString()
      if (log.length > 200_000) log = log.slice(-100_000)
      const match = settled ? null : ready.exec(log)
      if (match) {
        settled = true
        clearTimeout(timer)
        resolve({ child, output: () => log, match })
      }
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${name} was not ready within ${timeoutMs} ms:\n${log.slice(-4000)}`))
    }, timeoutMs)
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code, signal) => {
      if (settled) return
      clearTimeout(timer)
      reject(
        new Error(`${name} exited (${code ?? signal}) before it was ready:\n${log.slice(-4000)}`),
      )
    })
  })

const nodeArgs = (script: string) => [
  '--conditions=development',
  '--import',
  'tsx',
  path.join(ROOT, script),
]

/** haproxy's configuration: round robin over the API nodes, checked on /api/health. */
export const haproxyConfig = (options: {
  port: number
  statsSocket: string
  nodes: { name: string; port: number }[]
  admin?: { port: number }
  checkIntervalMs: number
}): string => {
  const inter = options.checkIntervalMs
  return `global
  maxconn 4096
  stats socket ${options.statsSocket} mode 600 level admin

defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # A node busy with reads answers its health check late, not never: only a dead
  # or stuck node should leave the pool, or load moves to the others and they
  # fall in turn. A killed node refuses the connection and is still out at once.
  timeout check 3s
  # A read that found a dead node goes to another one; a write is never sent twice.
  retries 2
  option redispatch 1
  retry-on conn-failure empty-response response-timeout
  default-server inter ${inter}ms fastinter ${Math.max(100, Math.round(inter / 2))}ms downinter ${inter * 2}ms fall 2 rise 2

frontend web
  bind 127.0.0.1:${options.port}
  option forwardfor
  http-request disable-l7-retry unless METH_GET || METH_HEAD
${options.admin ? '  use_backend admin if { path_beg /admin /_next /__nextjs }\n' : ''}  default_backend api

backend api
  balance roundrobin
  option httpchk GET /api/health
  http-check expect status 200
${options.nodes.map((node) => `  server ${node.name} 127.0.0.1:${node.port} check`).join('\n')}
${options.admin ? `\nbackend admin\n  server admin 127.0.0.1:${options.admin.port} check\n  option httpchk GET /api/health\n` : ''}`
}

/** Ask haproxy (through its stats socket) which API nodes it sends to. */
const askHaproxy = (socket: string): Promise<Record<string, string>> =>
  new Promise((resolve, reject) => {
    import('node:net')
      .then(({ createConnection }) => {
        let text = ''
        const connection = createConnection(socket, () => connection.write('show stat\n'))
        connection.on('data', (chunk) => (text += chunk.toString()))
        connection.on('error', reject)
        connection.on('end', () => {
          const status: Record<string, string> = {}
          const [header, ...rows] = text.trim().split('\n')
          const columns = header.replace(/^# /, '').split(',')
          for (const row of rows) {
            const values = row.split(',')
            const entry = Object.fromEntries(columns.map((column, i) => [column, values[i]]))
            if (entry.pxname === 'api' && entry.svname !== 'BACKEND' && entry.svname !== 'FRONTEND')
              status[entry.svname] = entry.status
          }
          resolve(status)
        })
      })
      .catch(reject)
  })

/** The private bucket's name, when the cluster starts its own. */
const CLUSTER_BUCKET = 'charity-media'

/** The S3_* variables of an environment (backend/config/storage.ts reads them). */
const pickS3 = (env: Record<string, string | undefined>): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(env).filter(([name]) => name.startsWith('S3_')))

export const startCluster = async (options: ClusterOptions): Promise<Cluster> => {
  const log = options.log ?? (() => {})
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), 'charity-cluster-'))
  mkdirSync(dir, { recursive: true })
  const started: ChildProcess[] = []
  /** What runs inside this process (the private bucket server), closed after the children. */
  const closers: (() => Promise<void>)[] = []
  const stopAll = async () => {
    await Promise.all(
      started.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve()
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000)
            child.once('exit', () => {
              clearTimeout(kill)
              resolve()
            })
            child.kill('SIGTERM')
          }),
      ),
    )
    await Promise.all(closers.splice(0).map((close) => close().catch(() => undefined)))
  }

  try {
    // Redis: the one given, or a private one with nothing saved to disk.
    let redisUrl = options.redisUrl
    if (!redisUrl) {
      const redisServer = findProgram('redis-server')
      if (!redisServer)
        throw new Error('redis-server is not installed (Debian: apt install redis-server).')
      const redisPort = await freePort()
      const redis = await startProcess(
        'redis-server',
        redisServer,
        ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { PATH: process.env.PATH },
        /Ready to accept connections/,
        30_000,
      )
      started.push(redis.child)
      redisUrl = `redis://127.0.0.1:${redisPort}`
      log(`Redis at ${redisUrl}`)
    }

    // Media: the bucket named by S3_*, or a private one. A folder on one machine would not do: each node has its own disk.
    let media = pickS3(options.env ?? {})
    if (!media.S3_BUCKET) {
      const bucketServer = await startLocalBucketServer(
        [CLUSTER_BUCKET],
        options.dir ? path.join(dir, 's3') : undefined,
      )
      closers.push(bucketServer.stop)
      media = bucketServer.envFor(CLUSTER_BUCKET)
      log(`media bucket at ${media.S3_PUBLIC_URL}`)
    }

    const secret = process.env.PAYLOAD_SECRET || `cluster-${randomBytes(16).toString('hex')}`
    // The load balancer's address is the public one: every node makes its absolute URLs from it.
    const port = options.port ?? (await freePort())
    const url = `http://127.0.0.1:${port}`
    const baseEnv: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: process.env.NODE_ENV === 'production' ? 'production' : 'development',
      NEXT_TELEMETRY_DISABLED: '1',
      PAYLOAD_SECRET: secret,
      DATABASE_URI: options.databaseUri,
      REDIS_URL: redisUrl,
      // Behind haproxy on loopback: the client address is the one haproxy saw.
      TRUST_PROXY: 'loopback',
      SERVER_URL: url,
      ...options.env,
      ...media,
    }

    const startNode = async (
      name: string,
      admin: boolean,
      port: number,
    ): Promise<ClusterProcess> => {
      const env = {
        ...baseEnv,
        PORT: String(port),
        PAYLOAD_ADMIN: admin ? 'true' : 'false',
        // Jobs run in the worker only.
        PAYLOAD_JOBS_AUTORUN: 'false',
        // The first node seeds an empty database (development only); the others never race it.
        SEED_ON_START: name === 'api1' ? baseEnv.SEED_ON_START : 'false',
      }
      const { child, output, match } = await startProcess(
        name,
        process.execPath,
        nodeArgs('backend/main.ts'),
        env,
        /Server listening on (http:\/\/localhost:\d+)/,
      )
      started.push(child)
      log(`${name} at ${match[1]}`)
      const handle: ClusterProcess = {
        name,
        url: match[1],
        child,
        output,
        restart: async () => {
          const next = await startNode(name, admin, port)
          Object.assign(handle, next)
          return handle
        },
      }
      return handle
    }

    let workerCount = 0
    const startWorker = async (): Promise<ClusterProcess> => {
      workerCount += 1
      const name = `worker${workerCount}`
      const { child, output } = await startProcess(
        name,
        process.execPath,
        nodeArgs('backend/cli/worker.ts'),
        { ...baseEnv, SEED_ON_START: 'false' },
        /Jobs worker (ready|started)/,
      )
      started.push(child)
      log(`${name} started`)
      const handle: ClusterProcess = {
        name,
        child,
        output,
        restart: async () => Object.assign(handle, await startWorker()),
      }
      return handle
    }

    const count = options.nodes ?? 3
    const ports = await Promise.all(Array.from({ length: count }, () => freePort()))
    // One node first: it sets up (and in development seeds) the database before the others start.
    const nodes = [await startNode('api1', false, ports[0])]
    const others = ports.slice(1).map((port, i) => () => startNode(`api${i + 2}`, false, port))
    if (baseEnv.NODE_ENV === 'production') {
      // Production nodes migrate under a lock: they may all start at once.
      nodes.push(...(await Promise.all(others.map((start) => start()))))
    } else {
      // A development start runs Payload's schema push, which takes no lock: two at once can both
      // try the same change and one fails (seen in CI: both dropping a foreign key whose name
      // PostgreSQL cut at 63 characters, which the push then never finds equal and redoes).
      for (const start of others) nodes.push(await start())
    }
    const admin = options.admin ? await startNode('admin', true, await freePort()) : undefined
    const workers: ClusterProcess[] = []
    for (let i = 0; i < (options.workers ?? 1); i++) workers.push(await startWorker())

    const haproxy = findProgram('haproxy')
    if (!haproxy) throw new Error('haproxy is not installed (Debian: apt install haproxy).')
    const statsSocket = path.join(dir, 'haproxy.sock')
    const configFile = path.join(dir, 'haproxy.cfg')
    writeFileSync(
      configFile,
      haproxyConfig({
        port,
        statsSocket,
        nodes: nodes.map((node, i) => ({ name: node.name, port: ports[i] })),
        admin: admin ? { port: Number(new URL(admin.url as string).port) } : undefined,
        checkIntervalMs: options.checkIntervalMs ?? 500,
      }),
    )
    const balancer = spawn(haproxy, ['-db', '-f', configFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    alive.add(balancer)
    balancer.once('exit', () => alive.delete(balancer))
    started.push(balancer)
    // Up when every node has passed its health checks.
    const deadline = Date.now() + 30_000
    for (;;) {
      const status = await askHaproxy(statsSocket).catch(() => ({}) as Record<string, string>)
      if (Object.keys(status).length === count && Object.values(status).every((s) => s === 'UP'))
        break
      if (balancer.exitCode !== null) throw new Error('haproxy exited at start')
      if (Date.now() > deadline)
        throw new Error(`haproxy did not see every node up: ${JSON.stringify(status)}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    log(`load balancer at ${url}`)

    return {
      url,
      redisUrl,
      media,
      nodes,
      admin,
      workers,
      balancer,
      startWorker: async () => {
        const worker = await startWorker()
        workers.push(worker)
        return worker
      },
      backendStatus: () => askHaproxy(statsSocket),
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}

/** `npm run cluster`: start everything and keep it running until Ctrl-C. */
if (isProgram(import.meta.url)) {
  await runCli({
    command: 'npm run cluster',
    description:
      'Starts PostgreSQL-backed API nodes, an admin node, the jobs worker, Redis and haproxy\non this machine, wired as docs/scaling.md describes, until Ctrl-C.',
    notes: `Environment:
  DATABASE_URI    a PostgreSQL database the nodes share (or POSTGRES_URL); required
  CLUSTER_NODES   how many API nodes (default 3)
  CLUSTER_ADMIN   false: no admin node
  PORT            the load balancer's port (default 8080)
  S3_BUCKET, S3_* a bucket the nodes share (default: a private one in .data/cluster/s3)`,
    run: async () => {
      const databaseUri = process.env.DATABASE_URI || process.env.POSTGRES_URL
      if (!databaseUri?.startsWith('postgres')) {
        throw new UsageError(
          'npm run cluster needs a PostgreSQL database: set DATABASE_URI=postgres://… (see docs/scaling.md).',
        )
      }
      const cluster = await startCluster({
        databaseUri,
        nodes: Number(process.env.CLUSTER_NODES || 3),
        admin: process.env.CLUSTER_ADMIN !== 'false',
        port: Number(process.env.PORT || 8080),
        dir: path.join(ROOT, '.data/cluster'),
        // A bucket of your own (S3_BUCKET and the rest), else a private one in .data/cluster/s3.
        env: pickS3(process.env),
        log: (message) => console.log(message),
      })
      console.log(
        `Cluster ready: websites use ${cluster.url}/api${cluster.admin ? `, editors ${cluster.url}/admin` : ''}. Ctrl-C stops it.`,
      )
      await new Promise((resolve) => {
        process.once('SIGINT', resolve)
        process.once('SIGTERM', resolve)
      })
      await cluster.stop()
    },
  })
}
