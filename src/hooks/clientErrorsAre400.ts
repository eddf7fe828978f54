import type { AfterErrorHook } from 'payload'

/**
 * Some bad input gets past Payload's own checks and fails only in the
 * database driver: a word where an id or a number belongs (`where[id][in]=a`,
 * `/api/posts/x` on SQLite or PostgreSQL), a date that is not one, a NUL
 * character in text. Payload answers those "500 Something went wrong". They
 * are the client's mistake, so the answer is a 400 that says what to fix.
 */

/** PostgreSQL's SQLSTATE class 22 is "data exception": a value the column cannot hold. */
const POSTGRES_DATA_EXCEPTION = /^22/

const causes = (error: unknown): unknown[] => {
  const chain: unknown[] = []
  for (
    let current = error;
    current && chain.length < 5;
    current = (current as { cause?: unknown }).cause
  ) {
    chain.push(current)
  }
  return chain
}

/** What was wrong with the request, or null when the error is not the client's doing. */
export const clientMistake = (error: unknown): null | string => {
  for (const link of causes(error)) {
    const { code, message, name } = (link ?? {}) as {
      code?: unknown
      message?: unknown
      name?: unknown
    }
    const text = typeof message === 'string' ? message : ''
    if (name === 'RangeError' && /finite numbers/.test(text)) {
      return 'A value in the request is not a number where one is needed: ids and number fields take digits (e.g. /api/posts/12 or where[id][in]=12,13).'
    }
    if (typeof code === 'string' && POSTGRES_DATA_EXCEPTION.test(code)) {
      return `A value in the request does not fit its field (${text.replace(/\s+/g, ' ').slice(0, 160)}): ids and numbers take digits, dates take ISO 8601 (2026-05-01T10:00:00Z), text cannot hold NUL characters.`
    }
    // Busboy's words for a form that does not parse; Payload reads forms before any hook runs.
    if (
      /^(Unexpected end of (form|file)|Malformed part header|Multipart: Boundary not found)$/.test(
        text,
      )
    ) {
      return `Malformed multipart body (${text}): let your HTTP client build the form (FormData) so its parts open and close with the Content-Type's boundary.`
    }
    if (name === 'SyntaxError' && /JSON/.test(text)) {
      return `A query parameter that must be JSON or bracketed is neither (${text.slice(0, 120)}): write where[title][equals]=Hello or where={"title":{"equals":"Hello"}}.`
    }
  }
  return null
}

export const clientErrorsAre400: AfterErrorHook = ({ error }) => {
  const message = clientMistake(error)
  if (!message) return
  return { response: { errors: [{ message }] }, status: 400 }
}
