import type { Request as ExpressRequest } from 'express'
import type { Server } from 'node:http'
import type { Payload } from 'payload'

import express from 'express'
import { Kind, parse } from 'graphql'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getPayload, handleEndpoints } from 'payload'

import { loadConfig } from '../config/loadConfig.ts'
import { assertProductionSecret } from '../config/secret.ts'
import { adoptListeningAddress, assertProductionServerUrl } from '../config/serverUrl.ts'
import { databaseKind } from '../database/adapter.ts'
import { bodyErrorHandler, readBody } from './body.ts'
import { contentVersion } from './cache/contentVersion.ts'
import { answer } from './cache/serve.ts'
import { cachingFromEnv } from './cache/settings.ts'
import { trustProxySetting, withClientAddress } from './clientAddress.ts'
import {
  checkGraphQLNesting,
  checkRouteParams,
  missingFilesAre404,
  requireReadableBody,
} from './guards.ts'
import { securityHeaders, strictTransportSecurity } from './headers.ts'
import { errorBody, sendFetchResponse, toFetchRequest, withErrorsArray } from './http.ts'
import { methodNotAllowed, preflightHeaders } from './methods.ts'
import { shareRateLimitCounts } from './sharedCounts.ts'
import { mountTestClock } from './testClock.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A GraphQL request that could not run at all (syntax, validation, depth or
 * complexity limits) has `errors` and no `data`: that is the client's mistake,
 * so it is a 400, as the GraphQL-over-HTTP specification answers such requests,
 * rather than a 200 a website might cache or ignore.
 */
const requestErrorsAre400 = async (response: Response): Promise<Response> => {
  if (response.status !== 200) return response
  const text = await response.text()
  let status = 200
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] }
    if (Array.isArray(body.errors) && body.errors.length > 0 && body.data === undefined)
      status = 400
  } catch {
    // Not JSON: pass it on as it came.
  }
  return new Response(text, { status, headers: response.headers })
}

/** Whether every operation in a GraphQL body (one request or a batch) is a query, read as GraphQL reads it. */
const onlyQueries = (text: string): boolean => {
  try {
    const body = JSON.parse(text) as unknown
    const requests = Array.isArray(body) ? body : [body]
    return requests.every((request) => {
      const query = (request as { query?: unknown } | null)?.query
      if (typeof query !== 'string') return false
      return parse(query).definitions.every(
        (definition) =>
          definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query',
      )
    })
  } catch {
    // Not JSON or not GraphQL: answered with a 400, never cached.
    return false
  }
}

/**
 * An anonymous GraphQL read is cached by its exact body; a mutation never is.
 * The operation is parsed, not searched for a word: a JSON escape
 * (`\u006dutation`) hid one from a regular expression, and its answer was replayed.
 */
const cacheKeys = new WeakMap<ExpressRequest, null | string>()
const graphQLCacheKey = (req: ExpressRequest): null | string => {
  if (!Buffer.isBuffer(req.body) || req.body.length === 0 || req.body.length > 64 * 1024)
    return null
  // Asked twice per request (to answer, and after it to keep the cache fresh): parsed once.
  const known = cacheKeys.get(req)
  if (known !== undefined) return known
  const text = req.body.toString('utf8')
  const key = onlyQueries(text) ? `POST /api/graphql ${req.originalUrl}\u0000${text}` : null
  cacheKeys.set(req, key)
  return key
}

/**
 * The backend's folder (where `.next` and its package.json are): the nearest folder above
 * this module with a package.json. Three up from the sources; from the bundle
 * (`backend/build/server/`, `npm run build:server`) it depends on the chunk.
 */
const projectRoot = (): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) {
    dir = path.dirname(dir)
  }
  return dir
}
const rootDir = projectRoot()

export type ServerOptions = {
  /** Port to listen on; 0 picks a free one. Defaults to `PORT` or 3000. */
  port?: number
  /** Serve the Next admin UI. Defaults to `PAYLOAD_ADMIN !== 'false'`. */
  admin?: boolean
  /** Next dev mode (compiles the admin on demand). Defaults to `NODE_ENV !== 'production'`. */
  dev?: boolean
  /** /api/health stays "starting" until `ready()` is called too (e.g. after the first-run seed). */
  deferReady?: boolean
}

export type RunningServer = {
  url: string
  port: number
  payload: Payload
  /** With `deferReady`: the caller's part of start-up is done. */
  ready: () => void
  close: () => Promise<void>
}

