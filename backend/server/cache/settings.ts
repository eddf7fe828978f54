import type { SanitizedConfig } from 'payload'

import type { CachingOptions } from './serve.ts'

import { CACHE_INVALIDATION_MARK } from './invalidation.ts'
import { ResponseCache } from './responseCache.ts'

const numberFrom = (value: string | undefined, fallback: number): number => {
  const parsed = value === undefined || value === '' ? NaN : Number(value)
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback
}

/**
 * The response cache and Cache-Control policy from the environment. The
 * in-process cache needs the invalidation hooks (`cacheInvalidation()` in the
 * config): a config without them (another host's, a bare Payload) gets HTTP
 * caching headers and 304s, never answers from memory.
 */
export const cachingFromEnv = (
  config: SanitizedConfig,
  env: Record<string, string | undefined> = process.env,
): CachingOptions => {
  const invalidated = Boolean(config.custom?.[CACHE_INVALIDATION_MARK])
  const enabled = env.RESPONSE_CACHE !== 'off' && invalidated
  return {
    cache: enabled
      ? new ResponseCache({
          maxBytes: numberFrom(env.RESPONSE_CACHE_MAX_MB, 64) * 1024 * 1024,
          maxEntryBytes: 1024 * 1024,
          ttlMs: numberFrom(env.RESPONSE_CACHE_TTL_SECONDS, 5) * 1000,
        })
      : null,
    policy: {
      maxAgeSeconds: numberFrom(env.CACHE_MAX_AGE, 0),
      sharedMaxAgeSeconds: numberFrom(env.CACHE_S_MAXAGE, 30),
      staleWhileRevalidateSeconds: numberFrom(env.CACHE_STALE_WHILE_REVALIDATE, 60),
    },
  }
}
