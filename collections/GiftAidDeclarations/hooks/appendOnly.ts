import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { ERASING_PERSONAL_DATA } from '../../../src/giftAid/context.ts'
import { ledgerSlugs } from '../../../src/ledger/index.ts'

/** What may be added to a declaration after it was made. */
const LATER_FIELDS = new Set([
  'cancelledAt',
  'cancellationReason',
  'writtenConfirmationSentAt',
  'donorEmail',
  'updatedAt',
  'createdAt',
  'id',
])

const same = (a: unknown, b: unknown) =>
  a === b ||
  ((a === null || a === undefined) && (b === null || b === undefined)) ||
  (typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b))

/**
 * A declaration is evidence for HMRC: what the donor declared is never
 * rewritten. A change of name or address is a new declaration that
 * supersedes this one; cancelling, and sending an oral declaration's written
 * record, are the only later additions (and the privacy erasure's markers).
 */
export const keepDeclarationsAppendOnly: CollectionBeforeChangeHook = ({
  context,
  data,
  operation,
  originalDoc,
}) => {
  if (operation !== 'update' || !originalDoc || context[ERASING_PERSONAL_DATA]) return data
  const changed = Object.keys(data).filter(
    (key) => !LATER_FIELDS.has(key) && key in originalDoc && !same(data[key], originalDoc[key]),
  )
  if (changed.length) {
    throw new APIError(
      `A Gift Aid declaration's ${changed.join(', ')} cannot be changed: declarations are kept as made. For a new name or address, add a new declaration that supersedes this one; to end it, set cancelledAt and cancellationReason.`,
      400,
      null,
      true,
    )
  }
  return data
}

/** Nothing a donation relies on is deleted: cancel it instead. */
export const keepDeclarationsClaimsRelyOn: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const linked = await req.payload.db.findOne({
    collection: ledgerSlugs(req.payload).donations,
    where: { giftAidDeclaration: { equals: id } },
    req,
  })
  if (linked) {
    throw new APIError(
      `Gift Aid declaration ${id} covers donations in the ledger, so it is kept (HMRC may ask for it up to six years after the last claim). Set cancelledAt to end it instead.`,
      409,
      null,
      true,
    )
  }
}
