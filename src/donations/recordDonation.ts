import type { DataFromCollectionSlug, Payload, PayloadRequest } from 'payload'

import type { CheckedDonation, DonationInput } from './input.ts'

import { APIError, ValidationError } from 'payload'

import { findAppeal } from './appeals.ts'
import { checkDonationInput } from './input.ts'
import { ledgerSlugs } from './slugs.ts'

export type Donation = DataFromCollectionSlug<'donations'>

export type RecordDonationArgs = {
  payload: Payload
  /** The request this runs for, if any: its transaction and locale are used. */
  req?: Partial<PayloadRequest>
  input: DonationInput
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
    collection: ledgerSlugs(payload).donations as 'donations',
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
  const donation: CheckedDonation = checkDonationInput(input)

  // A replay is answered from the ledger before anything else is looked at.
  const earlier = await findByExternalId(payload, donation.externalId, req)
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

  try {
    const created = await payload.create({
      collection: ledgerSlugs(payload).donations as 'donations',
      data: { ...donation, appeal: appeal.id },
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
      if (winner) return { status: 'duplicate', donation: winner }
    }
    throw error
  }
}
