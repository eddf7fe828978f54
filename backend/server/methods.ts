import type { Response as ExpressResponse, RequestHandler } from 'express'
import type { Endpoint, SanitizedConfig } from 'payload'

import { match } from 'path-to-regexp'

import { errorBody } from './http.ts'

/** How long a browser may reuse a preflight's answer: two hours, Chromium's own ceiling. */
export const PREFLIGHT_MAX_AGE_SECONDS = 7200

/** Paths whose methods `methodNotAllowed` keeps at hand. */
const KNOWN_PATHS = 2000

const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

type Matcher = { method: string; literal: boolean; matches: (path: string) => boolean }

/** Payload's own matching (path-to-regexp 6, the version Payload uses), so the two never disagree. */
const matchersOf = (endpoints: Endpoint[] | false | undefined): Matcher[] =>
  (endpoints || []).map((endpoint) => {
    const matches = match(endpoint.path, { decode: decodeURIComponent })
    return {
      method: endpoint.method.toUpperCase(),
      literal: !endpoint.path.includes(':'),
      matches: (path) => {
        try {
          return Boolean(matches(path))
        } catch {
          // A segment that is not valid percent-encoding: Payload answers that itself.
          return false
        }
      },
    }
  })

/**
 * The methods `/api/<path>` takes, worked out the way Payload finds an
 * endpoint (a collection's or global's own list, or the root list), or an
 * empty set when no route has that path. A path an endpoint names word for
 * word takes only that endpoint's methods. GraphQL is this server's: POST only.
 */
export const routeMethods = (config: SanitizedConfig) => {
  const collections = new Map(
    config.collections.map((collection) => [collection.slug, matchersOf(collection.endpoints)]),
  )
  const globals = new Map(
    config.globals.map((global) => [global.slug, matchersOf(global.endpoints)]),
  )
  const root = matchersOf(config.endpoints)
  return (path: string): Set<string> => {
    if (path === '/graphql') return new Set(['POST'])
    const [first, second] = path.split('/').filter(Boolean)
    let matchers = root
    let rest = path
    if (first === 'globals' && second && globals.has(second)) {
      matchers = globals.get(second) ?? []
      rest = path.slice(`/globals/${second}`.length)
    } else if (first && collections.has(first)) {
      matchers = collections.get(first) ?? []
      rest = path.slice(`/${first}`.length)
    }
    const within = rest === '' ? '/' : rest
    const matched = matchers.filter((m) => m.matches(within))
    // `/feed.xml` is the feed, not a document with the id "feed.xml" (whose routes refuse such ids).
    const named = matched.filter((m) => m.literal)
    return new Set((named.length ? named : matched).map((m) => m.method))
  }
}

/** What the `Allow` header lists for a route taking `methods`: HEAD with GET, and OPTIONS always. */
export const allowHeader = (methods: Set<string>): string => {
  const all = new Set(methods)
  if (all.has('GET')) all.add('HEAD')
  all.add('OPTIONS')
  return ORDER.filter((method) => all.has(method)).join(', ')
}

const refuse405 = (res: ExpressResponse, method: string, path: string, allow: string) => {
  res.setHeader('Allow', allow)
  res.setHeader('Cache-Control', 'private, no-store')
  res
    .status(405)
    .json(errorBody(`${method} is not allowed on ${path.slice(0, 120)}: it takes ${allow}.`))
}

/**
 * A method a route does not take is a 405 with `Allow` (RFC 9110), not
 * Payload's 404 "Route not found", which reads as if the URL were wrong.
 * A HEAD is answered as the GET; a POST that Payload reads as a GET (its
 * method override) is left to Payload; a path no route has stays a 404.
 */
export const methodNotAllowed = (config: SanitizedConfig): RequestHandler => {
  const methodsOf = routeMethods(config)
  // Every request asks, and a website sends the same few paths over and over: each is matched once.
  const known = new Map<string, Set<string>>()
  return (req, res, next) => {
    if (req.method === 'OPTIONS') return next()
    let methods = known.get(req.path)
    if (!methods) {
      methods = methodsOf(req.path)
      // Bounded: ids make the paths endless; the oldest path is let go first.
      if (known.size >= KNOWN_PATHS) known.delete(known.keys().next().value as string)
      known.set(req.path, methods)
    }
    const asked = req.method === 'HEAD' ? 'GET' : req.method
    if (methods.size === 0 || methods.has(asked)) return next()
    if (req.method === 'POST' && /^get$/i.test(req.get('x-payload-http-method-override') ?? ''))
      return next()
    if (req.method === 'POST' && /^get$/i.test(req.get('x-http-method-override') ?? ''))
      return next()
    refuse405(res, req.method, `${req.baseUrl}${req.path}`, allowHeader(methods))
  }
}

/**
 * A CORS preflight's answer (Payload's, with the allowed origin and headers)
 * made cacheable by the browser and shared caches told it differs by origin:
 * without `Access-Control-Max-Age` a website's form posted from another
 * origin costs two round trips every time.
 */
export const preflightHeaders = (response: Response): Response => {
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  headers.delete('content-type')
  if (headers.has('access-control-allow-origin')) {
    headers.set('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS))
  }
  return new Response(null, { status: 204, headers })
}
