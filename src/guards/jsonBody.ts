import type { PayloadRequest } from 'payload'

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

/**
 * What is wrong with the body of an endpoint that takes JSON, or null: sent
 * as JSON (multipart is the admin's, read by Payload), in UTF-8 (invalid bytes
 * would otherwise be stored as U+FFFD without a word), parsing, an object.
 */
export const jsonBodyProblem = (
  req: PayloadRequest,
  body: Buffer,
): null | { status: number; message: string } => {
  const type = req.headers.get('content-type') ?? ''
  if (body.length === 0 || /^multipart\/form-data/i.test(type)) return null
  if (!JSON_TYPE.test(type)) {
    return {
      status: 415,
      message: `Unsupported Content-Type ${type ? `"${type}"` : '(none was sent)'}: send the body as JSON with "Content-Type: application/json".`,
    }
  }
  const charset = /charset=([^;]+)/i.exec(type)?.[1]?.trim().replace(/"/g, '').toLowerCase()
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    return { status: 415, message: `Unsupported charset "${charset}": send JSON as UTF-8.` }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    return {
      status: 400,
      message: 'The request body is not valid UTF-8: send JSON encoded as UTF-8.',
    }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unparseable'
    return { status: 400, message: `Malformed JSON in request body: ${reason}` }
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return {
      status: 400,
      message: `The request body must be a JSON object ({ "field": value }), not ${Array.isArray(parsed) ? 'an array' : JSON.stringify(parsed).slice(0, 40)}.`,
    }
  }
  return null
}
