import type { Endpoint, PayloadRequest } from 'payload'

import type { BodyLimitName, RateLimitName } from '../limits/rules.ts'

import { charityContext } from '../context.ts'
import { readBodyWithin, replaceBody } from '../limits/body.ts'
import { addressKey } from '../limits/clientAddress.ts'
import { countAgainst } from '../limits/limiter.ts'
import { rateLimitHeaders, tooManyResponse } from '../limits/responses.ts'
import { impossibleIdProblem } from './idShape.ts'
import { jsonBodyProblem } from './jsonBody.ts'
import { queryShapeProblem } from './queryShape.ts'
import { localeProblem } from './queryValues.ts'

export type EndpointGuard = {
  /** The rate limit this endpoint counts against, per client address. */
  rateLimit: RateLimitName
  /** Who the rate limit is not for (e.g. signed-in staff entering a request by phone). */
  exempt?: (req: PayloadRequest) => boolean
  /** The body limit to read the body within, for endpoints that take one. */
  body?: BodyLimitName
  /** The body, when there is one, must be a JSON object (or multipart, the admin's way of sending forms). */
  jsonObject?: boolean
  /** The only query parameters the endpoint takes (feeds): any other is a 400 naming these. */
  params?: readonly string[]
}

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** A parameter the endpoint does not take would be silently ignored: name the ones it does. */
const unknownParamProblem = (
  search: URLSearchParams,
  params: readonly string[] | undefined,
): null | string => {
  if (!params) return null
  for (const name of search.keys()) {
    if (!params.includes(name)) {
      return `Unknown parameter ${JSON.stringify(name.slice(0, 40))}: this feed takes ${params.join(', ')}.`
    }
  }
  return null
}

/**
 * One of the plugin's endpoints with its own protections, so a host serving
 * Payload the standard way (inside Next.js) has them too: its rate limit
 * first (a client over it is turned away before anything is read), then the
 * query's shape and the route's id, then the body, read no further than its limit.
 */
export const guardEndpoint = (guard: EndpointGuard, endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    const { limits } = charityContext(req.payload)
    const verdict = guard.exempt?.(req)
      ? null
      : await countAgainst(req, limits, guard.rateLimit, addressKey(req, limits))
    if (verdict && !verdict.allowed) return tooManyResponse(verdict)
    // Answers to reads may be cached and shared, so only writes say how much of the limit is left.
    if (verdict && req.method !== 'GET') {
      const headers = (req.responseHeaders ??= new Headers())
      rateLimitHeaders(verdict).forEach((value, name) => headers.set(name, value))
    }

    const queryProblem = req.searchParams
      ? (queryShapeProblem(req.searchParams) ??
        localeProblem(req) ??
        unknownParamProblem(req.searchParams, guard.params))
      : null
    if (queryProblem) return refuse(400, queryProblem)
    const { collection, id } = req.routeParams ?? {}
    const idProblem =
      typeof collection === 'string' && typeof id === 'string'
        ? impossibleIdProblem(req, collection, id)
        : null
    if (idProblem) return refuse(404, idProblem)

    if (guard.body) {
      const body = await readBodyWithin(req, limits.bodyBytes[guard.body])
      if (body instanceof Response) return body
      const problem = guard.jsonObject ? jsonBodyProblem(req, body) : null
      if (problem) return refuse(problem.status, problem.message)
      replaceBody(req, body)
    }
    return endpoint.handler(req)
  },
})
