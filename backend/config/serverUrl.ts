import type { SanitizedConfig } from 'payload'

/** The port `npm run dev` listens on when PORT is unset. */
export const DEFAULT_PORT = 3000

export class MissingServerUrlError extends Error {
  constructor(reason: string) {
    super(
      `Refusing to start in production: SERVER_URL ${reason}. ` +
        'Set SERVER_URL to the address the public reaches this backend at, e.g. https://cms.example.org: ' +
        'media, feed and structured-data URLs are made from it, never from the request’s Host header.',
    )
    this.name = 'MissingServerUrlError'
  }
}

/** Why a SERVER_URL value cannot be the public address, or null when it can. */
export const serverUrlProblem = (value: string | undefined): null | string => {
  const text = value?.trim()
  if (!text) return 'is not set'
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return `is not an address ("${text}")`
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `is not http(s) ("${text}")`
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    return `must be an origin only, such as https://cms.example.org, without a path ("${text}")`
  }
  return null
}

/**
 * The public address of this backend, Payload's `serverURL`: SERVER_URL, or in
 * development `http://localhost:<PORT>` (3000 unless PORT says otherwise).
 * Absolute URLs in every answer (media, feeds, structured data, webhooks) are
 * made from it alone, so a forged Host header can never reach a cached body.
 */
export const serverUrlFromEnv = (env: Record<string, string | undefined> = process.env): string => {
  const problem = env.SERVER_URL?.trim() ? serverUrlProblem(env.SERVER_URL) : null
  if (problem) throw new Error(`SERVER_URL ${problem}.`)
  if (env.SERVER_URL?.trim()) return new URL(env.SERVER_URL.trim()).origin
  return `http://localhost:${env.PORT?.trim() || DEFAULT_PORT}`
}

/** Throws when production would start without a public address to make URLs from. */
export const assertProductionServerUrl = (
  env: Record<string, string | undefined> = process.env,
): void => {
  if (env.NODE_ENV !== 'production') return
  const problem = serverUrlProblem(env.SERVER_URL)
  if (problem) throw new MissingServerUrlError(problem)
}

/**
 * Outside production without SERVER_URL, the address is wherever the server
 * came to listen: PORT=0 (tests, a local cluster) picks a free port, known
 * only now. Payload reads `serverURL` from its config at every request, so it
 * is set here once, before the first one, and so is the CSRF entry Payload
 * made from the placeholder.
 */
export const adoptListeningAddress = (
  config: SanitizedConfig,
  listening: string,
  env: Record<string, string | undefined> = process.env,
): void => {
  if (env.SERVER_URL?.trim()) return
  const placeholder = config.serverURL
  // Only the development default follows the port; a host config's own serverURL stays as it is.
  if (placeholder === listening || placeholder !== serverUrlFromEnv(env)) return
  config.serverURL = listening
  config.csrf = config.csrf.map((origin) => (origin === placeholder ? listening : origin))
}
