/**
 * `npm run bench:cluster`: public read throughput through haproxy with 1, 2
 * and 3 API nodes on this machine (PostgreSQL + Redis, deploy/cluster.ts),
 * cached and uncached, side by side in one run. Outside CI.
 *
 *   POSTGRES_URL=postgres://… npm run bench:cluster -- [--scale 1000] [--seconds 10] [--connections 20] [--keep-db]
 */
import autocannon from 'autocannon'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

import { type CliValues, cliOptions, runCli, UsageError } from '../backend/cli/runCli.ts'
import { startCluster } from '../deploy/cluster.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PATHS = ['/api/posts?limit=10&sort=-publishedAt&depth=1', '/api/events?limit=10&depth=1']

/** Busy share of all CPUs between two samples: near 100 % means the machine, not the design, is the limit. */
const cpuTimes = () =>
  os.cpus().reduce(
    (sum, cpu) => {
      const { idle, ...busy } = cpu.times
      return {
        idle: sum.idle + idle,
        busy: sum.busy + Object.values(busy).reduce((a, b) => a + b, 0),
      }
    },
    { idle: 0, busy: 0 },
  )
const busyPercent = (from: ReturnType<typeof cpuTimes>, to: ReturnType<typeof cpuTimes>) => {
  const busy = to.busy - from.busy
  const idle = to.idle - from.idle
  return Math.round((busy / Math.max(1, busy + idle)) * 100)
}

const positiveWhole = (value: string, flag: string): number => {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`${flag} takes a whole number above 0, not "${value}"`)
  }
  return Number(value)
}

const OPTIONS = cliOptions({
  scale: {
    type: 'string',
    value: 'N',
    default: '1000',
    parse: positiveWhole,
    help: 'posts, events and appeals each to seed',
  },
  seconds: {
    type: 'string',
    value: 'S',
    default: '10',
    parse: positiveWhole,
    help: 'measured seconds per path, node count and cache setting',
  },
  connections: {
    type: 'string',
    value: 'C',
    default: '20',
    parse: positiveWhole,
    help: 'concurrent connections',
  },
  'keep-db': {
    type: 'boolean',
    help: 'one database per scale that stays on the server, seeded once and reused',
  },
})

const main = async ({
  scale,
  seconds,
  connections,
  'keep-db': keep,
}: CliValues<typeof OPTIONS>) => {
  const base = process.env.POSTGRES_URL
  if (!base)
    throw new UsageError(
      'Set POSTGRES_URL (a PostgreSQL server this script may create a database on).',
    )
  const name = keep
    ? `charity_cluster_bench_s${scale}`
    : `charity_cluster_bench_${randomBytes(3).toString('hex')}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  const exists =
    (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1
  if (!exists) await admin.query(`CREATE DATABASE "${name}"`)
  const url = new URL(base)
  url.pathname = `/${name}`
  const databaseUri = url.toString()
  const secret = `bench-${randomBytes(24).toString('hex')}`
  if (exists) {
    console.log(`Reusing ${name}, seeded by an earlier run.`)
  } else {
    console.log(`Seeding ${scale} of each kind into ${name}…`)
    const seeded = spawnSync(
      process.execPath,
      [
        '--conditions=development',
        '--import',
        'tsx',
        'backend/cli/seed.ts',
        '--scale',
        String(scale),
      ],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URI: databaseUri, PAYLOAD_SECRET: secret },
        stdio: 'inherit',
      },
    )
    if (seeded.status !== 0) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      throw new Error('seeding failed')
    }
  }

  const rows: string[] = []
  const results: Record<string, number> = {}
  try {
    for (const cache of ['on', 'off']) {
      for (const nodes of [1, 2, 3]) {
        const cluster = await startCluster({
          databaseUri,
          nodes,
          workers: 1,
          env: {
            NODE_ENV: 'production',
            PAYLOAD_SECRET: secret,
            RESPONSE_CACHE: cache,
            LOG_LEVEL: 'warn',
          },
        })
        try {
          for (const route of PATHS) {
            const run = () =>
              autocannon({ url: cluster.url + route, connections, duration: seconds })
            await autocannon({ url: cluster.url + route, connections, duration: 2 })
            const before = cpuTimes()
            const result = await run()
            const cpu = busyPercent(before, cpuTimes())
            const key = `${cache}|${route}`
            results[`${key}|${nodes}`] = result.requests.average
            const ratio = result.requests.average / (results[`${key}|1`] || result.requests.average)
            rows.push(
              `| ${route} | cache ${cache} | ${nodes} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${ratio.toFixed(2)}× | ${cpu} % | ${result.non2xx + result.errors} |`,
            )
            console.log(rows.at(-1))
          }
        } finally {
          await cluster.stop()
        }
      }
    }
  } finally {
    if (!keep) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.end()
  }
  console.log(
    `\nCluster read throughput, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model}), ${connections} connections, ${seconds} s, scale ${scale}\n`,
  )
  console.log(
    '| path | cache | API nodes | req/s | p50 ms | p99 ms | vs 1 node | CPU busy | failed |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const row of rows) console.log(row)
}

await runCli({
  command: 'npm run bench:cluster',
  description:
    'Public read throughput through haproxy with 1, 2 and 3 API nodes on this machine\n(PostgreSQL + Redis, deploy/cluster.ts), cached and uncached, side by side.',
  notes: 'Environment: POSTGRES_URL, a PostgreSQL server this script may create a database on.',
  options: OPTIONS,
  run: ({ values }) => main(values),
})
