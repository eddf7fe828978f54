import type { Request as ExpressRequest } from 'express'

export type CachePolicy = {
  /** `max-age` for browsers: 0 makes them revalidate, which a 304 answers cheaply. */
  maxAgeSeconds: number
  /** `s-maxage` for shared caches (CDNs, proxies). */
  sharedMaxAgeSeconds: number
  staleWhileRevalidateSeconds: number
}

export const PRIVATE = 'private, no-store'

/** Cookie and Authorization decide who is asking, so every shared cache must key on them. */
export const VARY = 'Cookie, Authorization'

export const publicCacheControl = (policy: CachePolicy): string =>
  `public, max-age=${policy.maxAgeSeconds}, s-maxage=${policy.sharedMaxAgeSeconds}, stale-while-revalidate=${policy.staleWhileRevalidateSeconds}`

/** Any `draft` other than an explicit false asks for unpublished content. */
const wantsDraft = (req: ExpressRequest): boolean => {
  const draft = req.query.draft
  return draft !== undefined && draft !== 'false'
}

/**
 * Whether the answer can be the same for everyone: no cookie, no
 * Authorization, no draft. Anything else may carry a signed-in view, and is
 * never stored or shared.
 */
export const isAnonymousRead = (req: ExpressRequest): boolean =>
  !req.headers.cookie && !req.headers.authorization && !wantsDraft(req)

/** Whether `If-None-Match` names this ETag (weak comparison, as RFC 9110 asks for GET). */
export const matchesETag = (ifNoneMatch: string | undefined, etag: string): boolean => {
  if (!ifNoneMatch) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}
