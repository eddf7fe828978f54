import type { Verdict } from './limiter.ts'

import { clientError } from '../guards/clientError.ts'

const minutes = (ms: number) => {
  const value = Math.round(ms / 60_000)
  return value >= 1
    ? `${value} minute${value === 1 ? '' : 's'}`
    : `${Math.round(ms / 1000)} seconds`
}

/** What a client over a limit is told: which limit, and when to come back. */
export const tooManyMessage = ({ rule }: Verdict): string =>
  `Too many ${rule.what} ${rule.per === 'account' ? 'for this account' : 'from this address'}: at most ${rule.limit} every ${minutes(rule.windowMs)}. Try again after the number of seconds in the Retry-After header.`

/** `RateLimit-Policy` and `RateLimit` (IETF draft 8), and `Retry-After` once over. */
export const rateLimitHeaders = (verdict: Verdict): Headers => {
  const { rule } = verdict
  const headers = new Headers({
    'RateLimit-Policy': `"${rule.name}";q=${rule.limit};w=${Math.round(rule.windowMs / 1000)}`,
    RateLimit: `"${rule.name}";r=${verdict.remaining};t=${verdict.resetSeconds}`,
  })
  if (!verdict.allowed) headers.set('Retry-After', String(verdict.resetSeconds))
  // A browser hides every other response header from a website's script (Payload adds the CORS
  // origin itself); a form that says "try again in 5 minutes" needs these.
  headers.set('Access-Control-Expose-Headers', 'Retry-After, RateLimit, RateLimit-Policy')
  return headers
}

/** The 429 an endpoint answers, in the API's usual `{ errors: [{ message }] }` shape. */
export const tooManyResponse = (verdict: Verdict): Response =>
  Response.json(
    { errors: [{ message: tooManyMessage(verdict) }] },
    { status: 429, headers: rateLimitHeaders(verdict) },
  )

/** The same from inside an operation (a hook): Payload answers it, with `req.responseHeaders`. */
export const tooManyError = (verdict: Verdict) => clientError(tooManyMessage(verdict), 429)
