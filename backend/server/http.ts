import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import { Readable } from 'node:stream'

/** Every error the server itself writes has the shape Payload's errors have. */
export const errorBody = (message: string) => ({ errors: [{ message }] })

export const isMultipart = (req: ExpressRequest) => Boolean(req.is('multipart/form-data'))

/** Express → fetch Request, so Payload's fetch-style handlers can serve it; `method` to ask another (HEAD as GET). */
export const toFetchRequest = (req: ExpressRequest, method = req.method): Request => {
  const url = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else headers.set(name, value)
  }
  const hasBody = !['GET', 'HEAD'].includes(method) && Buffer.isBuffer(req.body)
  return new Request(url, {
    method,
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

/**
 * Payload answers a few 4xx (an unknown route, an empty GraphQL body) as
 * `{ message }` or with no body at all; every client error from this server
 * has `errors[0].message`, so those are reshaped (keeping `message`).
 */
export const withErrorsArray = async (response: Response): Promise<Response> => {
  if (response.status < 400 || response.status >= 500) return response
  const text = await response.text()
  type Body = { errors?: unknown; message?: unknown }
  let body: Body | null = null
  try {
    body = text ? (JSON.parse(text) as Body) : null
  } catch {
    body = null
  }
  if (body && Array.isArray(body.errors) && body.errors.length > 0) {
    return new Response(text, { status: response.status, headers: response.headers })
  }
  const message =
    typeof body?.message === 'string' && body.message
      ? body.message
      : response.status === 415
        ? 'Unsupported Content-Type: send the body as JSON with "Content-Type: application/json".'
        : `Request failed with status ${response.status}.`
  const headers = new Headers(response.headers)
  headers.set('content-type', 'application/json')
  headers.delete('content-length')
  return new Response(JSON.stringify({ ...body, errors: [{ message }] }), {
    status: response.status,
    headers,
  })
}
