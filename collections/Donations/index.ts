import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../../src/context.ts'

import { isAdmin, isAdminFieldLevel } from '../../src/access/isAdmin.ts'
import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin.ts'
import { nobody } from '../../src/access/nobody.ts'
import { slugInConfig } from '../../src/context.ts'
import { donationsWebhook } from '../../src/endpoints/donationsWebhook.ts'
import { reconcileEndpoints } from '../../src/endpoints/reconcileDonations.ts'
import { moneyField, validateCurrency } from '../../src/fields/money.ts'
import { linkGiftAidDeclaration } from '../../src/giftAid/hooks/linkGiftAidDeclaration.ts'
import {
  checkLedgerEntry,
  commitLedgerTransaction,
  countInAppeal,
  DONATION_SOURCES,
  fillLedgerDefaults,
  LEDGER_ENTRY_TYPES,
  lockAppealBeforeEntry,
  openLedgerTransaction,
  refuseDeletion,
} from '../../src/ledger/index.ts'
import { normaliseEmail } from '../../src/privacy/normaliseEmail.ts'

/** Who gave is for admins only: editors see the money, not the people. */
const donorDetail = { read: isAdminFieldLevel }

/** Kept by the Gift Aid claim export only; admins read it. */
const claimRecord = { read: isAdminFieldLevel, create: nobody, update: nobody }

/**
 * The private donations ledger: one row per payment, the source of truth for
 * every appeal's `raisedAmount` and `donationCount`. Payment platforms write
 * through the signed webhook (`POST /api/donations/webhook`, added by the
 * plugin with its secret); staff may record or refund by hand.
 */
