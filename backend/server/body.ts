import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'

import express from 'express'

import { errorBody, isMultipart } from './http.ts'

/**
 * The server's ceiling for every body, before Payload reads it: JSON and forms
 * stay small, uploads may carry images and PDFs. The plugin's own endpoints
 * read theirs within tighter limits of their own (src/limits).
 */
export const JSON_BODY_LIMIT = process.env.API_BODY_LIMIT || '2mb'
export const UPLOAD_BODY_LIMIT = process.env.UPLOAD_BODY_LIMIT || '20mb'

/**
 * Reject malformed JSON up front so every API route answers the same clear 400
 * with the parser's reason. Stays in the server: Payload parses the body before
 * any plugin hook and says only "Invalid JSON" (the plugin's own endpoints say
 * the same as this).
 */
export const rejectMalformedJSON = (
  req: ExpressRequest,
  res: ExpressResponse,
  next: NextFunction,
) => {
  if (!req.is('application/json') || !Buffer.isBuffer(req.body) || req.body.length === 0) {
    return next()
  }
  try {
    JSON.parse(req.body.toString('utf8'))
    next()
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unparseable'
    res.status(400).json(errorBody(`Malformed JSON in request body: ${reason}`))
  }
}

export const bodyErrorHandler = (
  error: unknown,
  req: ExpressRequest,
  res: ExpressResponse,
  next: NextFunction,
) => {
  const err = error as { type?: string; status?: number; limit?: number }
  if (err?.type === 'entity.too.large') {
    const upload = isMultipart(req)
    const limit = upload ? UPLOAD_BODY_LIMIT : JSON_BODY_LIMIT
    res
      .status(413)
      .json(
        errorBody(
          `Request body is too large: the limit is ${limit}${upload ? ' for uploads' : ''}. Send a smaller body.`,
        ),
      )
    return
  }
  if (err?.status && err.status >= 400 && err.status < 500) {
    res.status(err.status).json(errorBody('The request body could not be read.'))
    return
  }
  next(error)
}

/** Read the raw body (JSON and forms small, uploads larger), then refuse malformed JSON. */
export const readBody = [
  express.raw({ type: (req) => !isMultipart(req as never), limit: JSON_BODY_LIMIT }),
  express.raw({ type: 'multipart/form-data', limit: UPLOAD_BODY_LIMIT }),
  rejectMalformedJSON,
]
