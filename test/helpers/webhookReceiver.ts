import type { AddressInfo } from 'node:net'

import { createServer, type IncomingMessage, type Server } from 'node:http'
import { Webhook } from 'standardwebhooks'

/** One message as the receiver saw it, after checking its signature with the standardwebhooks library. */
export type Received = {
  id: string
  timestamp: string
  signature: string
  body: { type: string; timestamp: string; data: Record<string, any> }
  /** Which of the receiver's secrets verified it. */
  verifiedWith: string[]
}

/**
 * A real webhook receiver on loopback, as a website would run one: it
 * verifies every request with `standardwebhooks` against the secrets it
 * knows, answers 204 (or 503 while `down`), and keeps what it accepted.
 */
export class WebhookReceiver {
  readonly received: Received[] = []
  /** Requests that carried no valid signature for any known secret. */
  readonly rejected: { headers: IncomingMessage['headers']; body: string }[] = []
  /** Every request, accepted or not, while down or up. */
  hits = 0
  down = false
  /** Answer this much later (a slow receiver, so a worker can die mid-delivery). */
  delayMs = 0
  secrets: string[] = []
  private server?: Server
  url = ''

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        this.hits++
        if (this.down) {
          response.writeHead(503).end('down for maintenance')
          return
        }
        const headers = {
          'webhook-id': String(request.headers['webhook-id'] ?? ''),
          'webhook-timestamp': String(request.headers['webhook-timestamp'] ?? ''),
          'webhook-signature': String(request.headers['webhook-signature'] ?? ''),
        }
        const verifiedWith = this.secrets.filter((secret) => {
          try {
            new Webhook(secret).verify(body, headers)
            return true
          } catch {
            return false
          }
        })
        if (!verifiedWith.length) {
          this.rejected.push({ headers: request.headers, body })
          response.writeHead(401).end('bad signature')
          return
        }
        this.received.push({
          id: headers['webhook-id'],
          timestamp: headers['webhook-timestamp'],
          signature: headers['webhook-signature'],
          body: JSON.parse(body),
          verifiedWith,
        })
        setTimeout(() => response.writeHead(204).end(), this.delayMs)
      })
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`
    return this
  }

  /** Messages of one type, about one document when given its id or slug (SQLite may reuse a deleted id). */
  of(type: string, idOrSlug?: number | string): Received[] {
    return this.received.filter(
      (message) =>
        message.body.type === type &&
        (idOrSlug === undefined ||
          String(message.body.data.id) === String(idOrSlug) ||
          message.body.data.slug === idOrSlug),
    )
  }

  /** Wait until `count` messages match, or fail with what did arrive. */
  async waitFor(type: string, id: number | string | undefined, count = 1, timeoutMs = 30_000) {
    const started = Date.now()
    while (Date.now() - started < timeoutMs) {
      if (this.of(type, id).length >= count) return this.of(type, id)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(
      `waited ${timeoutMs} ms for ${count} × ${type} ${id ?? ''}; received: ${JSON.stringify(
        this.received.map((message) => [message.body.type, message.body.data.id]),
      )}; rejected: ${this.rejected.length}`,
    )
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve()
      this.server.close(() => resolve())
      this.server.closeAllConnections()
    })
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
