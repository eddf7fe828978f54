import type { WebhookMessage } from '../../../lib/webhooks'

import { revalidateTag } from 'next/cache'
import { NextResponse } from 'next/server'
import { Webhook } from 'standardwebhooks'

import { firstTime, tagsFor, webhookSecret } from '../../../lib/webhooks'

const answer = (status: number, body: object) =>
  NextResponse.json(body, { status, headers: { 'cache-control': 'no-store' } })

/**
 * The backend's signed webhooks (Standard Webhooks): verify against the raw
 * body, then expire exactly the cache tags the message names. The next visit
 * to those pages renders them afresh; every other page stays as it is.
 */
export async function POST(request: Request) {
  const secret = await webhookSecret()
  if (!secret) {
    return answer(503, {
      errors: [{ message: 'Set WEBHOOK_SECRET (or WEBHOOK_SECRET_FILE) to receive webhooks.' }],
    })
  }
  const body = await request.text()
  let message: WebhookMessage
  try {
    message = new Webhook(secret).verify(
      body,
      Object.fromEntries(request.headers),
    ) as WebhookMessage
  } catch {
    return answer(401, { errors: [{ message: 'The webhook signature does not verify.' }] })
  }
  const id = request.headers.get('webhook-id') ?? ''
  if (!firstTime(id)) return answer(200, { revalidated: [], duplicate: true })
  const tags = tagsFor(message)
  // Expire at once (not stale-while-revalidate): the next reader gets the new content.
  for (const name of tags) revalidateTag(name, { expire: 0 })
  return answer(200, { revalidated: tags })
}
