import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'
import type { Server } from 'node:http'
import type { Payload, SanitizedConfig } from 'payload'

import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'
import express from 'express'
import path from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { getPayload, handleEndpoints } from 'payload'

import { seedIfEmpty, seedOnStartWanted } from '../../../seed/onStart.ts'
import { assertProductionSecret } from '../config/secret.ts'
import { databaseKind } from '../database/adapter.ts'
import { mountRateLimits, trustProxySetting } from './rateLimits.ts'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

export type ServerOptions = {
  /** Port to listen on; 0 picks a free one. Defaults to `PORT` or 3000. */
  port?: number
  /** Serve the Next admin UI. Defaults to `PAYLOAD_ADMIN !== 'false'`. */
  admin?: boolean
  /** Next dev mode (compiles the admin on demand). Defaults to `NODE_ENV !== 'production'`. */
  dev?: boolean
}

export type RunningServer = {
  url: string
  port: number
  payload: Payload
  close: () => Promise<void>
}

/** Body limits: JSON and forms stay small; uploads may carry images and PDFs. */
const JSON_BODY_LIMIT = process.env.API_BODY_LIMIT || '2mb'
const UPLOAD_BODY_LIMIT = process.env.UPLOAD_BODY_LIMIT || '20mb'
/** Public forms carry a few short fields: anything much larger is not a person filling one in. */
const FORM_BODY_LIMITS: Record<string, string> = { '/api/training-requests': '64kb' }

const errorBody = (message: string) => ({ errors: [{ message }] })

const isMultipart = (req: ExpressRequest) => Boolean(req.is('multipart/form-data'))

/** Express → fetch Request, so Payload's fetch-style handlers can serve it. */
const toFetchRequest = (req: ExpressRequest): Request => {
  const url = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else headers.set(name, value)
  }
  const hasBody = !['GET', 'HEAD'].includes(req.method) && Buffer.isBuffer(req.body)
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? new Uint8Array(req.body as Buffer) : undefined,
  })
}

/** fetch Response → express response, keeping every Set-Cookie header. */
const sendFetchResponse = async (response: Response, res: ExpressResponse) => {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name.toLowerCase() !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res)
}

/** Reject malformed JSON up front so every API route answers the same clear 400. */
const rejectMalformedJSON = (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
  if (!req.is('application/json') || !Buffer.isBuffer(req.body) || req.body.length === 0) {
    return next()
  }
  try {
    JSON.parse(req.body.toString('utf8'))
    next()
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unparseable'
    res.status(400).json(errorBody(`Malformed JSON in request body: ${reason}`))
  }
}

const bodyErrorHandler = (
  error: unknown,
  req: ExpressRequest,
  res: ExpressResponse,
  next: NextFunction,
) => {
  const err = error as { type?: string; status?: number; limit?: number }
  if (err?.type === 'entity.too.large') {
    const formLimit = FORM_BODY_LIMITS[req.baseUrl + req.path]
    const upload = !formLimit && isMultipart(req)
    const limit = formLimit ?? (upload ? UPLOAD_BODY_LIMIT : JSON_BODY_LIMIT)
    res
      .status(413)
      .json(
        errorBody(
          `Request body is too large: the limit is ${limit}${upload ? ' for uploads' : ''}. Send a smaller body.`,
        ),
      )
    return
  }
  if (err?.status && err.status >= 400 && err.status < 500) {
    res.status(err.status).json(errorBody('The request body could not be read.'))
    return
  }
  next(error)
}

/**
 * Start the backend: Payload's REST API and GraphQL under /api, and the Next
 * admin at /admin unless turned off.
 */
export const startServer = async (options: ServerOptions = {}): Promise<RunningServer> => {
  assertProductionSecret()
  const kind = databaseKind(process.env.DATABASE_URI)

  // PAYLOAD_CONFIG_PATH serves another Payload config (e.g. a host project using the plugin).
  const configPath = process.env.PAYLOAD_CONFIG_PATH
    ? path.resolve(process.env.PAYLOAD_CONFIG_PATH)
    : path.join(rootDir, 'payload.config.ts')
  const { default: configExport } = (await import(pathToFileURL(configPath).href)) as {
    default: Promise<SanitizedConfig> | SanitizedConfig
  }
  const configPromise = Promise.resolve(configExport)
  const config: SanitizedConfig = await configPromise
  const payload = await getPayload({ config })

  const admin = options.admin ?? process.env.PAYLOAD_ADMIN !== 'false'
  const dev = options.dev ?? process.env.NODE_ENV !== 'production'
  const port = options.port ?? Number(process.env.PORT ?? 3000)

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxySetting(process.env.TRUST_PROXY))

  app.get('/api/health', (_req, res) => {
    res.json({ status: 'ok', database: kind })
  })

  // Before the API's handlers, so a client over its limit is turned away before anything is read.
  mountRateLimits(app)
  for (const [route, limit] of Object.entries(FORM_BODY_LIMITS)) {
    app.post(route, express.raw({ type: () => true, limit }))
  }

  const readBody = [
    express.raw({ type: (req) => !isMultipart(req as never), limit: JSON_BODY_LIMIT }),
    express.raw({ type: 'multipart/form-data', limit: UPLOAD_BODY_LIMIT }),
    rejectMalformedJSON,
  ]

  const graphqlPost = GRAPHQL_POST(configPromise)
  app.post('/api/graphql', ...readBody, async (req, res) => {
    await sendFetchResponse(await graphqlPost(toFetchRequest(req)), res)
  })
  if (dev) {
    const playground = GRAPHQL_PLAYGROUND_GET(configPromise)
    app.get('/api/graphql-playground', async (req, res) => {
      await sendFetchResponse(await playground(toFetchRequest(req)), res)
    })
  }

  app.all(['/api', '/api/{*splat}'], ...readBody, async (req, res) => {
    await sendFetchResponse(
      await handleEndpoints({ config: configPromise, request: toFetchRequest(req) }),
      res,
    )
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

  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Idle keep-alive sockets would hold close() open forever.
        server.closeIdleConnections()
      })
      await closeNext?.()
      await payload.destroy()
    })()
    return closing
  }

  return { url, port: actualPort, payload, close }
}

/** A failed auto-seed leaves a working (if partly filled) server: say why and how to finish it. */
const reportSeedFailure = (payload: Payload) => (error: unknown) => {
  payload.logger.error(
    `Seeding the sample content failed: ${error instanceof Error ? error.message : String(error)}. Run \`npm run seed\` to finish it.`,
  )
  return null
}

/** Run as a program: start, print where, and shut down cleanly on SIGTERM/SIGINT. */
const runAsProgram = async () => {
  try {
    const running = await startServer()
    const admin = process.env.PAYLOAD_ADMIN !== 'false'
    // `npm run dev` on an empty database: seed the sample charity and say how to log in.
    const seeded = seedOnStartWanted()
      ? await seedIfEmpty(running.payload, running.url).catch(reportSeedFailure(running.payload))
      : null
    running.payload.logger.info(
      `Server listening on ${running.url} (database: ${databaseKind(process.env.DATABASE_URI)}; API ${running.url}/api${admin ? `; admin ${running.url}/admin` : ''})`,
    )
    if (seeded) running.payload.logger.info(seeded.join('\n'))
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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runAsProgram()
}
