import type { CollectionBeforeChangeHook } from 'payload'

import type { GiftAidDeclarationInput } from '../declaration.ts'

import { APIError } from 'payload'

import { idOf } from '../../utilities/idOf.ts'
import { DECLARATION_INPUT } from '../context.ts'
import { checkDeclarationLink, storeOrReuseDeclaration } from '../declarations.ts'

/**
 * A donation sent with a declaration links to it (stored, or the same
 * person's one reused) in the ledger's transaction; a declaration named by id
 * must exist, and one made for a single gift covers that gift only. A claimed
 * donation keeps the declaration it was claimed on.
 */
export const linkGiftAidDeclaration: CollectionBeforeChangeHook = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create') {
    const input = context[DECLARATION_INPUT] as GiftAidDeclarationInput | undefined
    if (input && data.type !== 'refund') {
      delete context[DECLARATION_INPUT]
      data.giftAidDeclaration = await storeOrReuseDeclaration(
        req,
        input,
        typeof data.donorEmail === 'string' ? data.donorEmail : null,
      )
      data.giftAid = true
      return data
    }
  }
  if (!('giftAidDeclaration' in data)) return data
  const next = idOf(data.giftAidDeclaration)
  const before = idOf(originalDoc?.giftAidDeclaration)
  if (operation === 'update' && String(next) === String(before)) return data
  if (originalDoc?.giftAidClaimedAt) {
    throw new APIError(
      'This donation has been claimed for Gift Aid: its declaration stays as claimed.',
      400,
      null,
      true,
    )
  }
  if (next === null) return data
  if (data.type === 'refund' || originalDoc?.type === 'refund') {
    throw new APIError('A refund carries no Gift Aid declaration.', 400, null, true)
  }
  await checkDeclarationLink(req, next, originalDoc?.id ?? null)
  data.giftAid = true
  return data
}
