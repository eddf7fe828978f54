import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { assertSameCurrency, findAppeal } from '../../../src/donations/appeals.ts'
import { isCurrencyCode } from '../../../src/fields/money.ts'
import { idOf } from '../../../src/utilities/idOf.ts'

/** What a ledger row is counted by; changing one later would silently skew the totals. */
const FIXED_FIELDS = ['appeal', 'amount', 'currency', 'externalId', 'source'] as const

const sameValue = (field: (typeof FIXED_FIELDS)[number], a: unknown, b: unknown): boolean =>
  field === 'appeal' ? String(idOf(a)) === String(idOf(b)) : a === b

/**
 * A new donation must be in its appeal's currency (409 otherwise); a recorded
 * one keeps what it was counted by. Corrections are a refund (delete) and a
 * new entry, so the totals move with them.
 */
export const checkLedgerEntry: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create') {
    const appealId = idOf(data.appeal)
    // A missing or unknown appeal is left to the field's own validation (400 naming the field).
    const appeal = appealId === null ? null : await findAppeal(req.payload, appealId, req)
    // A malformed code is the currency field's own 400.
    if (appeal && isCurrencyCode(data.currency)) assertSameCurrency(appeal, data.currency)
    return data
  }

  const changed = FIXED_FIELDS.filter(
    (field) => field in data && originalDoc && !sameValue(field, data[field], originalDoc[field]),
  )
  if (changed.length) {
    throw new APIError(
      `A recorded donation's ${changed.join(', ')} cannot be changed: the appeal totals were counted from ${changed.length > 1 ? 'them' : 'it'}. Delete the donation (a refund) and record it again.`,
      400,
      null,
      true,
    )
  }
  return data
}
