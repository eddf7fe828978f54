/**
 * The raw-driver server: node:http and the database driver, nothing else.
 * It answers the benchmark's public read paths (same URLs, same rows as
 * Payload) with hand-written SQL, so the benchmark can show how far the
 * backend is from what the database alone allows. It knows exactly the URL
 * shapes bench/paths.ts sends and no others (404): a ceiling, not an API.
 *
 *   DATABASE_URI=file:… PORT=4000 node --import tsx bench/raw/server.ts
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Driver } from './driver.ts'

import { createServer } from 'node:http'

import { openDriver } from './driver.ts'
import {
  campaignWithJoins,
  openAppeals,
  postBySlug,
  postList,
  postsInCategory,
  postsOfCampaign,
  upcomingEvents,
} from './queries.ts'

type Answer = { status: number; body: unknown }

const notFound = (what: string): Answer => ({ status: 404, body: { errors: [{ message: what }] } })

const limitOf = (query: URLSearchParams) => Number(query.get('limit') ?? 10)

/** GET /api/posts with the filters the benchmark uses. */
const posts = (db: Driver, query: URLSearchParams) => {
  const slug = query.get('where[slug][equals]')
  if (slug) return postBySlug(db, slug)
  const sort = query.get('sort') === '-publishedAt' ? '-publishedAt' : 'default'
  const category = query.get('where[categories][in]')
  if (category) {
    return postList(db, { sort, limit: limitOf(query), where: postsInCategory, params: [category] })
  }
  const campaign = query.get('where[campaign][equals]')
  if (campaign) {
    return postList(db, { sort, limit: limitOf(query), where: postsOfCampaign, params: [campaign] })
  }
  return postList(db, { sort, limit: limitOf(query) })
}

/** The open-appeals query's "now": the same instant in both halves of the `and`. */
const OPEN_AT = 'where[and][1][or][0][closesAt][greater_than]'

const route = async (db: Driver, method: string, url: URL, body: string): Promise<Answer> => {
  const { pathname, searchParams: query } = url
  if (method === 'GET' && pathname === '/api/health') {
    return { status: 200, body: { status: 'ok', database: db.kind } }
  }
  if (method === 'GET' && pathname === '/api/posts')
    return { status: 200, body: await posts(db, query) }
  if (method === 'GET' && pathname === '/api/events') {
    const after = query.get('where[startsAt][greater_than]')
    if (!after) return notFound('only upcoming events')
    return { status: 200, body: await upcomingEvents(db, after, limitOf(query)) }
  }
  if (method === 'GET' && pathname === '/api/donation-appeals') {
    const at = query.get(OPEN_AT)
    if (!at) return notFound('only open appeals')
    return { status: 200, body: await openAppeals(db, at, limitOf(query)) }
  }
  const campaign = /^\/api\/campaigns\/(\d+)$/.exec(pathname)
  if (method === 'GET' && campaign) {
    const doc = await campaignWithJoins(db, Number(campaign[1]))
    return doc ? { status: 200, body: doc } : notFound('no such campaign')
  }
  if (method === 'POST' && pathname === '/api/graphql') return graphql(db, body)
  return notFound(`${method} ${pathname}`)
}

/**
 * GraphQL without a GraphQL engine: the benchmark names its operations, and
 * each name maps to the same SQL as its REST twin, answered in GraphQL's shape.
 */
const graphql = async (db: Driver, body: string): Promise<Answer> => {
  const { operationName, variables = {} } = JSON.parse(body) as {
    operationName?: string
    variables?: Record<string, string>
  }
  switch (operationName) {
    case 'NewestPosts':
      return {
        status: 200,
        body: { data: { Posts: await postList(db, { sort: '-publishedAt', limit: 10 }) } },
      }
    case 'PostBySlug':
      return { status: 200, body: { data: { Posts: await postBySlug(db, variables.slug) } } }
    case 'UpcomingEvents':
      return {
        status: 200,
        body: { data: { Events: await upcomingEvents(db, variables.after, 10) } },
      }
    default:
      return notFound(`unknown operation ${operationName}`)
  }
}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => resolve(body))
    req.on('error', reject)
  })

const send = (res: ServerResponse, { status, body }: Answer) => {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}

const uri = process.env.DATABASE_URI
if (!uri) throw new Error('DATABASE_URI is required')
const db = openDriver(uri)

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://raw')
  readBody(req)
    .then((body) => route(db, req.method ?? 'GET', url, body))
    .then(
      (answer) => send(res, answer),
      (error: unknown) =>
        send(res, { status: 500, body: { errors: [{ message: String(error) }] } }),
    )
})

server.listen(Number(process.env.PORT ?? 4000), () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : process.env.PORT
  console.log(`Raw server listening on http://localhost:${port}`)
})

const shutdown = () => {
  server.close(() => void db.close().then(() => process.exit(0)))
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 5000).unref()
}
process.once('SIGTERM', shutdown)
process.once('SIGINT', shutdown)
