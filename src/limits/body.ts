import type { PayloadRequest } from 'payload'

/** `65536` → `64kb`, as the limit is named in a 413. */
export const describeBytes = (bytes: number): string =>
  bytes % (1024 * 1024) === 0
    ? `${bytes / (1024 * 1024)}mb`
    : bytes % 1024 === 0
      ? `${bytes / 1024}kb`
      : `${bytes} bytes`

const tooLarge = (limit: number) =>
  Response.json(
    {
      errors: [
        {
          message: `Request body is too large: the limit is ${describeBytes(limit)}. Send a smaller body.`,
        },
      ],
    },
    { status: 413 },
  )

/**
 * The request's body, read until `limit` bytes and no further: a larger one
 * (declared or sent) is answered 413 without reading the rest. Next.js route
 * handlers put no limit on a body, so the endpoint must.
 */
export const readBodyWithin = async (
  req: PayloadRequest,
  limit: number,
): Promise<Buffer | Response> => {
  const declared = Number(req.headers.get('content-length'))
  const stream = req.body
  if (Number.isFinite(declared) && declared > limit) {
    await stream?.cancel().catch(() => undefined)
    return tooLarge(limit)
  }
  if (!stream) return Buffer.alloc(0)
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return tooLarge(limit)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/**
 * Give the handler the bytes already read, through the same methods a fresh
 * request has (`json`, `text`, `arrayBuffer`, and `body` for Payload's
 * multipart reader), since the stream itself is spent.
 */
export const replaceBody = (req: PayloadRequest, bytes: Buffer): void => {
  const copy = () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  Object.defineProperties(req, {
    body: {
      configurable: true,
      get: () => (bytes.length ? new Blob([new Uint8Array(bytes)]).stream() : null),
    },
    bodyUsed: { configurable: true, get: () => false },
    // Writable: Payload's own body reader replaces `json` with the data it parsed.
    arrayBuffer: { configurable: true, writable: true, value: async () => copy() },
    text: { configurable: true, writable: true, value: async () => bytes.toString('utf8') },
    json: {
      configurable: true,
      writable: true,
      value: async () => JSON.parse(bytes.toString('utf8')),
    },
  })
}
