import type { CollectionBeforeValidateHook } from 'payload'

import type { CharityContext } from '../../../src/context.ts'

import {
  isUkPostcode,
  normalisePostcode,
  personKeyOf,
  UK_COUNTRY,
} from '../../../src/giftAid/declaration.ts'

/**
 * A new declaration stores the exact wording of its version, its postcode in
 * HMRC's form, and the key that finds the same person at the same address.
 */
export const fillDeclaration =
  (ctx: CharityContext): CollectionBeforeValidateHook =>
  ({ data, operation }) => {
    if (operation !== 'create' || !data) return data
    data.country = typeof data.country === 'string' ? data.country.trim().toUpperCase() : UK_COUNTRY
    if (
      typeof data.postcode === 'string' &&
      data.country === UK_COUNTRY &&
      isUkPostcode(data.postcode)
    ) {
      data.postcode = normalisePostcode(data.postcode)
    }
    if (typeof data.wordingVersion === 'string') {
      data.wording = ctx.giftAid.wordings[data.wordingVersion] ?? null
    }
    if (typeof data.donorEmail === 'string') data.donorEmail = data.donorEmail.trim().toLowerCase()
    data.personKey = personKeyOf(data)
    return data
  }
