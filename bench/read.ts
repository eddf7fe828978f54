import type { AdapterName } from '../test/helpers/databases.ts'

/**
 * Read-path benchmark: what a website's traffic costs. Seeds a fresh SQLite
 * database (or the PostgreSQL at BENCH_POSTGRES_URL) with `--scale N`, starts
 * the production-mode API server (no admin), and loads the public read paths
 * with autocannon, one after another.
 *
 *   npm run bench                      # SQLite, --scale 200, 10 s per path
 *   npm run bench -- --scale 1000 --duration 20 --connections 20
 */
import autocannon from 'autocannon'
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'

import { runSeed } from '../test/helpers/seed.ts'
import { createFreshDatabase, startServerProcess } from '../test/helpers/server.ts'

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '200' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
})

const adapter: AdapterName = process.env.BENCH_POSTGRES_URL ? 'postgres' : 'sqlite'
if (process.env.BENCH_POSTGRES_URL) process.env.POSTGRES_URL = process.env.BENCH_POSTGRES_URL

const database = await createFreshDatabase(adapter)
const secret = randomBytes(32).toString('hex')
console.log(`Seeding ${adapter} with --scale ${values.scale}…`)
const seeded = await runSeed(
  {
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: secret,
    SEED_ADMIN_PASSWORD: 'bench-admin-password',
  },
  ['--scale', String(values.scale), '--seed', '1'],
  1_800_000,
)
if (seeded.code !== 0) throw new Error(`seeding failed:\n${seeded.stdout}\n${seeded.stderr}`)

// Production mode: the same settings a real deployment serves readers with.
const server = await startServerProcess({
  DATABASE_URI: database.uri,
  NODE_ENV: 'production',
  PAYLOAD_SECRET: secret,
  PAYLOAD_ADMIN: 'false',
  PAYLOAD_JOBS_AUTORUN: 'false',
})

const slug = (
  await (await fetch(`${server.url}/api/posts?limit=1&depth=0&sort=-publishedAt`)).json()
).docs[0]?.slug
const now = new Date().toISOString()
const paths: { name: string; request: autocannon.Request }[] = [
  {
    name: 'newest posts (REST)',
    request: { method: 'GET', path: '/api/posts?limit=10&sort=-publishedAt&depth=1' },
  },
  {
    name: 'one post by slug (REST)',
    request: { method: 'GET', path: `/api/posts?where[slug][equals]=${slug}&limit=1` },
  },
  {
    name: 'upcoming events (REST)',
    request: {
      method: 'GET',
      path: `/api/events?where[startsAt][greater_than]=${now}&sort=startsAt&limit=10`,
    },
  },
  {
    name: 'newest posts (GraphQL)',
    request: {
      method: 'POST',
      path: '/api/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ Posts(limit: 10, sort: "-publishedAt") { docs { title slug excerpt publishedAt } } }',
      }),
    },
  },
  { name: 'events calendar (ICS)', request: { method: 'GET', path: '/api/events/calendar.ics' } },
]

const rows: Record<string, unknown>[] = []
try {
  for (const { name, request } of paths) {
    const result = await autocannon({
      url: server.url,
      connections: Number(values.connections),
      duration: Number(values.duration),
      requests: [request],
    })
    rows.push({
      path: name,
      'req/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      'non-2xx': result.non2xx,
      errors: result.errors,
    })
  }
} finally {
  await server.stop()
  await database.drop()
}

console.log(
  `\n${adapter}, --scale ${values.scale}, ${values.connections} connections, ${values.duration} s per path`,
)
console.table(rows)
