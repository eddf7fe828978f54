import type { PayloadRequest } from 'payload'

import { clientError } from './clientError.ts'

const isMultipart = (req: PayloadRequest) =>
  /^multipart\/form-data/i.test(req.headers.get('content-type') ?? '')

const isJSON = (req: PayloadRequest) =>
  /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(req.headers.get('content-type') ?? '')

/**
 * A REST create or update needs a JSON object. Payload reads only JSON and
 * multipart bodies; any other (none, `text/plain`) reaches the hooks as
 * `undefined` and failed there with a 500, and an array or a bare value
 * failed the same way. Each is a 4xx that says what to send, before any hook.
 */
export const requireObjectBody = ({
  args,
  collection,
  operation,
  req,
}: {
  args?: unknown
  collection?: { upload?: unknown }
  operation: string
  req: PayloadRequest
}): void => {
  if (req.payloadAPI !== 'REST' || (operation !== 'create' && operation !== 'update')) return
  const data = (args as { data?: unknown } | undefined)?.data
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) return
  if (data === undefined && isMultipart(req)) {
    // An upload may carry a file and no `_payload` fields: Payload's own validation answers that.
    if (collection?.upload && req.file) return
    // A form with no parts (a boundary that matches nothing in it): nothing to store.
    throw clientError(
      'The multipart body carries no fields: send the fields as JSON in a "_payload" part (or as JSON with "Content-Type: application/json"), and let your HTTP client build the form (FormData) so its boundary matches.',
      400,
    )
  }
  if (data === undefined && !isJSON(req)) {
    const type = req.headers.get('content-type')
    throw clientError(
      `Unsupported Content-Type ${type ? `"${type}"` : '(none was sent)'}: send the body as JSON with "Content-Type: application/json" (uploads: multipart/form-data).`,
      415,
    )
  }
  throw clientError(
    `The request body must be a JSON object ({ "field": value }), not ${Array.isArray(data) ? 'an array' : JSON.stringify(data)?.slice(0, 40)}.`,
    400,
  )
}
