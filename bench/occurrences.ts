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
import { parseArgs } from 'node:util'

import {
  createFreshDatabase,
  runToExit,
  spawnScript,
  startServerProcess,
} from '../test/helpers/server.ts'
import { interleavedP50s } from './interleaved.ts'

const { values } = parseArgs({
  options: {
    databases: { type: 'string', default: 'sqlite' },
    seconds: { type: 'string', default: '20' },
    events: { type: 'string', default: '10000' },
    series: { type: 'string', default: '1000' },
  },
})
const FROM = '2027-01-01T00:00:00.000Z'
const TO = '2028-01-01T00:00:00.000Z'
const databases = (values.databases ?? 'sqlite').split(',') as AdapterName[]
if (databases.includes('postgres') && !process.env.POSTGRES_URL)
  throw new Error(
    '--databases postgres needs POSTGRES_URL (a server this benchmark may create databases on)',
  )

const OCCURRENCES = `/api/events/occurrences?from=${FROM}&to=${TO}&page=1&limit=10`
const LIST = `/api/events?where[startsAt][greater_than]=${FROM}&sort=startsAt&limit=10`
const spec = (key: string, path: string): PathSpec =>
  ({ key, request: () => ({ method: 'GET', path }) }) as unknown as PathSpec

for (const adapter of databases) {
  const database = await createFreshDatabase(adapter)
  try {
    const generated = await runToExit(
      spawnScript('bench/occurrences/generate.ts', [], {
        DATABASE_URI: database.uri,
        EVENTS: values.events,
        SERIES: values.series,
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
        Number(values.seconds),
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
