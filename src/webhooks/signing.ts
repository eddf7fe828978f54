import { randomBytes, randomUUID } from 'node:crypto'
import { Webhook } from 'standardwebhooks'

/** A Standard Webhooks secret: `whsec_` and 24 random bytes in base64 (192 bits). */
export const newSigningSecret = (): string => `whsec_${randomBytes(24).toString('base64')}`

/** A message id: one per change, the same on every retry, so receivers can drop repeats. */
export const newMessageId = (): string => `msg_${randomUUID().replaceAll('-', '')}`

export const isSigningSecret = (value: unknown): value is string =>
  typeof value === 'string' && /^whsec_[A-Za-z0-9+/]{32}$/.test(value)

/**
 * The three Standard Webhooks headers for one attempt. Each secret signs
 * (`v1,<base64>` separated by spaces): during a rotation the old and the new
 * secret both sign, so a receiver holding either one accepts the message.
 */
export const signedHeaders = (
  messageId: string,
  sentAt: Date,
  body: string,
  secrets: string[],
): Record<string, string> => ({
  'webhook-id': messageId,
  'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
  'webhook-signature': secrets
    .map((secret) => new Webhook(secret).sign(messageId, sentAt, body))
    .join(' '),
})
