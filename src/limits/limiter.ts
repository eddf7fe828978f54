import type { PayloadRequest } from 'payload'

import type { RateLimitName, RateLimitRule, ResolvedLimits } from './rules.ts'
import type { RateLimitStore } from './store.ts'

import { MemoryStore } from './store.ts'

/** One request counted against one rule. */
export type Verdict = {
  rule: RateLimitRule
  allowed: boolean
  remaining: number
  /** Seconds until the window ends (at least 1). */
  resetSeconds: number
}

/** Each config's stores, made on first use: counts belong to the config the limits came from. */
const storesByLimits = new WeakMap<ResolvedLimits, Map<RateLimitName, RateLimitStore>>()

const storeFor = (limits: ResolvedLimits, rule: RateLimitRule): RateLimitStore => {
  let stores = storesByLimits.get(limits)
  if (!stores) {
    stores = new Map()
    storesByLimits.set(limits, stores)
  }
  let store = stores.get(rule.name)
  if (!store) {
    store = limits.store?.(rule.name) ?? new MemoryStore()
    store.init?.({ windowMs: rule.windowMs })
    stores.set(rule.name, store)
  }
  return store
}

/**
 * Count one request by `key` (an address or an account) against the rule
 * `name`; `null` when the rule is off. A shared store that fails lets the
 * request through with a warning: a Redis outage must not take logins down.
 */
export const countAgainst = async (
  req: PayloadRequest,
  limits: ResolvedLimits,
  name: RateLimitName,
  key: string,
): Promise<null | Verdict> => {
  const rule = limits.rules[name]
  if (!rule) return null
  let counted: Awaited<ReturnType<RateLimitStore['increment']>>
  try {
    counted = await storeFor(limits, rule).increment(`${name}:${key}`)
  } catch (error) {
    req.payload.logger.warn(
      `Rate limit "${name}" could not count this request (${error instanceof Error ? error.message : String(error)}); let through.`,
    )
    return null
  }
  const resetMs = counted.resetTime ? counted.resetTime.getTime() - Date.now() : rule.windowMs
  return {
    rule,
    allowed: counted.totalHits <= rule.limit,
    remaining: Math.max(0, rule.limit - counted.totalHits),
    resetSeconds: Math.max(1, Math.ceil(resetMs / 1000)),
  }
}
