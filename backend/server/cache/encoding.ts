import type { Request as ExpressRequest } from 'express'

import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

export type Encoding = 'br' | 'gzip'

/** Smaller bodies gain less than the header and the work cost. */
export const MIN_COMPRESSED_BYTES = 1024

/** Text the API answers with: JSON (and +json: JSON Feed, JSON-LD), XML feeds, iCalendar. Images are compressed already. */
const COMPRESSIBLE =
  /^(?:text\/|application\/(?:json|xml|javascript)\b|application\/[\w.-]+\+(?:json|xml)\b)/i

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Whether a body of this type and size is worth compressing. */
export const isCompressible = (contentType: string | undefined, body: Buffer): boolean =>
  body.length >= MIN_COMPRESSED_BYTES && COMPRESSIBLE.test(contentType ?? '')

/**
 * The encoding to answer with: brotli when the client accepts it, else gzip,
 * else none. Negotiated by Express (`accepts`), so `q=0` and `identity` are honoured.
 */
export const negotiateEncoding = (req: ExpressRequest): Encoding | null => {
  if (req.acceptsEncodings('br') === 'br') return 'br'
  return req.acceptsEncodings('gzip') === 'gzip' ? 'gzip' : null
}

/** Brotli at quality 5: close to gzip's speed on API-sized bodies, and clearly smaller. */
export const encodeBody = (body: Buffer, encoding: Encoding): Promise<Buffer> =>
  encoding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: 6 })

/** Both encodings of a body, made once when it is cached. */
export const encodeBoth = async (body: Buffer): Promise<Record<Encoding, Buffer>> => {
  const [br, gz] = await Promise.all([encodeBody(body, 'br'), encodeBody(body, 'gzip')])
  return { br, gzip: gz }
}

/**
 * Each encoding is its own representation with its own strong validator
 * (RFC 9110 8.8.3): the identity ETag with the encoding added, so every node
 * gives the same bytes the same tag.
 */
export const etagForEncoding = (etag: string, encoding: Encoding | null): string =>
  encoding ? etag.replace(/"$/, `-${encoding}"`) : etag
