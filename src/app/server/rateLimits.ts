import type { Express, RequestHandler } from 'express'
import type { Store } from 'express-rate-limit'

import { rateLimit } from 'express-rate-limit'

/**
 * Rate limits of the reference server, per client address (`req.ip`, which
 * follows TRUST_PROXY). One entry per limited route: login, password reset
 * and the donations webhook can join `RATE_LIMITS` the same way. Counts live
 * in each process's memory unless `mountRateLimits` is given a shared store
 * (e.g. Redis), which is what a server scaled out to several processes needs.
 */

export type RateLimitRule = {
  /** What is limited, in the message a client gets. */
  what: string
  method: 'post' | 'get' | 'patch' | 'delete'
  path: string
  /** Requests allowed per address in one window. */
  limit: number
  windowMs: number
}

type Env = Record<string, string | undefined>

const positiveWhole = (env: Env, name: string, fallback: number): number => {
  const value = env[name]?.trim()
  if (!value) return fallback
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new Error(`${name} must be a whole number above 0, not "${value}".`)
  }
  return Number(value)
}

/** Every limited route, from the environment (documented in docs/operators.md). */
export const rateLimitRules = (env: Env = process.env): Record<string, RateLimitRule> => ({
  trainingRequests: {
    what: 'training requests',
    method: 'post',
    path: '/api/training-requests',
    limit: positiveWhole(env, 'TRAINING_REQUEST_RATE_LIMIT', 5),
    windowMs: positiveWhole(env, 'TRAINING_REQUEST_RATE_WINDOW_MINUTES', 60) * 60_000,
  },
})

const minutes = (ms: number) => {
  const value = Math.round(ms / 60_000)
  return `${value} minute${value === 1 ? '' : 's'}`
}

/** One limiter: 429 with `Retry-After` and the API's usual `{ errors: [{ message }] }` body. */
export const rateLimiter = (rule: RateLimitRule, store?: Store): RequestHandler =>
  rateLimit({
    windowMs: rule.windowMs,
    limit: rule.limit,
    // `RateLimit` and `RateLimit-Policy` headers (IETF draft 8), and `Retry-After` once over.
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // A shared store that is down must not take the routes it guards down with it.
    ...(store ? { store, passOnStoreError: true } : {}),
    handler: (_req, res, _next, options) => {
      res.status(options.statusCode).json({
        errors: [
          {
            message: `Too many ${rule.what} from this address: at most ${rule.limit} every ${minutes(rule.windowMs)}. Try again after the number of seconds in the Retry-After header.`,
          },
        ],
      })
    },
  })

export type MountRateLimitsOptions = {
  env?: Env
  /** A shared store per rule (e.g. rate-limit-redis); each process counts alone without one. */
  store?: (name: string) => Store | undefined
}

/** Put every limiter in front of its route; call before the API's own handlers are mounted. */
export const mountRateLimits = (app: Express, options: MountRateLimitsOptions = {}): void => {
  for (const [name, rule] of Object.entries(rateLimitRules(options.env))) {
    app[rule.method](rule.path, rateLimiter(rule, options.store?.(name)))
  }
}

/**
 * Express's `trust proxy` from TRUST_PROXY. `true` means one proxy in front
 * (the address it saw is the client's); trusting every hop would let anyone
 * choose their own address with `X-Forwarded-For` and so escape rate limits.
 * A number is that many hops; anything else is express's own list of trusted
 * addresses or subnets (e.g. `loopback, 10.0.0.0/8`).
 */
export const trustProxySetting = (value: string | undefined): boolean | number | string => {
  const trimmed = value?.trim()
  if (!trimmed || trimmed === 'false') return false
  if (trimmed === 'true') return 1
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  return trimmed
}
