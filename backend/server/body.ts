import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'

import express from 'express'

import { errorBody, isMultipart } from './http.ts'

/** Body limits: JSON and forms stay small; uploads may carry images and PDFs. */
export const JSON_BODY_LIMIT = process.env.API_BODY_LIMIT || '2mb'
export const UPLOAD_BODY_LIMIT = process.env.UPLOAD_BODY_LIMIT || '20mb'
/** Public forms carry a few short fields: anything much larger is not a person filling one in. */
export const FORM_BODY_LIMITS: Record<string, string> = { '/api/training-requests': '64kb' }

/** Reject malformed JSON up front so every API route answers the same clear 400. */
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
    const formLimit = FORM_BODY_LIMITS[req.baseUrl + req.path]
    const upload = !formLimit && isMultipart(req)
    const limit = formLimit ?? (upload ? UPLOAD_BODY_LIMIT : JSON_BODY_LIMIT)
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
