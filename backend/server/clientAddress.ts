import type { Request as ExpressRequest } from 'express'

import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The client's address as express worked it out (`req.ip`, which follows
 * TRUST_PROXY), handed to the plugin's rate limits (its `clientAddress`
 * option, set in backend/config/environment.ts). Kept in the request's async
 * context rather than a header, so nothing a client sends can stand in for it.
 */
const addresses = new AsyncLocalStorage<string | undefined>()

/** Run `answer` (Payload's handling of `req`) knowing `req`'s client address. */
export const withClientAddress = <T>(req: ExpressRequest, answer: () => Promise<T>): Promise<T> =>
  addresses.run(req.ip, answer)

/** The address of the request being answered; undefined outside one. */
export const currentClientAddress = (): string | undefined => addresses.getStore()

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
