import type { PayloadRequest, Where } from 'payload'

import type { GiftAidDeclarationInput } from './declaration.ts'

import { APIError } from 'payload'

import { charitySlug } from '../context.ts'
import { ledgerSlugs } from '../ledger/index.ts'
import { personKeyOf } from './declaration.ts'

export type StoredDeclaration = {
  id: number | string
  title?: null | string
  firstName?: null | string
  lastName?: null | string
  house?: null | string
  postcode?: null | string
  country?: null | string
  scope?: null | string
  method?: null | string
  declaredAt?: null | string
  writtenConfirmationSentAt?: null | string
  cancelledAt?: null | string
  lastClaimedAt?: null | string
  donorEmail?: null | string
  erasedAt?: null | string
}

/** The declarations collection under its slug in this config, or null when it is left out. */
export const declarationsSlug = (req: Pick<PayloadRequest, 'payload'>): null | string =>
  charitySlug(req.payload, 'giftAidDeclarations')

const noDeclarations = () =>
  new APIError(
    'This server keeps no Gift Aid declarations (the collection is turned off); send the donation without giftAid.',
    400,
    null,
    true,
  )

/**
 * The declaration for a donor's new declaration: the one on file for the same
 * person at the same address (not cancelled, not for one donation only) given
 * by the same donor email, or a new one. Name and address alone do not make a
 * person: two donors with the same details would share one declaration, and
 * one's export or erasure would reach the other. Without an email nothing is
 * reused. Runs in the ledger's transaction, so it is kept only with its donation.
 */
export const storeOrReuseDeclaration = async (
  req: PayloadRequest,
  input: GiftAidDeclarationInput,
  donorEmail: null | string,
): Promise<number | string> => {
  const slug = declarationsSlug(req)
  if (!slug) throw noDeclarations()
  if (input.scope !== 'this-donation' && donorEmail) {
    const where: Where = {
      and: [
        { personKey: { equals: personKeyOf(input) } },
        { donorEmail: { equals: donorEmail } },
        { scope: { not_equals: 'this-donation' } },
        { or: [{ cancelledAt: { exists: false } }, { cancelledAt: { equals: null } }] },
      ],
    }
    const { docs } = await req.payload.find({
      collection: slug,
      where,
      sort: '-declaredAt',
      limit: 1,
      depth: 0,
      select: {},
      // System lookup for a signed webhook: no user, and the donor's own declaration is matched.
      overrideAccess: true,
      req,
    })
    if (docs[0]) return docs[0].id
  }
  const created = await req.payload.create({
    collection: slug,
    data: { ...input, donorEmail },
    depth: 0,
    // System write for a signed webhook: the sender was authenticated by its signature.
    overrideAccess: true,
    req,
  })
  return created.id
}

/** Check a declaration a donation is linked to: it exists, and a one-gift declaration covers one gift. */
export const checkDeclarationLink = async (
  req: PayloadRequest,
  declarationId: number | string,
  donationId: null | number | string,
): Promise<void> => {
  const slug = declarationsSlug(req)
  if (!slug) throw noDeclarations()
  const declaration = (await req.payload.db.findOne({
    collection: slug,
    where: { id: { equals: declarationId } },
    req,
  })) as null | StoredDeclaration
  if (!declaration) {
    throw new APIError(
      `No Gift Aid declaration has the id ${JSON.stringify(declarationId)}. Send giftAid (the declaration) instead, or the id of one on file.`,
      404,
      null,
      true,
    )
  }
  if (declaration.scope === 'this-donation') {
    const other = (await req.payload.db.findOne({
      collection: ledgerSlugs(req.payload).donations,
      where: { giftAidDeclaration: { equals: declarationId } },
      req,
    })) as null | { id: number | string }
    if (other && String(other.id) !== String(donationId)) {
      throw new APIError(
        `Gift Aid declaration ${declarationId} covers one donation only (scope this-donation), and already covers donation ${other.id}. Ask the donor for a new declaration.`,
        409,
        null,
        true,
      )
    }
  }
}
