import type { CollectionBeforeValidateHook } from 'payload'

import { randomUUID } from 'node:crypto'

import { idOf } from '../../utilities/idOf.ts'
import { findAppeal } from '../appeals.ts'
import { readLedgerEntry, refundedSoFar } from '../refunds.ts'

/**
 * An entry typed in by staff has no payment-platform id: it gets one of its
 * own (so every ledger row has an idempotency key), the time it was recorded,
 * and the appeal's currency when none was given. A refund takes its
 * donation's appeal and currency, and by default what remains of it.
 */
export const fillLedgerDefaults: CollectionBeforeValidateHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  const refund = data.type === 'refund'
  if (typeof data.externalId !== 'string' || !data.externalId.trim()) {
    data.externalId = `manual-${refund ? 'refund-' : ''}${randomUUID()}`
  }
  if (!data.receivedAt) data.receivedAt = new Date().toISOString()
  const originalId = refund ? idOf(data.refundOf) : null
  if (originalId !== null) {
    const original = await readLedgerEntry(req, originalId)
    if (original) {
      data.appeal ??= idOf(original.appeal)
      data.currency ||= original.currency
      // A first guess (what remains); checkLedgerEntry settles it under the donation's lock, and
      // answers 409 when nothing remains.
      const remaining = original.amount - (await refundedSoFar(req, originalId))
      data.amount ??= remaining > 0 ? remaining : original.amount
    }
  }
  const appealId = idOf(data.appeal)
  if (!data.currency && appealId !== null) {
    const appeal = await findAppeal(req.payload, appealId, req)
    if (appeal) data.currency = appeal.currency
  }
  return data
}
