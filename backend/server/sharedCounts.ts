import type { RateLimitName, RateLimitStore } from 'payload-plugin-charity/types'

/**
 * Where the plugin's rate limits count when several server processes run:
 * set once the server has connected to Redis (REDIS_URL), before it takes
 * requests; until then, and without Redis, each process counts alone.
 */
let shared: ((rule: RateLimitName) => RateLimitStore) | undefined

export const shareRateLimitCounts = (stores: (rule: RateLimitName) => RateLimitStore): void => {
  shared = stores
}

/** The plugin's `rateLimits.store` option: asked once per rule, on its first use. */
export const sharedRateLimitStore = (rule: RateLimitName): RateLimitStore | undefined =>
  shared?.(rule)
