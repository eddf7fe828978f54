import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import type { CachePolicy } from './policy.ts'
import type { CachedResponse, MadeResponse, ResponseCache } from './responseCache.ts'

import { sendFetchResponse } from '../http.ts'
import { encodeBody, etagForEncoding, isCompressible, negotiateEncoding } from './encoding.ts'
import { isAnonymousRead, matchesETag, PRIVATE, publicCacheControl, VARY } from './policy.ts'
import { contentTypeOf, etagOf } from './responseCache.ts'

/** Headers that belong to one answer, never to a stored copy. */
const NOT_STORED = new Set([
  'set-cookie',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
])

const varyFor = (headers: Headers | Map<string, string>): string => {
  const origin = headers.get('access-control-allow-origin')
  // CORS with a list of origins answers each origin differently.
  return origin && origin !== '*' ? `${VARY}, Origin` : VARY
}

/** Read a fetch Response whole, and say whether the same answer could serve any anonymous reader. */
const capture = async (response: Response): Promise<MadeResponse> => {
  const body = Buffer.from(await response.arrayBuffer())
  const headers: [string, string][] = []
  response.headers.forEach((value, name) => {
    if (!NOT_STORED.has(name.toLowerCase()) && name.toLowerCase() !== 'cache-control')
      headers.push([name, value])
  })
  const cacheable = response.status === 200 && response.headers.getSetCookie().length === 0
  return { entry: { status: response.status, headers, body }, cacheable }
}

/**
 * Send a shareable answer, brotli- or gzip-compressed as the client accepts
 * (text of 1 KB or more), each encoding with its own ETag. It varies on
 * Accept-Encoding always, so a shared cache never hands a compressed body to
 * a client that did not ask for one.
 */
const send = async (
  entry: Pick<CachedResponse, 'body' | 'encoded' | 'etag' | 'headers' | 'status'>,
  req: ExpressRequest,
  res: ExpressResponse,
  cacheControl: string,
  withETag: boolean,
) => {
  const headers = new Map(entry.headers.map(([name, value]) => [name.toLowerCase(), value]))
  const vary = `${varyFor(headers)}, Accept-Encoding`
  const encoding = isCompressible(contentTypeOf(entry.headers), entry.body)
    ? negotiateEncoding(req)
    : null
  const etag = etagForEncoding(entry.etag, encoding)
  res.setHeader('Vary', vary)
  res.setHeader('Cache-Control', cacheControl)
  const validated = withETag && entry.status === 200
  if (validated) res.setHeader('ETag', etag)
  if (validated && matchesETag(req.headers['if-none-match'], etag)) {
    res.status(304).end()
    return
  }
  const body = encoding
    ? (entry.encoded?.[encoding] ?? (await encodeBody(entry.body, encoding)))
    : entry.body
  res.status(entry.status)
  for (const [name, value] of entry.headers) res.setHeader(name, value)
  if (encoding) res.setHeader('Content-Encoding', encoding)
  res.setHeader('Vary', vary)
  res.setHeader('Cache-Control', cacheControl)
  if (req.method === 'HEAD') res.setHeader('Content-Length', body.length)
  res.end(req.method === 'HEAD' ? undefined : body)
}

export type CachingOptions = {
  /** null: no in-process cache (headers and 304s still work). */
  cache: null | ResponseCache
  policy: CachePolicy
}

/**
 * Answer an API request through `handle`, with HTTP caching for anonymous
 * reads: an ETag and a `public` Cache-Control, 304 for a matching
 * `If-None-Match`, and (with a cache) the answer from memory while no content
 * has changed. Everything else is `private, no-store`. Every answer varies on
 * Cookie and Authorization, so no shared cache hands a signed-in view to
 * anyone else.
 *
 * `cacheKey` names what makes the answer (URL, or the GraphQL body); null
 * means the request must never be cached (writes, signed-in readers, drafts).
 */
export const answer = async (
  req: ExpressRequest,
  res: ExpressResponse,
  handle: () => Promise<Response>,
  { cache, policy }: CachingOptions,
  cacheKey: null | string,
  httpCacheable = true,
): Promise<void> => {
  if (cacheKey === null || !isAnonymousRead(req)) {
    const response = await handle()
    await sendFetchResponse(response, res, {
      'Cache-Control': PRIVATE,
      Vary: varyFor(response.headers),
    })
    return
  }
  // A POST (GraphQL) is never stored by HTTP caches: only this process's cache serves it again.
  const cacheControl = (status: number) =>
    status === 200 && httpCacheable ? publicCacheControl(policy) : PRIVATE
  // The Origin is part of the answer when CORS lists origins.
  const key = `${cacheKey}\u0000${req.headers.origin ?? ''}`
  const make = async () => capture(await handle())
  if (!cache) {
    const { entry, cacheable } = await make()
    await send(
      { ...entry, etag: etagOf(entry.body) },
      req,
      res,
      cacheable ? cacheControl(entry.status) : PRIVATE,
      httpCacheable,
    )
    return
  }
  const { response, hit } = await cache.getOrMake(key, make)
  // Says whether this process answered from memory: for operators checking their caches, and tests.
  res.setHeader('X-Cache', hit ? 'HIT' : 'MISS')
  await send(response, req, res, cacheControl(response.status), httpCacheable)
}
