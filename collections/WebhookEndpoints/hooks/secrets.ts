import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { newSigningSecret } from '../../../src/webhooks/signing.ts'

/** The secret made for an endpoint created in this request, to hand back once in the reply. */
const issued = new WeakMap<PayloadRequest, string>()

/**
 * The server makes every signing secret (`whsec_…`): nobody may send one
 * (the field refuses writes), so a weak or reused secret cannot get in.
 */
export const issueSigningSecret: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const secret = newSigningSecret()
  issued.set(req, secret)
  return { ...data, secret, previousSecret: null, previousSecretExpiresAt: null }
}

/**
 * The one time the secret is shown: in the reply to the create request
 * (REST, GraphQL or Local API). Afterwards no read returns it; a new one
 * comes from `POST /api/webhook-endpoints/:id/rotate-secret`.
 */
export const revealSecretOnce: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const secret = issued.get(req)
  issued.delete(req)
  return secret ? { ...doc, secret } : doc
}

/** An admin switching a deactivated endpoint back on starts it with a clean record. */
export const clearFailuresOnReactivation: CollectionBeforeChangeHook = ({
  context,
  data,
  operation,
  originalDoc,
}) => {
  if (operation !== 'update' || context.webhookSystemWrite) return data
  if (data.active === true && originalDoc?.active === false) {
    return { ...data, failingSince: null, deactivatedAt: null, deactivationReason: null }
  }
  return data
}
