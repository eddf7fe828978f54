import type { CollectionBeforeValidateHook } from 'payload'

import { randomUUID } from 'node:crypto'

import { findAppeal } from '../../../src/donations/appeals.ts'
import { idOf } from '../../../src/utilities/idOf.ts'

/**
 * A donation typed in by staff has no payment-platform id: it gets one of its
 * own (so every ledger row has an idempotency key), the time it was recorded,
 * and the appeal's currency when none was given.
 */
export const fillLedgerDefaults: CollectionBeforeValidateHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  if (typeof data.externalId !== 'string' || !data.externalId.trim()) {
    data.externalId = `manual-${randomUUID()}`
  }
  if (!data.receivedAt) data.receivedAt = new Date().toISOString()
  const appealId = idOf(data.appeal)
  if (!data.currency && appealId !== null) {
    const appeal = await findAppeal(req.payload, appealId, req)
    if (appeal) data.currency = appeal.currency
  }
  return data
}
