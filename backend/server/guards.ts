import type { Response as ExpressResponse, RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { stat } from 'node:fs/promises'
import path from 'node:path'
import { charityContext } from 'payload-plugin-charity'

import { errorBody, isMultipart } from './http.ts'

/**
 * What the server checks in front of Payload's REST and GraphQL handlers,
 * because no plugin hook sees it: the raw bytes of a body (Payload decodes
 * and parses them before any hook runs), a file on the disk, a GraphQL query
 * before it is parsed, and the routes of collections Payload adds after every
 * plugin has run. Bad ids, query shapes and bodies that are not a JSON object
 * on the plugin's collections are the plugin's to refuse (src/guards), so a
 * host serving Payload without this server gets them too.
 */

const WRITE_METHODS = new Set(['DELETE', 'PATCH', 'POST', 'PUT'])

const refuse = (res: ExpressResponse, status: number, message: string) => {
  res.status(status).json(errorBody(message))
}

/** Payload's method override: a POST that Payload answers as the GET its body describes. */
const isReadOverride = (req: Parameters<RequestHandler>[0]): boolean =>
  req.method === 'POST' &&
  (req.get('x-payload-http-method-override') === 'GET' ||
    req.get('x-http-method-override') === 'GET')

/**
 * Whether `/api/<path>` is one of the plugin's collections or globals: the
 * plugin's own hooks guard those wherever it runs, so the server leaves them be.
 */
const pluginRoute = (config: SanitizedConfig) => {
  const ctx = charityContext({ config })
  const collections = new Set(Object.values(ctx.slugs).filter(Boolean))
  const globals = new Set(Object.values(ctx.globalSlugs).filter(Boolean))
  return (path: string): boolean => {
    const [first, second] = path.split('/').filter(Boolean)
    return first === 'globals' ? globals.has(second) : collections.has(first)
  }
}

/**
 * A body Payload can read. For every route: multipart that ends with its
 * boundary (Payload's reader fails on one cut short with a 500) and JSON in
 * UTF-8 (invalid bytes would be stored as U+FFFD without a word): facts about
 * bytes, which Payload has decoded before the first plugin hook. For routes no
 * plugin hook reaches (Payload's own collections, added after every plugin,
 * and a host's): a JSON object, or Payload's hooks fail on it with a 500.
 */
export const requireReadableBody = (config: SanitizedConfig): RequestHandler => {
  const guardedByPlugin = pluginRoute(config)
  return (req, res, next) => {
    if (!WRITE_METHODS.has(req.method) || !Buffer.isBuffer(req.body) || req.body.length === 0)
      return next()
    // A read sent as a POST (the admin does this for long relationship and list queries): Payload
    // takes its query from a form-encoded body, so that is not a write to refuse.
    if (isReadOverride(req)) return next()
    if (isMultipart(req)) {
      const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(req.get('content-type') ?? '')
      const marker = boundary ? `--${(boundary[1] ?? boundary[2]).trim()}--` : null
      if (!marker || !req.body.includes(marker)) {
        return refuse(
          res,
          400,
          `Malformed multipart body: ${marker ? 'it ends before its closing boundary' : 'the Content-Type has no boundary'}. Let your HTTP client build the form (FormData) rather than setting the header by hand.`,
        )
      }
      return next()
    }
    const api = `${req.baseUrl}${req.path}`
    const plugins =
      api.startsWith(`${config.routes.api}/`) &&
      guardedByPlugin(api.slice(config.routes.api.length))
    const type = req.get('content-type')
    if (!req.is('application/json')) {
      if (plugins) return next()
      return refuse(
        res,
        415,
        `Unsupported Content-Type ${type ? `"${type}"` : '(none was sent)'}: send the body as JSON with "Content-Type: application/json" (uploads: multipart/form-data).`,
      )
    }
    const charset = /charset=([^;]+)/i
      .exec(type ?? '')?.[1]
      ?.trim()
      .replace(/"/g, '')
      .toLowerCase()
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      return refuse(res, 415, `Unsupported charset "${charset}": send JSON as UTF-8.`)
    }
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(req.body)
    } catch {
      return refuse(res, 400, 'The request body is not valid UTF-8: send JSON encoded as UTF-8.')
    }
    if (plugins) return next()
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      // rejectMalformedJSON has already answered for bodies that do not parse.
      return next()
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return refuse(
        res,
        400,
        `The request body must be a JSON object ({ "field": value }), not ${Array.isArray(parsed) ? 'an array' : JSON.stringify(parsed)?.slice(0, 40)}.`,
      )
    }
    next()
  }
}

type IdShape = { pattern: RegExp; describe: string }

/** What an id looks like on each database: whole numbers on SQL, ObjectIds on MongoDB. */
const idShape = (database: string): IdShape =>
  database === 'mongodb'
    ? { pattern: /^[0-9a-f]{24}$/i, describe: 'a 24-character hexadecimal ObjectId' }
    : { pattern: /^\d{1,15}$/, describe: 'a whole number' }

/**
 * `/api/<collection>/<id>…` and `…/versions/<id>`: an id that cannot exist is
 * a 404 (Payload's SQL adapters fail on it with a 500), and the versions of a
 * collection or global that keeps none are a 404 too (Payload fails on those).
 * Stays in the server for what no plugin hook reaches: Payload adds its own
 * collections (preferences, jobs, locked documents) after every plugin has
 * run, and answers versions routes of a global, or of anything keeping none,
 * before any hook. Ids of the plugin's own collections are the plugin's to refuse.
 */
