import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import { Readable } from 'node:stream'

/** Every error the server itself writes has the shape Payload's errors have. */
export const errorBody = (message: string) => ({ errors: [{ message }] })

export const isMultipart = (req: ExpressRequest) => Boolean(req.is('multipart/form-data'))

/** Express → fetch Request, so Payload's fetch-style handlers can serve it. */
export const toFetchRequest = (req: ExpressRequest): Request => {
  const url = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else headers.set(name, value)
  }
  const hasBody = !['GET', 'HEAD'].includes(req.method) && Buffer.isBuffer(req.body)
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? new Uint8Array(req.body as Buffer) : undefined,
  })
}

/** fetch Response → express response, keeping every Set-Cookie header; `overrides` win over the response's own. */
export const sendFetchResponse = async (
  response: Response,
  res: ExpressResponse,
  overrides: Record<string, string> = {},
) => {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name.toLowerCase() !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  for (const [name, value] of Object.entries(overrides)) res.setHeader(name, value)
  if (!response.body) {
    res.end()
    return
  }
  Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res)
}