/**
 * Start the backend: Payload's REST API and GraphQL under /api, and the Next
 * admin at /admin unless turned off.
 */
export const startServer = async (options: ServerOptions = {}): Promise<RunningServer> => {
  assertProductionSecret()
  assertProductionServerUrl()
  const kind = databaseKind(process.env.DATABASE_URI)

  // PAYLOAD_CONFIG_PATH serves another Payload config (e.g. a host project using the plugin).
  const config = await loadConfig()
  const configPromise = Promise.resolve(config)
  // cron: the job queue (scheduled publishing, webhook deliveries and their retries) runs from start-up,
  // not only once the first request has come in; `jobs.shouldAutoRun` still decides whether it runs here.
  const payload = await getPayload({ config, cron: true })

  const admin = options.admin ?? process.env.PAYLOAD_ADMIN !== 'false'
  const dev = options.dev ?? process.env.NODE_ENV !== 'production'
  const port = options.port ?? Number(process.env.PORT ?? 3000)

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxySetting(process.env.TRUST_PROXY))

  app.use(securityHeaders(), strictTransportSecurity(process.env.NODE_ENV === 'production'))
  // Tests only (NODE_ENV=test and TEST_MOVABLE_CLOCK=true): a clock they can move.
  mountTestClock(app)

  // Readiness: 503 "starting" until the GraphQL schema is built and (with deferReady) the caller says
  // so, e.g. after the first-run seed; a load balancer sends readers only once it says "ok".
  let waitingFor = options.deferReady ? 2 : 1
  const oneReady = () => {
    waitingFor = Math.max(0, waitingFor - 1)
  }
  app.get('/api/health', (_req, res) => {
    if (waitingFor > 0) {
      res.status(503).setHeader('Retry-After', '1').json({ status: 'starting', database: kind })
      return
    }
    res.json({ status: 'ok', database: kind })
  })
  // Liveness: the process listens and its event loop turns; says nothing about the database.
  app.get('/api/health/live', (_req, res) => {
    res.json({ status: 'live' })
  })

  // Several nodes: the content version and the plugin's rate-limit counts are shared through Redis.
  const shared = process.env.REDIS_URL
    ? // Loaded only when asked for: the Redis client adds about 150 ms to every start.
      await (
        await import('../cluster/redis.ts')
      ).connectSharedState(process.env.REDIS_URL, (message) => payload.logger.warn(message))
    : undefined
  if (shared) {
    contentVersion.use(shared.version)
    shareRateLimitCounts(shared.rateLimitStore)
  }

  const caching = cachingFromEnv(config)
  // Any write that gets an answer has committed (or failed): readers after it must not see the old
  // copy. A GraphQL query is a POST that writes nothing, so it leaves the cache alone.
  app.use('/api', (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next()
    res.once('finish', () => {
      if (req.originalUrl.startsWith('/api/graphql') && graphQLCacheKey(req) !== null) return
      contentVersion.bump()
    })
    next()
  })

  // The plugin's GraphQL handler (Payload's, validating a repeated query once) builds the schema:
  // loaded on first use (or by the warm-up right after start), so the API answers sooner.
  let graphqlHandler: Promise<(request: Request) => Promise<Response>> | undefined
  const graphqlPost = async (request: Request): Promise<Response> => {
    graphqlHandler ??= import('payload-plugin-charity/server').then(({ graphQLPost }) =>
      graphQLPost(configPromise),
    )
    return (await graphqlHandler)(request)
  }
  app.post(
    '/api/graphql',
    ...readBody,
    requireReadableBody(config),
    checkGraphQLNesting,
    async (req, res) => {
      await answer(
        req,
        res,
        () =>
          withClientAddress(req, async () =>
            withErrorsArray(await requestErrorsAre400(await graphqlPost(toFetchRequest(req)))),
          ),
        caching,
        graphQLCacheKey(req),
        false,
      )
    },
  )
  if (dev) {
    app.get('/api/graphql-playground', async (req, res) => {
      const { GRAPHQL_PLAYGROUND_GET } = await import('@payloadcms/next/routes')
      await sendFetchResponse(await GRAPHQL_PLAYGROUND_GET(configPromise)(toFetchRequest(req)), res)
    })
  }

  // The plugin guards Payload's routes against bad input; what it cannot see is checked here (guards.ts).
  app.use(
    config.routes.api,
    methodNotAllowed(config),
    checkRouteParams(config, kind),
    missingFilesAre404(config),
  )
  app.all(['/api', '/api/{*splat}'], ...readBody, requireReadableBody(config), async (req, res) => {
    // HEAD is the GET without its body (RFC 9110): Payload has no HEAD routes, so it is asked the GET,
    // and the answer (cached under the GET's key) is sent without a body.
    const read = req.method === 'GET' || req.method === 'HEAD'
    const handle = async () => {
      const response = await withClientAddress(req, async () =>
        withErrorsArray(
          await handleEndpoints({
            config: configPromise,
            request: toFetchRequest(req, read ? 'GET' : req.method),
          }),
        ),
      )
      return req.method === 'OPTIONS' && response.ok ? preflightHeaders(response) : response
    }
    await answer(req, res, handle, caching, read ? `GET ${req.originalUrl}` : null)
  })
  app.use('/api', bodyErrorHandler)

  let closeNext: (() => Promise<void>) | undefined
  if (admin) {
    const { default: next } = await import('next')
    const nextApp = next({ dev, dir: rootDir })
    await nextApp.prepare()
    const handle = nextApp.getRequestHandler()
    app.get('/', (_req, res) => res.redirect(config.routes.admin))
    app.all('/{*splat}', (req, res) => handle(req, res))
    closeNext = () => nextApp.close()
  } else {
    app.use((req, res) => {
      res
        .status(404)
        .json(
          errorBody(
            `Not found: ${req.path}. The admin UI is off (PAYLOAD_ADMIN=false); the API is under /api.`,
          ),
        )
    })
  }

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    )
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const url = `http://localhost:${actualPort}`
  adoptListeningAddress(config, url)

  // Payload builds the GraphQL schema on the first query (about half a second): build it now,
  // so the first website reader does not wait for it.
  setImmediate(() => {
    const warmUp = new Request(`${url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    graphqlPost(warmUp)
      .catch((error: unknown) => payload.logger.warn(`GraphQL warm-up failed: ${String(error)}`))
      // A failed warm-up builds the schema on the first query instead: not a reason to stay unready.
      .finally(oneReady)
  })

  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Idle keep-alive sockets would hold close() open forever.
        server.closeIdleConnections()
      })
      await closeNext?.()
      await shared?.close()
      await payload.destroy()
    })()
    return closing
  }

  let readyCalled = false
  const ready = () => {
    if (!options.deferReady || readyCalled) return
    readyCalled = true
    oneReady()
  }
  return { url, port: actualPort, payload, ready, close }
}

/**
 * Work a program adds around the server's start, such as seeding an empty
 * development database (seed/onStart.ts, joined in backend/main.ts): the
 * server itself knows nothing of it.
 */
export type StartupTask = {
  /** Before Payload connects, e.g. taking a lock that must be held while the schema is made. */
  before?: () => Promise<void>
  /** Once the server listens, before /api/health says ok; the lines it returns are printed. */
  after: (running: RunningServer) => Promise<null | string[]>
  /** After `after`, or after a start that failed: e.g. releasing that lock. */
  release?: () => Promise<void>
}

/** Run as a program: start, print where, and shut down cleanly on SIGTERM/SIGINT. */
export const runAsProgram = async (task?: null | StartupTask) => {
  try {
    let running: RunningServer
    let lines: null | string[] = null
    try {
      await task?.before?.()
      running = await startServer({ deferReady: true })
      if (task) lines = await task.after(running)
    } finally {
      await task?.release?.()
    }
    const admin = process.env.PAYLOAD_ADMIN !== 'false'
    running.ready()
    running.payload.logger.info(
      `Server listening on ${running.url} (database: ${databaseKind(process.env.DATABASE_URI)}; API ${running.url}/api${admin ? `; admin ${running.url}/admin` : ''})`,
    )
    if (lines) running.payload.logger.info(lines.join('\n'))
    const shutdown = (signal: string) => {
      running.payload.logger.info(`${signal} received: finishing open requests, then stopping.`)
      // A hung request must not keep the process alive forever.
      setTimeout(() => process.exit(1), 10_000).unref()
      running
        .close()
        .then(() => process.exit(0))
        .catch(() => process.exit(1))
    }
    process.once('SIGTERM', () => shutdown('SIGTERM'))
    process.once('SIGINT', () => shutdown('SIGINT'))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
