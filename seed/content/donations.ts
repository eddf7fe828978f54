import type { GiftAidDeclarationInput } from 'payload-plugin-charity/server'

import type { SeedContext, SeedRefs } from '../context.ts'
import type { SampleDeclaration } from './appeals.ts'

import { charityContext } from 'payload-plugin-charity'
import { declarationsSlug, idOf, recordDonation } from 'payload-plugin-charity/server'

import { count } from '../context.ts'
import { daysBefore } from '../dates.ts'
import { SAMPLE_DECLARATIONS, SUPPORT_US_DONATIONS } from './appeals.ts'

/** The declaration as a payment platform sends it with a gift (the webhook's `giftAid` object). */
const asSent = (ctx: SeedContext, d: SampleDeclaration): GiftAidDeclarationInput => ({
  title: d.title,
  firstName: d.firstName,
  lastName: d.lastName,
  house: d.house,
  postcode: d.postcode,
  country: 'GB',
  scope: d.scope,
  // The newest wording this server knows: the one a donor would see today.
  wordingVersion: Object.keys(charityContext(ctx.payload).giftAid.wordings).sort().at(-1) ?? '',
  declaredAt: daysBefore(ctx.now, d.daysAgo).toISOString(),
  method: d.method,
})

/**
 * What is added to a declaration after it was made (an oral one's written
 * record, a cancellation), as staff would add it in the admin; only what is
 * still missing, so a second run writes nothing. True when it wrote.
 */
const addLaterRecords = async (
  ctx: SeedContext,
  declarationId: number | string,
  d: SampleDeclaration,
): Promise<boolean> => {
  const slug = declarationsSlug({ payload: ctx.payload })
  if (!slug) return false
  // System task (seed): declarations are admin-only and there is no visitor.
  const stored = await ctx.payload.findByID({
    collection: slug,
    id: declarationId,
    depth: 0,
    overrideAccess: true,
  })
  const data: Record<string, string> = {}
  if (d.writtenConfirmationDaysAgo !== undefined && !stored.writtenConfirmationSentAt) {
    data.writtenConfirmationSentAt = daysBefore(ctx.now, d.writtenConfirmationDaysAgo).toISOString()
  }
  if (d.cancelled && !stored.cancelledAt) {
    data.cancelledAt = daysBefore(ctx.now, d.cancelled.daysAgo).toISOString()
    data.cancellationReason = d.cancelled.reason
  }
  if (!Object.keys(data).length) return false
  await ctx.payload.update({
    collection: slug,
    id: declarationId,
    data,
    depth: 0,
    overrideAccess: true,
  })
  return true
}

/**
 * Gifts to "Support us", through the same ledger function the webhook uses,
 * so the appeal's totals are the ledger's sum and nothing else, and the Gift
 * Aid declarations are stored (or, for a donor giving again, reused) by the
 * ledger's own hook. Fixed external ids make a second run a replay: counted
 * once, ever.
 */
export const seedDonations = async (ctx: SeedContext, refs: SeedRefs): Promise<void> => {
  const withGiftAid = declarationsSlug({ payload: ctx.payload }) !== null
  // Each sample declaration: whether this run made or completed it, and its id.
  const declarations = new Map<
    keyof typeof SAMPLE_DECLARATIONS,
    { changed: boolean; id: null | number | string }
  >()
  for (const gift of SUPPORT_US_DONATIONS) {
    const declaration = withGiftAid && gift.declaration ? gift.declaration : null
    // A sample donor's later gifts name their declaration by id: the seed's donors have no
    // email, and without one the same details are not taken for the same person.
    const onFile = declaration ? declarations.get(declaration)?.id : null
    const { status, donation } = await recordDonation({
      payload: ctx.payload,
      input: {
        externalId: gift.externalId,
        appeal: refs.appeals.supportUs,
        amount: gift.amount,
        currency: 'GBP',
        ...(onFile !== null && onFile !== undefined
          ? { giftAidDeclaration: onFile }
          : {
              giftAid: declaration
                ? asSent(ctx, SAMPLE_DECLARATIONS[declaration])
                : (gift.giftAid ?? Boolean(gift.declaration)),
            }),
        donorName: gift.donorName ?? null,
        anonymous: gift.anonymous ?? false,
        receivedAt: daysBefore(ctx.now, gift.daysAgo).toISOString(),
        source: 'import',
      },
    })
    count(ctx, 'donations', status === 'recorded' ? 'created' : 'existing')
    if (declaration && !declarations.has(declaration)) {
      declarations.set(declaration, {
        changed: status === 'recorded',
        id: idOf((donation as { giftAidDeclaration?: unknown }).giftAidDeclaration),
      })
    }
  }
  for (const [key, { changed, id }] of declarations) {
    const added = id !== null && (await addLaterRecords(ctx, id, SAMPLE_DECLARATIONS[key]))
    count(ctx, 'gift-aid-declarations', changed || added ? 'created' : 'existing')
  }
}
