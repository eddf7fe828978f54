import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../../src/context.ts'

import { isAdmin } from '../../src/access/isAdmin.ts'
import { nobody } from '../../src/access/nobody.ts'
import { giftAidClaimEndpoints } from '../../src/endpoints/giftAidClaim.ts'
import {
  GIFT_AID_METHODS,
  GIFT_AID_SCOPES,
  UK_COUNTRY,
  isUkPostcode,
} from '../../src/giftAid/declaration.ts'
import { normaliseEmail } from '../../src/privacy/normaliseEmail.ts'
import { keepDeclarationsAppendOnly, keepDeclarationsClaimsRelyOn } from './hooks/appendOnly.ts'
import { fillDeclaration } from './hooks/fillDeclaration.ts'

const label = (value: string) => (value[0].toUpperCase() + value.slice(1)).replace(/-/g, ' ')

/** Written by the system only; admins read it. */
const systemOnly = { create: nobody, update: nobody }

/**
 * Gift Aid declarations: who said yes to Gift Aid, at which address, in which
 * words, for which gifts. Admins only (personal data HMRC may audit).
 * Append-only: a new name or address is a new declaration that supersedes the
 * old; only cancellation and the oral declaration's written record are added
 * later. See docs/data-protection.md.
 */
export const giftAidDeclarationsCollection = (
  ctx: CharityContext,
  slug: string,
): CollectionConfig<'gift-aid-declarations'> => ({
  slug,
  labels: { singular: 'Gift Aid declaration', plural: 'Gift Aid declarations' },
  graphQL: { singularName: 'GiftAidDeclaration', pluralName: 'GiftAidDeclarations' },
  admin: {
    group: 'Fundraising',
    useAsTitle: 'lastName',
    defaultColumns: ['lastName', 'firstName', 'postcode', 'scope', 'declaredAt', 'cancelledAt'],
    description:
      'Append-only: for a new name or address, add a new declaration that supersedes this one. Cancel rather than delete; declarations a claim relies on are kept six years after the last claim.',
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: '-declaredAt',
  disableDuplicate: true,
  lockDocuments: false,
  hooks: {
    beforeValidate: [fillDeclaration(ctx)],
    beforeChange: [keepDeclarationsAppendOnly],
    beforeDelete: [keepDeclarationsClaimsRelyOn],
  },
  endpoints: giftAidClaimEndpoints,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', maxLength: 35 },
        { name: 'firstName', type: 'text', required: true, maxLength: 35 },
        { name: 'lastName', type: 'text', required: true, maxLength: 35 },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'house',
          label: 'House name or number',
          type: 'text',
          required: true,
          maxLength: 40,
        },
        {
          name: 'postcode',
          type: 'text',
          maxLength: 10,
          validate: (
            value: null | string | undefined,
            { data }: { data: Partial<{ country: null | string }> },
          ) => {
            const uk = (data?.country ?? UK_COUNTRY) === UK_COUNTRY
            if (!value) return uk ? 'A UK address needs its postcode.' : true
            return !uk || isUkPostcode(value)
              ? true
              : `"${value}" is not a UK postcode (e.g. SW1A 1AA).`
          },
        },
        {
          name: 'country',
          type: 'text',
          required: true,
          defaultValue: UK_COUNTRY,
          maxLength: 2,
          validate: (value: null | string | undefined) =>
            value && /^[A-Z]{2}$/.test(value) ? true : 'A two-letter ISO 3166 code such as GB.',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'scope',
          type: 'select',
          required: true,
          options: GIFT_AID_SCOPES.map((value) => ({ label: label(value), value })),
        },
        {
          name: 'method',
          type: 'select',
          required: true,
          defaultValue: 'online',
          options: GIFT_AID_METHODS.map((value) => ({ label: label(value), value })),
        },
        {
          name: 'declaredAt',
          type: 'date',
          required: true,
          index: true,
          defaultValue: () => new Date().toISOString(),
        },
      ],
    },
    {
      name: 'writtenConfirmationSentAt',
      type: 'date',
      admin: {
        condition: (data) => data?.method === 'oral',
        description:
          'An oral declaration counts once its written record has been sent to the donor.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'wordingVersion',
          type: 'text',
          required: true,
          maxLength: 50,
          validate: (value: null | string | undefined) =>
            value && ctx.giftAid.wordings[value]
              ? true
              : `The version of the wording the donor saw: one of ${Object.keys(ctx.giftAid.wordings).join(', ')}.`,
          admin: { description: 'Which version of the declaration wording the donor agreed to.' },
        },
        {
          name: 'wording',
          type: 'textarea',
          admin: {
            readOnly: true,
            description: 'The exact words the donor agreed to (from the version).',
          },
        },
      ],
    },
    {
      name: 'donorEmail',
      type: 'email',
      index: true,
      hooks: { beforeValidate: [normaliseEmail] },
      admin: { description: 'Optional: how a subject access request finds this declaration.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'cancelledAt', type: 'date', index: true },
        { name: 'cancellationReason', type: 'text', maxLength: 200 },
      ],
    },
    {
      name: 'supersedes',
      type: 'relationship',
      relationTo: slug,
      maxDepth: 0,
      admin: { description: 'The earlier declaration (old name or address) this one replaces.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'lastClaimedAt',
          type: 'date',
          index: true,
          access: systemOnly,
          admin: { readOnly: true, description: 'Kept six years after this date.' },
        },
        { name: 'erasedAt', type: 'date', access: systemOnly, admin: { readOnly: true } },
      ],
    },
    {
      name: 'personKey',
      type: 'text',
      index: true,
      access: systemOnly,
      admin: { hidden: true },
    },
  ],
})