export const checkRouteParams = (config: SanitizedConfig, database: string): RequestHandler => {
  const shape = idShape(database)
  const api = config.routes.api
  const guardedByPlugin = pluginRoute(config)
  const collections = new Map(
    config.collections.map((collection) => {
      // Literal first segments of the collection's own endpoints (`count`, `login`, `feed.xml`…) are not ids.
      const literal = new Set(
        (collection.endpoints || [])
          .map((endpoint) => endpoint.path.split('/')[1])
          .filter((segment): segment is string => Boolean(segment) && !segment.startsWith(':')),
      )
      const customParams = (collection.endpoints || []).some((endpoint) =>
        /^\/:(?!id\b)/.test(endpoint.path),
      )
      return [
        collection.slug,
        {
          literal,
          versions: Boolean(collection.versions),
          idIsCustom:
            guardedByPlugin(collection.slug) ||
            collection.fields.some((field) => 'name' in field && field.name === 'id') ||
            customParams,
        },
      ]
    }),
  )
  const globals = new Map(config.globals.map((global) => [global.slug, Boolean(global.versions)]))
  return (req, res, next) => {
    const segments = req.path.split('/').filter(Boolean)
    if (req.baseUrl !== api || segments.length < 2) return next()
    const decode = (segment: string) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    }
    if (segments[0] === 'globals') {
      const versions = globals.get(segments[1])
      if (versions === false && segments[2] === 'versions') {
        return refuse(res, 404, `The global "${segments[1]}" keeps no versions.`)
      }
      if (
        versions &&
        segments[2] === 'versions' &&
        segments[3] &&
        !shape.pattern.test(decode(segments[3]))
      ) {
        return refuse(
          res,
          404,
          `No version "${decode(segments[3]).slice(0, 40)}" of ${segments[1]}: version ids are ${shape.describe}.`,
        )
      }
      return next()
    }
    const collection = collections.get(segments[0])
    if (!collection) return next()
    const [slug, first, second] = segments
    if (first === 'versions') {
      if (!collection.versions)
        return refuse(res, 404, `The collection "${slug}" keeps no versions.`)
      if (second && !shape.pattern.test(decode(second))) {
        return refuse(
          res,
          404,
          `No version "${decode(second).slice(0, 40)}" of ${slug}: version ids are ${shape.describe}.`,
        )
      }
      return next()
    }
    if (collection.idIsCustom) return next()
    const id = first === 'access' ? second : collection.literal.has(first) ? undefined : first
    if (id !== undefined && !shape.pattern.test(decode(id))) {
      return refuse(
        res,
        404,
        `No ${slug} with id "${decode(id).slice(0, 40)}": ids here are ${shape.describe}.`,
      )
    }
    next()
  }
}

/**
 * A file of an upload collection that is not on the disk (never uploaded, or
 * removed by hand) is a 404; Payload's local storage answers it with a 500.
 * Collections with their own storage handlers (cloud storage) answer for themselves.
 * Stays in the server: a plugin's upload handler would run before a storage
 * plugin's (S3) and could not tell a file kept elsewhere from a missing one.
 */
export const missingFilesAre404 = (config: SanitizedConfig): RequestHandler => {
  const dirs = new Map(
    config.collections
      .filter((collection) => collection.upload && !collection.upload.handlers?.length)
      .map((collection) => [
        collection.slug,
        path.resolve(collection.upload.staticDir || collection.slug),
      ]),
  )
  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const match = /^\/([^/]+)\/file\/([^/]+)$/.exec(req.path)
    const dir = match && dirs.get(match[1])
    if (!match || !dir) return next()
    let filename: string
    try {
      filename = decodeURIComponent(match[2])
    } catch {
      return refuse(res, 400, 'The file name in the URL is not valid percent-encoding.')
    }
    const file = path.resolve(dir, filename)
    // Path tricks are Payload's to refuse (it answers 400/403); only a plain missing file is ours.
    if (!file.startsWith(dir + path.sep)) return next()
    try {
      await stat(file)
    } catch {
      return refuse(res, 404, `No file "${filename.slice(0, 80)}" in ${match[1]}.`)
    }
    next()
  }
}

/** Braces deeper than this are no real query (the plugin's depth limit is far lower): refused before parsing. */
export const MAX_GRAPHQL_NESTING = 64

const nesting = (query: string): number => {
  let depth = 0
  let deepest = 0
  for (const ch of query) {
    if (ch === '{' || ch === '(' || ch === '[') deepest = Math.max(deepest, ++depth)
    else if (ch === '}' || ch === ')' || ch === ']') depth--
  }
  return deepest
}

/**
 * GraphQL's parser recurses once per nesting level, so a query of thousands
 * of braces ties the server up before any depth rule can run: counted first.
 * Stays in the server: Payload parses the query before any rule a plugin adds.
 */
export const checkGraphQLNesting: RequestHandler = (req, res, next) => {
  if (!Buffer.isBuffer(req.body) || req.body.length === 0) return next()
  let body: unknown
  try {
    body = JSON.parse(req.body.toString('utf8'))
  } catch {
    return next()
  }
  const queries = (Array.isArray(body) ? body : [body]).map((entry) =>
    entry && typeof entry === 'object' ? (entry as { query?: unknown }).query : undefined,
  )
  for (const query of queries) {
    if (typeof query === 'string' && nesting(query) > MAX_GRAPHQL_NESTING) {
      return refuse(
        res,
        400,
        `The GraphQL query is nested too deeply: at most ${MAX_GRAPHQL_NESTING} levels of braces.`,
      )
    }
  }
  next()
}
