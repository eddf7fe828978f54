import { parseArgs } from 'node:util'

import { TARGETS, type TargetName } from './targets/process.ts'

export type DatabaseKind = 'sqlite' | 'postgres'

export type BenchOptions = {
  scales: number[]
  duration: number
  warmup: number
  rounds: number
  connections: number
  only: TargetName[]
  paths: string[]
  databases: DatabaseKind[]
  postgresUrl: string | null
  json: string | null
  keepDb: string | null
}

export const HELP = `Side-by-side read benchmark: this backend, bare Payload and a raw-driver server.

Usage: npm run bench -- [options]

  --scale N[,N…]     posts, events and appeals each to seed (default 1000); several
                     scales run one after another, e.g. --scale 1000,10000
  --duration S       about S measured seconds of load per path and server (default 6)
  --rounds R         split that time into R rounds taken in turn by the servers,
                     so changing background load hits them alike (default 3)
  --warmup S         about S seconds of unmeasured load per path and server first,
                     at least one request per connection (default 1)
  --connections C    concurrent connections (default 10)
  --only LIST        servers to load: ours,bare,raw (default all three)
  --paths TEXT[,…]   only paths whose key or label contains one of these
  --db KIND          sqlite, postgres or both (default: both when BENCH_POSTGRES_URL
                     or POSTGRES_URL is set, else sqlite)
  --json FILE        also write the results as JSON
  --keep-db DIR      keep seeded databases in DIR and reuse them on later runs
                     (PostgreSQL: databases charity_bench_*_s<N> stay on the server)
  -h, --help         this text`

export class UsageError extends Error {}

const positive = (flag: string, value: string): number => {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) {
    throw new UsageError(`${flag} takes a positive number, not "${value}"`)
  }
  return number
}

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

export const parseBenchArgs = (
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): BenchOptions | 'help' => {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '1000' },
      duration: { type: 'string', default: '6' },
      rounds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '1' },
      connections: { type: 'string', default: '10' },
      only: { type: 'string', default: TARGETS.join(',') },
      paths: { type: 'string', default: '' },
      db: { type: 'string' },
      json: { type: 'string' },
      'keep-db': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) return 'help'

  const scales = list(values.scale).map((scale) => Math.round(positive('--scale', scale)))
  if (scales.some((scale) => scale > 100_000)) throw new UsageError('--scale is at most 100000')
  const only = list(values.only) as TargetName[]
  const unknown = only.filter((name) => !TARGETS.includes(name))
  if (unknown.length || !only.length) {
    throw new UsageError(`--only takes ${TARGETS.join(', ')}; not "${values.only}"`)
  }

  const postgresUrl = env.BENCH_POSTGRES_URL || env.POSTGRES_URL || null
  const db = values.db ?? (postgresUrl ? 'both' : 'sqlite')
  if (!['sqlite', 'postgres', 'both'].includes(db)) {
    throw new UsageError(`--db takes sqlite, postgres or both; not "${db}"`)
  }
  const databases: DatabaseKind[] = db === 'both' ? ['sqlite', 'postgres'] : [db as DatabaseKind]
  if (databases.includes('postgres') && !postgresUrl) {
    throw new UsageError(
      '--db postgres needs BENCH_POSTGRES_URL (or POSTGRES_URL): a server where this user may create databases',
    )
  }

  return {
    scales: [...new Set(scales)].sort((a, b) => a - b),
    duration: positive('--duration', values.duration),
    warmup: values.warmup === '0' ? 0 : positive('--warmup', values.warmup),
    rounds: Math.round(positive('--rounds', values.rounds)),
    connections: Math.round(positive('--connections', values.connections)),
    only: TARGETS.filter((name) => only.includes(name)),
    paths: list(values.paths),
    databases,
    postgresUrl,
    json: values.json ?? null,
    keepDb: values['keep-db'] ?? null,
  }
}
