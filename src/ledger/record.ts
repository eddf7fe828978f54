import type { DataFromCollectionSlug, Payload, PayloadRequest } from 'payload'

import type { CheckedDonation, DonationInput, RefundInput } from './input.ts'

import { APIError, ValidationError } from 'payload'

import { charityContext } from '../context.ts'
import { DECLARATION_INPUT } from '../giftAid/context.ts'
import { findAppeal } from './appeals.ts'
import { checkDonationInput } from './input.ts'
import { isRefund } from './refunds.ts'
import { ledgerSlugs } from './slugs.ts'

export type Donation = DataFromCollectionSlug<'donations'>

export type RecordDonationArgs = {
  payload: Payload
  /** The request this runs for, if any: its transaction and locale are used. */
  req?: Partial<PayloadRequest>
  input: CheckedDonation | DonationInput
}

export type RecordDonationResult = {
  /** `duplicate`: this externalId was recorded before; nothing was counted again. */
  status: 'duplicate' | 'recorded'
  donation: Donation
}

const findByExternalId = async (
  payload: Payload,
  externalId: string,
  req: Partial<PayloadRequest> | undefined,
): Promise<Donation | null> => {
  const { docs } = await payload.find({
    collection: ledgerSlugs(payload).donations,
    where: { externalId: { equals: externalId } },
    limit: 1,
    depth: 0,
    pagination: false,
    // System lookup: idempotency must see every ledger row, whoever is asking.
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/**
 * Record one donation in the ledger, exactly once per `externalId`, and move
 * its appeal's `raisedAmount` and `donationCount` with it (the collection's
 * hooks do that in the same transaction, so manual entries in the admin get
 * the same treatment).
 *
 * Recording is a system task: callers authenticate the sender first (the
 * webhook checks the HMAC signature; the seed and imports run as operators).
 *
 * Throws APIError 400 (invalid input), 404 (no such appeal) or 409 (currency
 * differs from the appeal's).
 */
export const recordDonation = async ({
  payload,
  req,
  input,
}: RecordDonationArgs): Promise<RecordDonationResult> => {
  // Checked already (the webhook) or not yet (the seed, imports).
  const donation: CheckedDonation =
    'declaration' in input
      ? input
      : checkDonationInput(input, {
          giftAidWordings: Object.keys(charityContext(payload).giftAid.wordings),
        })

  // A replay is answered from the ledger before anything else is looked at.
  const earlier = await findByExternalId(payload, donation.externalId, req)
  if (earlier && isRefund(earlier)) {
    // Refunds are stored under their refundId: a donation with that id is not a replay, and was dropped.
    throw new APIError(
      `externalId ${JSON.stringify(donation.externalId)} is the refundId of a refund, not of a donation: send the donation's own id.`,
      409,
      null,
      true,
    )
  }
  if (earlier) return { status: 'duplicate', donation: earlier }

  const appeal = await findAppeal(payload, donation.appeal, req)
  if (!appeal) {
    throw new APIError(
      `No donation appeal has the id or slug ${JSON.stringify(donation.appeal)}. Check the appeal reference the payment platform sends.`,
      404,
      null,
      true,
    )
  }

  const { declaration, ...entry } = donation
  try {
    const created = await payload.create({
      collection: ledgerSlugs(payload).donations,
      data: { ...entry, type: 'donation', appeal: appeal.id },
      // The declaration is stored (or reused) by the ledger's own hook, inside its transaction.
      context: declaration ? { [DECLARATION_INPUT]: declaration } : undefined,
      depth: 0,
      // System task: the sender was authenticated by the caller and there is no user whose rights apply.
      overrideAccess: true,
      req,
    })
    return { status: 'recorded', donation: created }
  } catch (error) {
    // Two deliveries of one payment raced: the unique externalId let one in; the other is a replay.
    if (error instanceof ValidationError) {
      const winner = await findByExternalId(payload, donation.externalId, req)
      if (winner && !isRefund(winner)) return { status: 'duplicate', donation: winner }
    }
    throw error
  }
}

/**
 * Record a refund of a donation as its own ledger entry, exactly once per
 * `refundId`; the ledger's hooks take the amount back from the appeal in the
 * same transaction (and the count, once the donation is refunded in full).
 *
 * Throws APIError 404 (no such donation), 409 (already refunded in full, more
 * than remains, or the refundId names a donation).
 */
export const recordRefund = async ({
  payload,
  req,
  input,
}: {
  payload: Payload
  req?: Partial<PayloadRequest>
  input: RefundInput
}): Promise<RecordDonationResult> => {
  const earlier = await findByExternalId(payload, input.refundId, req)
  if (earlier) {
    if (!isRefund(earlier)) {
      throw new APIError(
        `refundId ${JSON.stringify(input.refundId)} is the externalId of a donation, not of a refund: send the refund's own id.`,
        409,
        null,
        true,
      )
    }
    return { status: 'duplicate', donation: earlier }
  }
  const original = await findByExternalId(payload, input.externalId, req)
  if (!original || isRefund(original)) {
    throw new APIError(
      `No donation has the externalId ${JSON.stringify(input.externalId)}: a refund names the donation it refunds by that donation's externalId.`,
      404,
      null,
      true,
    )
  }
  try {
    const created = await payload.create({
      collection: ledgerSlugs(payload).donations,
      data: {
        type: 'refund',
        refundOf: original.id,
        externalId: input.refundId,
        amount: input.amount ?? undefined,
        receivedAt: input.receivedAt,
        source: 'webhook',
      } as never,
      depth: 0,
      // System task: the sender was authenticated by the caller and there is no user whose rights apply.
      overrideAccess: true,
      req,
    })
    return { status: 'recorded', donation: created }
  } catch (error) {
    // Two deliveries of one refund raced: the first took the donation's lock and recorded it; the
    // other then found nothing left to refund (409) or hit the unique externalId. It is a replay.
    if (error instanceof ValidationError || (error instanceof APIError && error.status === 409)) {
      const winner = await findByExternalId(payload, input.refundId, req)
      if (winner && isRefund(winner)) return { status: 'duplicate', donation: winner }
    }
    throw error
  }
}
