import type { PayloadRequest } from 'payload'

import type { RateLimitStore } from './store.ts'

import { DEFAULT_BODY_LIMITS, DEFAULT_RATE_LIMITS } from '../defaults.ts'

export type RateLimitName = keyof typeof DEFAULT_RATE_LIMITS
export type BodyLimitName = keyof typeof DEFAULT_BODY_LIMITS

/** One rule as a host sets it: `false` turns it off; what is left out keeps its default. */
export type RateLimitSetting = false | { limit?: number; windowMs?: number }

export type RateLimitOptions = {
  /** Per rule (names and defaults in docs/plugin.md, "Limits and guards"). */
  rules?: Partial<Record<RateLimitName, RateLimitSetting>>
  /**
   * Where each rule counts, e.g. one Redis every server process reaches, so
   * several processes hold a client to one limit. Called once per rule, on its
   * first use; `undefined` counts in this process's memory.
   */
  store?: (rule: RateLimitName) => RateLimitStore | undefined
}

/** What a rule limits, in the message a client gets, and what it counts by. */
export const RATE_LIMIT_RULES: Record<RateLimitName, { what: string; per: 'account' | 'address' }> =
  {
    trainingRequests: { what: 'training requests', per: 'address' },
    loginPerAddress: { what: 'login attempts', per: 'address' },
    loginPerAccount: { what: 'login attempts', per: 'account' },
    passwordResetPerAddress: { what: 'password reset requests', per: 'address' },
    passwordResetPerAccount: { what: 'password reset requests', per: 'account' },
    donationsWebhook: { what: 'donation deliveries', per: 'address' },
    groupsNear: { what: 'group searches', per: 'address' },
    search: { what: 'searches', per: 'address' },
    feeds: { what: 'feed requests', per: 'address' },
    jsonLd: { what: 'structured data requests', per: 'address' },
    privacy: { what: 'personal data requests', per: 'address' },
  }

export type RateLimitRule = {
  name: RateLimitName
  what: string
  per: 'account' | 'address'
  limit: number
  windowMs: number
}

/** The client's address as the host knows it; `undefined` when it cannot be known safely. */
export type ClientAddress = (req: PayloadRequest) => null | string | undefined

/** Every limit after defaults: part of the plugin's resolved options. */
export type ResolvedLimits = {
  /** `null`: the rule is off. */
  rules: Record<RateLimitName, null | RateLimitRule>
  store?: (rule: RateLimitName) => RateLimitStore | undefined
  clientAddress?: ClientAddress
  bodyBytes: Record<BodyLimitName, number>
}

const wholeAbove0 = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0

/** Options → limits, every default applied; throws for a limit that cannot be one. */
export const resolveLimits = (
  rateLimits: false | RateLimitOptions | undefined,
  bodyLimits: Partial<Record<BodyLimitName, number>> | undefined,
  clientAddress: ClientAddress | undefined,
): ResolvedLimits => {
  const rules = {} as ResolvedLimits['rules']
  for (const name of Object.keys(DEFAULT_RATE_LIMITS) as RateLimitName[]) {
    const setting = rateLimits === false ? false : rateLimits?.rules?.[name]
    if (setting === false) {
      rules[name] = null
      continue
    }
    const rule = {
      limit: setting?.limit ?? DEFAULT_RATE_LIMITS[name].limit,
      windowMs: setting?.windowMs ?? DEFAULT_RATE_LIMITS[name].windowMs,
    }
    for (const key of ['limit', 'windowMs'] as const) {
      if (!wholeAbove0(rule[key])) {
        throw new Error(
          `charityPlugin: rateLimits.rules.${name}.${key} must be a whole number above 0, not ${String(rule[key])}.`,
        )
      }
    }
    rules[name] = { name, ...RATE_LIMIT_RULES[name], limit: rule.limit, windowMs: rule.windowMs }
  }
  const bodyBytes: Record<BodyLimitName, number> = { ...DEFAULT_BODY_LIMITS }
  for (const [name, bytes] of Object.entries(bodyLimits ?? {}) as [BodyLimitName, number][]) {
    if (bytes !== undefined) bodyBytes[name] = bytes
  }
  for (const [name, bytes] of Object.entries(bodyBytes)) {
    if (!wholeAbove0(bytes)) {
      throw new Error(
        `charityPlugin: bodyLimits.${name} must be a whole number of bytes above 0, not ${String(bytes)}.`,
      )
    }
  }
  return {
    rules,
    store: rateLimits ? rateLimits.store : undefined,
    clientAddress,
    bodyBytes,
  }
}
