import type { LookupFunction } from 'node:net'

import http from 'node:http'
import https from 'node:https'

import { RefusedAddressError, type ResolveHost, resolveWebhookHost } from './addresses.ts'

export type SendResult = {
  ok: boolean
  statusCode: null | number
  durationMs: number
  /** Why an attempt failed, in words for the delivery log. */
  error: null | string
}

/** Enough of a reply to show in the log; the rest is read and dropped. */
const MAX_REPLY_BYTES = 2048

type SendArgs = {
  url: string
  headers: Record<string, string>
  body: string
  timeoutMs: number
  allowPrivateAddresses: boolean
  /** Looked up once per attempt; the connection goes to its checked answer. */
  resolveHost?: ResolveHost
}

/**
 * POST one signed message, the way Standard Webhooks expects: 2xx is
 * delivered; anything else (a redirect included: they are not followed) is
 * a failed attempt. The host is resolved and checked first, and the
 * connection goes to the checked address, never to a second lookup's answer.
 * The whole attempt, resolution included, ends after `timeoutMs`.
 */
export const sendWebhook = async ({
  url,
  headers,
  body,
  timeoutMs,
  allowPrivateAddresses,
  resolveHost,
}: SendArgs): Promise<SendResult> => {
  const started = Date.now()
  const done = (statusCode: null | number, error: null | string): SendResult => ({
    ok: statusCode !== null && statusCode >= 200 && statusCode < 300,
    statusCode,
    durationMs: Date.now() - started,
    error,
  })
  const signal = AbortSignal.timeout(timeoutMs)

  let target: URL
  try {
    target = new URL(url)
  } catch {
    return done(null, 'The endpoint URL is not a valid address.')
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    return done(null, 'The endpoint URL must start with https:// or http://.')
  }

  let address: { address: string; family: 4 | 6 }
  try {
    const resolving = resolveWebhookHost(target.hostname, allowPrivateAddresses, resolveHost)
    const timedOut = new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(new Error('timeout')), { once: true }),
    )
    // The timer fires even after a quick answer; nobody awaits it then.
    timedOut.catch(() => undefined)
    ;[address] = await Promise.race([resolving, timedOut])
  } catch (error) {
    if (error instanceof RefusedAddressError) return done(null, error.message)
    return done(null, `No answer within ${timeoutMs / 1000} s (resolving the host).`)
  }

  // Pinned to the checked address; Node asks with `all: true` when it tries several families.
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) {
      ;(callback as (err: null, addresses: { address: string; family: number }[]) => void)(null, [
        address,
      ])
    } else {
      callback(null, address.address, address.family)
    }
  }

  return new Promise<SendResult>((resolve) => {
    const client = target.protocol === 'https:' ? https : http
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'payload-plugin-charity-webhooks/1',
        },
        lookup: pinned,
        signal,
      },
      (response) => {
        let received = 0
        let reply = ''
        response.on('data', (chunk: Buffer) => {
          if (received < MAX_REPLY_BYTES) reply += chunk.toString('utf8')
          received += chunk.length
        })
        response.on('end', () => {
          const status = response.statusCode ?? null
          if (status !== null && status >= 200 && status < 300) return resolve(done(status, null))
          const redirect = status !== null && status >= 300 && status < 400
          resolve(
            done(
              status,
              redirect
                ? `Answered ${status} (a redirect to ${response.headers.location ?? 'elsewhere'}); redirects are not followed: give the final address.`
                : `Answered ${status}${reply ? `: ${reply.slice(0, 200)}` : ''}`,
            ),
          )
        })
        response.on('error', () =>
          resolve(done(response.statusCode ?? null, 'The reply broke off.')),
        )
      },
    )
    request.on('error', (error: NodeJS.ErrnoException) => {
      resolve(
        done(
          null,
          signal.aborted
            ? `No answer within ${timeoutMs / 1000} s.`
            : `Could not connect: ${error.code ?? error.message}.`,
        ),
      )
    })
    request.end(body)
  })
}
