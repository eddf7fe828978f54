import type { AfterErrorHook } from 'payload'

import { UNNAMED_ERROR_MESSAGE } from './clientError.ts'

/**
 * A client's mistake keeps its message wherever Payload runs. In a
 * production Next.js build Payload's own `APIError` loses its class name to
 * the minifier, and a 4xx such as a body that is not JSON is answered
 * "An unknown error occurred.": the error's own message is put back (and
 * "Invalid JSON" says what to send).
 */
export const keepClientErrorMessages: AfterErrorHook = ({ error, result }) => {
  const { isPublic, status } = error as { isPublic?: boolean; status?: number }
  if (!isPublic || !status || status < 400 || status >= 500 || !error.message) return
  const shown = (result?.errors?.[0] as { message?: unknown } | undefined)?.message
  if (shown !== UNNAMED_ERROR_MESSAGE) return
  const message =
    error.message === 'Invalid JSON'
      ? 'Malformed JSON in request body: send valid JSON with Content-Type: application/json.'
      : error.message
  return { status, response: { errors: [{ message }] } }
}
