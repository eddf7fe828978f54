import type { PayloadRequest } from 'payload'

import type { ClientAddress, ResolvedLimits } from './rules.ts'

/** Limits whose host gave no client address, warned about once each. */
const warned = new WeakSet<ResolvedLimits>()

/**
 * The key a per-address rule counts `req` under. With no `clientAddress`
 * option, or when it knows none, every such client shares one count: a
 * header a client can write is never taken on trust (Next.js passes on an
 * `X-Forwarded-For` the client sent), so the safe fallback is one count, and
 * a warning that says how to give each client its own.
 */
export const addressKey = (req: PayloadRequest, limits: ResolvedLimits): string => {
  const address = limits.clientAddress?.(req)?.trim()
  if (address) return `address:${address}`
  if (!warned.has(limits)) {
    warned.add(limits)
    req.payload.logger.warn(
      'charityPlugin: no client address for rate limiting, so every client shares one count. Pass the clientAddress option (e.g. forwardedFor(1) behind one proxy that appends to X-Forwarded-For); see docs/plugin.md, "Limits and guards".',
    )
  }
  return 'address:unknown'
}

/**
 * A `clientAddress` for a host behind `trustedProxies` proxies that each
 * append the address they saw to `X-Forwarded-For` (nginx's
 * `$proxy_add_x_forwarded_for`, most load balancers): the entry that many
 * places from the right, which no client can forge. Anything to its left is
 * the client's own say. Only correct when every request comes through them.
 */
export const forwardedFor =
  (trustedProxies: number): ClientAddress =>
  (req) => {
    if (!Number.isInteger(trustedProxies) || trustedProxies < 1) return undefined
    const hops = (req.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean)
    return hops.length >= trustedProxies ? hops[hops.length - trustedProxies] : undefined
  }
