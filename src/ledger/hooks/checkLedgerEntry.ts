import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { isCurrencyCode } from '../../fields/money.ts'
import { idOf } from '../../utilities/idOf.ts'
import { assertSameCurrency, findAppeal } from '../appeals.ts'
import { checkRefund } from '../refunds.ts'

/**
 * What an entry is counted by, or what Gift Aid is claimed on; changing one
 * later would silently skew the totals or a claim.
 */
const FIXED_FIELDS = [
  'type',
  'refundOf',
  'appeal',
  'amount',
  'currency',
  'externalId',
  'source',
  'receivedAt',
] as const

type FixedField = (typeof FIXED_FIELDS)[number]

const sameValue = (field: FixedField, a: unknown, b: unknown): boolean => {
  if (field === 'appeal' || field === 'refundOf') return String(idOf(a)) === String(idOf(b))
  if (field === 'receivedAt')
    return a === b || (a && b ? Date.parse(String(a)) === Date.parse(String(b)) : !a && !b)
  // Rows recorded before entries had a type are donations.
  if (field === 'type') return (a ?? 'donation') === (b ?? 'donation')
  return a === b
}

/** `req.context` key: the refund with this externalId takes back the last of its donation. */
export const closesDonationKey = (externalId: unknown) =>
  `charityRefundCloses:${String(externalId)}`

/**
 * A new donation must be in its appeal's currency (409 otherwise); a refund
 * must fit in what is left of its donation (checked under that donation's
 * lock). A recorded entry keeps what it was counted by: the ledger is
 * append-only, so corrections are a refund and a new entry.
 */
export const checkLedgerEntry: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create') {
    if (data.type === 'refund') {
      const { remaining } = await checkRefund(req, data)
      req.context[closesDonationKey(data.externalId)] = remaining === 0
      return data
    }
    if (idOf(data.refundOf) !== null) {
      throw new APIError(
        'Only a refund names another donation: set type to refund, or leave refundOf empty.',
        400,
        null,
        true,
      )
    }
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
      `A recorded ledger entry's ${changed.join(', ')} cannot be changed: the ledger is append-only and the appeal totals were counted from ${changed.length > 1 ? 'them' : 'it'}. Record a refund (a new entry of type refund naming this donation) and, if needed, record the donation again.`,
      400,
      null,
      true,
    )
  }
  return data
}