export const donationsCollection = (
  ctx: CharityContext,
  slug: string,
): CollectionConfig<'donations'> => ({
  slug,
  labels: { singular: 'Donation', plural: 'Donations' },
  admin: {
    group: 'Fundraising',
    defaultColumns: ['receivedAt', 'type', 'appeal', 'amount', 'currency', 'source', 'giftAid'],
    description:
      'The ledger behind every appeal total. Append-only: entries are never deleted or re-counted. To refund a donation, record a new entry of type Refund pointing at it; to correct one, refund it and record it again.',
  },
  access: {
    read: isEditorOrAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  defaultSort: '-receivedAt',
  // The admin's and the privacy tools' lookups, each in the list's own order (the plan guard checks).
  indexes: [
    { fields: ['refundOf', 'receivedAt'] },
    { fields: ['donorEmail', 'receivedAt'] },
    { fields: ['giftAidClaimBatch', 'receivedAt'] },
  ],
  // A copy would share the original's externalId, the one thing that must be unique.
  disableDuplicate: true,
  // Payload's edit-lock check queries outside the request's transaction; under a burst of refunds on
  // PostgreSQL that starves the connection pool while the transactions hold row locks. Ledger rows are
  // not edited like pages, so they need no edit locks.
  lockDocuments: false,
  // The ledger's own hooks (src/ledger), and Gift Aid's link inside its transaction.
  hooks: {
    beforeOperation: [openLedgerTransaction],
    beforeValidate: [fillLedgerDefaults],
    beforeChange: [checkLedgerEntry, linkGiftAidDeclaration, lockAppealBeforeEntry],
    afterChange: [countInAppeal],
    beforeDelete: [refuseDeletion],
    afterOperation: [commitLedgerTransaction],
  },
  endpoints: [donationsWebhook(ctx.donationsWebhookSecret), ...reconcileEndpoints],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          // Not `required`, so GraphQL and older senders may leave it out: a donation by default.
          defaultValue: 'donation',
          index: true,
          options: LEDGER_ENTRY_TYPES.map((value) => ({
            label: value[0].toUpperCase() + value.slice(1),
            value,
          })),
          admin: { description: 'A refund takes its amount back from the donation it names.' },
        },
        {
          name: 'refundOf',
          label: 'Refund of',
          type: 'relationship',
          relationTo: slug,
          index: true,
          maxDepth: 0,
          admin: {
            condition: (data) => data?.type === 'refund',
            description:
              'The donation this refunds. Its appeal and currency are filled in; leave the amount empty to refund what remains.',
          },
        },
      ],
    },
    {
      name: 'appeal',
      type: 'relationship',
      // The registry entry requires appeals: start-up refuses a ledger without them.
      relationTo: slugInConfig(ctx, 'donationAppeals'),
      // Not `required` in the admin, so a refund may leave it out: fillLedgerDefaults takes the donation's.
      required: true,
      index: true,
      maxDepth: 0,
    },
    {
      type: 'row',
      fields: [
        // On a refund, fillLedgerDefaults fills in what remains before validation runs.
        moneyField({ name: 'amount', currencyField: 'currency', required: true }),
        {
          name: 'currency',
          type: 'text',
          required: true,
          maxLength: 3,
          validate: validateCurrency,
          admin: {
            description: "ISO 4217; must be the appeal's currency. Left empty, it is the appeal's.",
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'select',
          required: true,
          defaultValue: 'manual',
          options: DONATION_SOURCES.map((value) => ({
            label: value[0].toUpperCase() + value.slice(1),
            value,
          })),
        },
        {
          name: 'receivedAt',
          type: 'date',
          // Not `required`, so GraphQL and the admin may leave it out: the default fills it.
          index: true,
          defaultValue: () => new Date().toISOString(),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'externalId',
      type: 'text',
      // Not `required`, so staff may leave it out: fillLedgerDefaults makes one up before validation.
      unique: true,
      index: true,
      maxLength: 255,
      access: donorDetail,
      admin: {
        description:
          "The payment platform's id for this payment (e.g. a Stripe charge): a repeat delivery is counted once. Left empty for a manual entry, one is made up.",
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'giftAid',
          type: 'checkbox',
          defaultValue: false,
          admin: {
            description:
              'The donor ticked Gift Aid. Only a linked declaration (below) makes the gift claimable.',
          },
        },
        {
          name: 'anonymous',
          type: 'checkbox',
          defaultValue: false,
          admin: { description: 'The donor asked not to be named anywhere public.' },
        },
      ],
    },
    { name: 'donorName', type: 'text', maxLength: 200, access: donorDetail },
    {
      name: 'donorEmail',
      type: 'email',
      index: true,
      access: donorDetail,
      hooks: { beforeValidate: [normaliseEmail] },
      admin: { description: 'Optional; how a subject access request finds this donor.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'donorConsentToContact',
          type: 'checkbox',
          defaultValue: false,
          access: donorDetail,
          admin: { description: 'The donor agreed to be contacted by the charity.' },
        },
        {
          name: 'consentWordingVersion',
          type: 'text',
          maxLength: 50,
          access: donorDetail,
          admin: { description: 'The version of the consent wording the donor agreed to.' },
        },
      ],
    },
    // Left out with the declarations collection (a host without Gift Aid).
    ...(ctx.slugs.giftAidDeclarations
      ? [
          {
            name: 'giftAidDeclaration',
            type: 'relationship' as const,
            relationTo: ctx.slugs.giftAidDeclarations,
            index: true,
            maxDepth: 0,
            access: donorDetail,
            admin: {
              description:
                'The Gift Aid declaration covering this gift; only a linked one is claimed.',
            },
          },
        ]
      : []),
    {
      type: 'row',
      fields: [
        {
          name: 'giftAidClaimedAt',
          type: 'date',
          index: true,
          access: claimRecord,
          admin: { readOnly: true, description: 'Set by the Gift Aid claim export.' },
        },
        {
          name: 'giftAidClaimBatch',
          type: 'text',
          index: true,
          access: claimRecord,
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'notes',
      type: 'textarea',
      maxLength: 2000,
      access: donorDetail,
    },
  ],
})
