import type { Express, RequestHandler } from 'express'
import type { Store } from 'express-rate-limit'

import express from 'express'
import { rateLimit } from 'express-rate-limit'

/**
 * Rate limits of the reference server, per client address (`req.ip`, which
 * follows TRUST_PROXY) or per account. One table of rules (`rateLimitRules`);
 * RATE_LIMITS=off turns them all off (load tests only). Counts live
 * in each process's memory unless `mountRateLimits` is given a shared store
 * (e.g. Redis), which is what a server scaled out to several processes needs.
 */

export type RateLimitRule = {
  /** What is limited, in the message a client gets. */
  what: string
  /** Counted per client address, or per account (the `email` in the JSON body). */
  per: 'account' | 'address'
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

const rule = (
  env: Env,
  name: string,
  base: Omit<RateLimitRule, 'limit' | 'windowMs'>,
  limit: number,
  windowMinutes: number,
): RateLimitRule => ({
  ...base,
  limit: positiveWhole(env, `${name}_RATE_LIMIT`, limit),
  windowMs: positiveWhole(env, `${name}_RATE_WINDOW_MINUTES`, windowMinutes) * 60_000,
})

/**
 * Every limited route, from the environment (documented in docs/operators.md):
 * `<NAME>_RATE_LIMIT` requests per `<NAME>_RATE_WINDOW_MINUTES`. Logins and
 * password resets are counted both per address (one client trying many
 * accounts) and per account (many clients trying one account).
 */
export const rateLimitRules = (env: Env = process.env): Record<string, RateLimitRule> => {
  // The reference backend's accounts collection.
  const users = 'users'
  return {
    trainingRequests: rule(
      env,
      'TRAINING_REQUEST',
      { what: 'training requests', per: 'address', method: 'post', path: '/api/training-requests' },
      5,
      60,
    ),
    loginPerAddress: rule(
      env,
      'LOGIN',
      { what: 'login attempts', per: 'address', method: 'post', path: `/api/${users}/login` },
      20,
      15,
    ),
    loginPerAccount: rule(
      env,
      'LOGIN_ACCOUNT',
      { what: 'login attempts', per: 'account', method: 'post', path: `/api/${users}/login` },
      10,
      15,
    ),
    passwordResetPerAddress: rule(
      env,
      'PASSWORD_RESET',
      {
        what: 'password reset requests',
        per: 'address',
        method: 'post',
        path: `/api/${users}/forgot-password`,
      },
      5,
      60,
    ),
    passwordResetPerAccount: rule(
      env,
      'PASSWORD_RESET_ACCOUNT',
      {
        what: 'password reset requests',
        per: 'account',
        method: 'post',
        path: `/api/${users}/forgot-password`,
      },
      3,
      60,
    ),
    donationsWebhook: rule(
      env,
      'DONATIONS_WEBHOOK',
      {
        what: 'donation deliveries',
        per: 'address',
        method: 'post',
        path: '/api/donations/webhook',
      },
      600,
      1,
    ),
  }
}

/** The account a login or reset names: the `email` of its JSON body, lower-cased. */
const accountOf = (body: unknown): string | undefined => {
  if (!Buffer.isBuffer(body) || body.length === 0 || body.length > 64 * 1024) return undefined
  try {
    const email = (JSON.parse(body.toString('utf8')) as { email?: unknown }).email
    return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : undefined
  } catch {
    return undefined
  }
}

const minutes = (ms: number) => {
  const value = Math.round(ms / 60_000)
  return `${value} minute${value === 1 ? '' : 's'}`
}

/** One limiter: 429 with `Retry-After` and the API's usual `{ errors: [{ message }] }` body. */
export const rateLimiter = (
  rule: RateLimitRule,
  store?: Store,
  allowedOrigins: '*' | string[] = '*',
): RequestHandler =>
  rateLimit({
    windowMs: rule.windowMs,
    limit: rule.limit,
    // `RateLimit` and `RateLimit-Policy` headers (IETF draft 8), and `Retry-After` once over.
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // A shared store that is down must not take the routes it guards down with it.
    ...(store ? { store, passOnStoreError: true } : {}),
    ...(rule.per === 'account'
      ? {
          // No email, no account to count: the per-address rule still applies.
          skip: (req) => accountOf(req.body) === undefined,
          keyGenerator: (req) => `account:${accountOf(req.body)}`,
        }
      : {}),
    handler: (req, res, _next, options) => {
      // Browsers read this answer only with the API's CORS headers (a website's form shows the message).
      const origin = req.headers.origin
      if (origin && (allowedOrigins === '*' || allowedOrigins.includes(origin))) {
        res.setHeader('Access-Control-Allow-Origin', allowedOrigins === '*' ? '*' : origin)
        res.setHeader('Access-Control-Expose-Headers', 'Retry-After')
        if (allowedOrigins !== '*') res.vary('Origin')
      }
      res.status(options.statusCode).json({
        errors: [
          {
            message: `Too many ${rule.what} ${rule.per === 'account' ? 'for this account' : 'from this address'}: at most ${rule.limit} every ${minutes(rule.windowMs)}. Try again after the number of seconds in the Retry-After header.`,
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

/** The origins allowed to call the API from a browser, as payload.config.ts reads CORS_ORIGINS. */
const corsOrigins = (env: Env): '*' | string[] =>
  env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((origin) => origin.trim()) : '*'

/** Put every limiter in front of its route; call before the API's own handlers are mounted. */
export const mountRateLimits = (app: Express, options: MountRateLimitsOptions = {}): void => {
  const env = options.env ?? process.env
  // For load tests and the fuzz suite only: one address sending thousands of requests on purpose.
  if (env.RATE_LIMITS === 'off') return
  for (const [name, rule] of Object.entries(rateLimitRules(env))) {
    const limiter = rateLimiter(rule, options.store?.(name), corsOrigins(env))
    if (rule.per === 'account') {
      // The account is in the body: read it (small, raw) first; Payload's own reader then finds it read.
      app[rule.method](rule.path, express.raw({ type: () => true, limit: '64kb' }), limiter)
    } else {
      app[rule.method](rule.path, limiter)
    }
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
