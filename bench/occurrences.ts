import type { AdapterName } from '../test/helpers/databases.ts'
import type { PathSpec } from './paths.ts'
import type { RunningTarget } from './targets/process.ts'

/**
 * `npm run bench:occurrences`: the occurrences endpoint over a year against
 * the plain events list, on a database of 10k events of which 1k are weekly
 * series (bench/occurrences/generate.ts), on each database asked for
 * (`--databases sqlite,postgres`, PostgreSQL at POSTGRES_URL). One server,
 * response cache off, the two requests taking turns request by request
 * (interleaved.ts): the goal (issue #29) is a p50 within 2× of the list's.
 */
import { cliOptions, runCli, UsageError } from '../backend/cli/runCli.ts'
import {
  createFreshDatabase,
  runToExit,
  spawnScript,
  startServerProcess,
} from '../test/helpers/server.ts'
import { interleavedP50s } from './interleaved.ts'

const whole = (value: string, flag: string) => {
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0)
    throw new UsageError(`${flag} takes a whole number above 0, not "${value}"`)
  return number
}

const OPTIONS = cliOptions({
  databases: {
    type: 'string',
    value: 'LIST',
    default: 'sqlite',
    parse: (value, flag) => {
      const list = value.split(',').map((name) => name.trim()) as AdapterName[]
      if (!list.length || list.some((name) => name !== 'sqlite' && name !== 'postgres'))
        throw new UsageError(`${flag} takes sqlite, postgres or both, not "${value}"`)
      return list
    },
    help: 'sqlite, postgres or both (PostgreSQL at POSTGRES_URL)',
  },
  seconds: { type: 'string', value: 'S', default: '20', parse: whole, help: 'seconds of turns' },
  events: { type: 'string', value: 'N', default: '10000', parse: whole, help: 'events to make' },
  series: { type: 'string', value: 'N', default: '1000', parse: whole, help: 'of which series' },
})

const FROM = '2027-01-01T00:00:00.000Z'
const TO = '2028-01-01T00:00:00.000Z'
const OCCURRENCES = `/api/events/occurrences?from=${FROM}&to=${TO}&page=1&limit=10`
const LIST = `/api/events?where[startsAt][greater_than]=${FROM}&sort=startsAt&limit=10`
const spec = (key: string, path: string): PathSpec =>
  ({ key, request: () => ({ method: 'GET', path }) }) as unknown as PathSpec

await runCli({
  command: 'npm run bench:occurrences',
  description:
    'The occurrences endpoint over a year beside the plain events list, on 10k events of which 1k are series.',
  options: OPTIONS,
  run: async ({ values }) => {
    if (values.databases.includes('postgres') && !process.env.POSTGRES_URL)
      throw new UsageError(
        '--databases postgres needs POSTGRES_URL (a server this benchmark may create databases on)',
      )
    for (const adapter of values.databases) {
      const database = await createFreshDatabase(adapter)
      try {
        const generated = await runToExit(
          spawnScript('bench/occurrences/generate.ts', [], {
            DATABASE_URI: database.uri,
            EVENTS: String(values.events),
            SERIES: String(values.series),
            FROM,
          }),
          'the occurrences generator',
          900_000,
        )
        if (generated.code !== 0)
          throw new Error(`generating events failed:\n${generated.stdout}\n${generated.stderr}`)
        console.log(`${adapter}: ${generated.stdout.trim().split('\n').at(-1)}`)
        const server = await startServerProcess(
          {
            NODE_ENV: 'production',
            DATABASE_URI: database.uri,
            PAYLOAD_JOBS_AUTORUN: 'false',
            // Every request must reach the database: a cached answer measures nothing.
            RESPONSE_CACHE: 'off',
            RATE_LIMITS: 'off',
          },
          300_000,
        )
        try {
          const target = { url: server.url } as RunningTarget
          const [occurrences = 0, list = 0] = await interleavedP50s(
            target,
            [spec('occurrences', OCCURRENCES), spec('list', LIST)],
            {} as never,
            values.seconds,
          )
          const ratio = Math.round((occurrences / list) * 100) / 100
          console.log(
            `${adapter}: occurrences over a year p50 ${occurrences} ms, events list p50 ${list} ms: ${ratio}× (goal ≤ 2×)`,
          )
        } finally {
          await server.stop()
        }
      } finally {
        await database.drop()
      }
    }
  },
})
