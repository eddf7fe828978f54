import type { Payload, PayloadRequest, Where } from 'payload'

import type { AppealReference } from './input.ts'

import { APIError } from 'payload'

import { ledgerSlugs } from './slugs.ts'

export type AppealForLedger = { id: number | string; currency: string; slug?: null | string }

/** Whether a reference could be an id on this database (numbers on SQL, ObjectIds on MongoDB). */
const couldBeId = (payload: Payload, ref: AppealReference): boolean =>
  payload.db.defaultIDType === 'number'
    ? typeof ref === 'number' || /^\d{1,15}$/.test(ref)
    : typeof ref === 'string' && /^[0-9a-f]{24}$/i.test(ref)

const findOne = async (
  payload: Payload,
  where: Where,
  req: Partial<PayloadRequest> | undefined,
) => {
  const { docs } = await payload.find({
    collection: ledgerSlugs(payload).appeals,
    where,
    limit: 1,
    depth: 0,
    pagination: false,
    select: { currency: true, slug: true },
    // System lookup: a donation may name a draft appeal, and the sender is no user.
    overrideAccess: true,
    req,
  })
  const doc = docs[0] as AppealForLedger | undefined
  return doc ?? null
}

/** The appeal a donation names: by id first (when it could be one), then by slug. */
export const findAppeal = async (
  payload: Payload,
  ref: AppealReference,
  req?: Partial<PayloadRequest>,
): Promise<AppealForLedger | null> => {
  if (couldBeId(payload, ref)) {
    const id = payload.db.defaultIDType === 'number' ? Number(ref) : ref
    const byId = await findOne(payload, { id: { equals: id } }, req)
    if (byId) return byId
  }
  return typeof ref === 'string' ? findOne(payload, { slug: { equals: ref } }, req) : null
}

/** A donation is counted in its appeal's currency only: no silent conversion. */
export const assertSameCurrency = (appeal: AppealForLedger, currency: string): void => {
  if (appeal.currency !== currency) {
    throw new APIError(
      `Currency mismatch: the donation is in ${currency} but appeal ${appeal.slug ? `"${appeal.slug}"` : appeal.id} counts in ${appeal.currency}. Send the amount in ${appeal.currency}, or record it against an appeal in ${currency}.`,
      409,
      null,
      true,
    )
  }
}
