import { type CliValues, cliOptions, UsageError } from '../backend/cli/runCli.ts'
import { DEFAULT_TARGETS, TARGETS, type TargetName } from './targets/process.ts'

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
  /** Another checkout whose server runs beside this one as old and old-uncached. */
  compareWith: string | null
  /** NODE_ENV of the Payload servers: production, or development (where editors' previews run). */
  nodeEnv: 'production' | 'development'
}

export const DESCRIPTION =
  'Side-by-side read benchmark: this backend, bare Payload and a raw-driver server\n(and another checkout of this backend with --compare-with).'

const positive = (value: string, flag: string): number => {
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

const scales = (value: string, flag: string): number[] => {
  const numbers = list(value).map((scale) => Math.round(positive(scale, flag)))
  if (numbers.some((scale) => scale > 100_000)) throw new UsageError(`${flag} is at most 100000`)
  return [...new Set(numbers)].sort((a, b) => a - b)
}

const targets = (value: string, flag: string): TargetName[] => {
  const only = list(value) as TargetName[]
  const unknown = only.filter((name) => !TARGETS.includes(name))
  if (unknown.length || !only.length) {
    throw new UsageError(`${flag} takes ${TARGETS.join(', ')}; not "${value}"`)
  }
  return TARGETS.filter((name) => only.includes(name))
}

const whole = (value: string, flag: string) => Math.round(positive(value, flag))

/** `npm run bench`'s options, parsed by the project's command line helper (backend/cli/runCli.ts). */
export const BENCH_OPTIONS = cliOptions({
  scale: {
    type: 'string',
    value: 'N[,N…]',
    default: '1000',
    parse: scales,
    help: 'posts, events and appeals each to seed; several scales run one\nafter another, e.g. --scale 1000,10000',
  },
  duration: {
    type: 'string',
    value: 'S',
    default: '6',
    parse: positive,
    help: 'about S measured seconds of load per path and server',
  },
  rounds: {
    type: 'string',
    value: 'R',
    default: '3',
    parse: whole,
    help: 'split that time into R rounds taken in turn by the servers,\nso changing background load hits them alike',
  },
  warmup: {
    type: 'string',
    value: 'S',
    default: '1',
    parse: (value, flag) => (value === '0' ? 0 : positive(value, flag)),
    help: 'about S seconds of unmeasured load per path and server first,\nat least one request per connection',
  },
  connections: {
    type: 'string',
    value: 'C',
    default: '10',
    parse: whole,
    help: 'concurrent connections',
  },
  only: {
    type: 'string',
    value: 'LIST',
    parse: targets,
    help: `servers to load, from ${TARGETS.join(',')}\n(default ${DEFAULT_TARGETS.join(',')}, and old,old-uncached with --compare-with)`,
  },
  paths: {
    type: 'string',
    value: 'TEXT[,…]',
    default: '',
    parse: list,
    help: 'only paths whose key or label contains one of these',
  },
  db: {
    type: 'string',
    value: 'KIND',
    help: 'sqlite, postgres or both (default: both when BENCH_POSTGRES_URL\nor POSTGRES_URL is set, else sqlite)',
  },
  json: { type: 'string', value: 'FILE', help: 'also write the results as JSON' },
  'keep-db': {
    type: 'string',
    value: 'DIR',
    help: 'keep seeded databases in DIR and reuse them on later runs\n(PostgreSQL: databases charity_bench_*_s<N> stay on the server)',
  },
  'node-env': {
    type: 'string',
    value: 'ENV',
    default: 'production',
    help: 'NODE_ENV of the Payload servers (ours, uncached, bare, old):\nproduction, or development as `npm run dev` runs them',
  },
  'compare-with': {
    type: 'string',
    value: 'DIR',
    help: 'also start the server of the checkout in DIR (its node_modules\ninstalled) on the same database, with and without its cache\n(old, old-uncached), and report new/old per path',
  },
})

/** The run the parsed options ask for; the databases depend on the environment too. */
export const benchOptionsFrom = (
  values: CliValues<typeof BENCH_OPTIONS>,
  env: NodeJS.ProcessEnv = process.env,
): BenchOptions => {
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
  const compareWith = values['compare-with'] ?? null
  const nodeEnv = values['node-env']
  if (nodeEnv !== 'production' && nodeEnv !== 'development') {
    throw new UsageError(`--node-env takes production or development; not "${nodeEnv}"`)
  }
  const only = values.only ?? (compareWith ? TARGETS : DEFAULT_TARGETS)
  if (!compareWith && only.some((name) => name.startsWith('old'))) {
    throw new UsageError('--only old or old-uncached needs --compare-with DIR: the checkout to run')
  }
  return {
    scales: values.scale,
    duration: values.duration,
    warmup: values.warmup,
    rounds: values.rounds,
    connections: values.connections,
    only,
    paths: values.paths,
    databases,
    postgresUrl,
    json: values.json ?? null,
    keepDb: values['keep-db'] ?? null,
    compareWith,
    nodeEnv,
  }
}
