import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles.ts'
import { WEBHOOK_DEFAULTS } from '../defaults.ts'
import { newSigningSecret } from '../webhooks/signing.ts'

const answer = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * `POST /api/webhook-endpoints/:id/rotate-secret` (admins): a new signing
 * secret, shown in this reply only. The old one keeps signing alongside it
 * for 24 hours, so receivers can switch without missing a message; send
 * `{"expirePrevious": true}` to stop it at once (a leaked secret).
 */
export const rotateWebhookSecret = (slug: string): Endpoint => ({
  path: '/:id/rotate-secret',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!hasRole(req.user, 'admin')) return answer(403, 'Only admins may rotate a webhook secret.')
    const id = req.routeParams?.id as string | undefined
    if (!id) return answer(404, 'No such webhook endpoint.')

    let body: unknown = {}
    const text = req.text ? await req.text() : ''
    if (text.trim()) {
      try {
        body = JSON.parse(text)
      } catch {
        return answer(400, 'The body must be JSON, e.g. {"expirePrevious": true}, or empty.')
      }
    }
    const expirePrevious = (body as { expirePrevious?: unknown } | null)?.expirePrevious
    if (expirePrevious !== undefined && typeof expirePrevious !== 'boolean') {
      return answer(400, 'expirePrevious must be true or false.')
    }

    // The current secret is readable by nobody, so it is fetched as the system, after the admin check above.
    const current = (await req.payload
      .findByID({ collection: slug, id, depth: 0, overrideAccess: true, req })
      .catch(() => null)) as null | { secret?: null | string }
    if (!current) return answer(404, `No webhook endpoint has the id ${JSON.stringify(id)}.`)

    const secret = newSigningSecret()
    const keepPrevious = !expirePrevious && Boolean(current.secret)
    const previousSecretExpiresAt = keepPrevious
      ? new Date(Date.now() + WEBHOOK_DEFAULTS.secretOverlapMs).toISOString()
      : null
    await req.payload.update({
      collection: slug,
      id,
      data: {
        secret,
        previousSecret: keepPrevious ? current.secret : null,
        previousSecretExpiresAt,
      },
      depth: 0,
      // The secret fields refuse every API write; an admin asked for this one above.
      overrideAccess: true,
      req,
    })
    return Response.json({ secret, previousSecretExpiresAt })
  },
})
