import type { Endpoint, PayloadRequest } from 'payload'

import type { Donation } from '../ledger/index.ts'

import { createHmac, timingSafeEqual } from 'node:crypto'

import { charityContext } from '../context.ts'
import { guardEndpoint } from '../guards/endpoint.ts'
import { checkWebhookBody, recordDonation, recordRefund } from '../ledger/index.ts'
import { idOf } from '../utilities/idOf.ts'

export const SIGNATURE_HEADER = 'x-signature'

const SIGNATURE_FORMAT = /^sha256=([0-9a-f]{64})$/i

const reply = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** `sha256=<hex>` of the body bytes, as a sender computes it. */
export const signBody = (secret: string, body: Buffer | string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`

/** Whether `header` is the HMAC-SHA256 of `body` under `secret`, compared in constant time. */
export const hasValidSignature = (secret: string, body: Buffer, header: null | string): boolean => {
  const match = header ? SIGNATURE_FORMAT.exec(header.trim()) : null
  if (!match) return false
  const given = Buffer.from(match[1], 'hex')
  const expected = createHmac('sha256', secret).update(body).digest()
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** What a sender gets back: enough to reconcile its side, nothing about the donor. */
const receipt = (donation: Donation) => ({
  id: donation.id,
  type: donation.type ?? 'donation',
  externalId: donation.externalId,
  ...(donation.type === 'refund' ? { refundOf: idOf(donation.refundOf) } : {}),
  appeal: idOf(donation.appeal),
  amount: donation.amount,
  currency: donation.currency,
  receivedAt: donation.receivedAt,
})

/**
 * `POST /api/donations/webhook`: a payment platform (or a script forwarding
 * its events) reports one donation. The raw body must be signed with
 * HMAC-SHA256 under the shared secret, in `x-signature: sha256=<hex>`.
 * See docs/donations.md for the body, the replies and what a sender
 * should do with each.
 */
export const donationsWebhook = (secret: string | undefined): Endpoint =>
  // The body's media type and shape are checked before its signature, as they always were.
  guardEndpoint(
    { rateLimit: 'donationsWebhook', body: 'donationsWebhook', jsonObject: true },
    {
      path: '/webhook',
      method: 'post',
      handler: async (req: PayloadRequest) => {
        if (!secret) {
          return reply(
            503,
            'The donations webhook is not configured: set DONATIONS_WEBHOOK_SECRET (or the plugin option donationsWebhookSecret) on the server. Nothing was recorded; retry once it is set.',
          )
        }

        // The signature covers the exact bytes sent, so they are read before any parsing.
        const body = Buffer.from(req.arrayBuffer ? await req.arrayBuffer() : new ArrayBuffer(0))
        const header = req.headers.get(SIGNATURE_HEADER)
        if (!header) {
          return reply(
            401,
            `Missing ${SIGNATURE_HEADER} header: send "sha256=" followed by the hex HMAC-SHA256 of the raw body under the shared secret.`,
          )
        }
        if (!hasValidSignature(secret, body, header)) {
          return reply(
            401,
            `The ${SIGNATURE_HEADER} header does not match the body: sign the exact bytes sent with HMAC-SHA256 under the shared secret, as "sha256=<hex>".`,
          )
        }

        let parsed: unknown
        try {
          parsed = JSON.parse(body.toString('utf8'))
        } catch (error) {
          return reply(
            400,
            `Invalid donation: the body is not valid JSON (${error instanceof Error ? error.message : 'unparseable'}).`,
          )
        }
        const checked = checkWebhookBody(
          parsed,
          Object.keys(charityContext(req.payload).giftAid.wordings),
        )

        // The webhook has no user: the signature authenticated the sender, so recording runs as a system task.
        const { status, donation } =
          checked.type === 'refund'
            ? await recordRefund({ payload: req.payload, req, input: checked.refund })
            : await recordDonation({ payload: req.payload, req, input: checked.donation })
        return Response.json(
          { status, donation: receipt(donation) },
          { status: status === 'recorded' ? 201 : 200 },
        )
      },
    },
  )
