import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../../src/options.ts'

import { isAdmin, isAdminFieldLevel } from '../../src/access/isAdmin.ts'
import { isEditorOrAdmin } from '../../src/access/isEditorOrAdmin.ts'
import { DONATION_SOURCES } from '../../src/donations/input.ts'
import { donationsWebhook } from '../../src/endpoints/donationsWebhook.ts'
import { reconcileEndpoints } from '../../src/endpoints/reconcileDonations.ts'
import { moneyField, validateCurrency } from '../../src/fields/money.ts'
import { checkLedgerEntry } from './hooks/checkLedgerEntry.ts'
import { fillLedgerDefaults } from './hooks/fillLedgerDefaults.ts'
import { commitLedgerTransaction, openLedgerTransaction } from './hooks/ledgerTransaction.ts'
import { countInAppeal, refundFromAppeal } from './hooks/moveAppealTotals.ts'

/** Who gave is for admins only: editors see the money, not the people. */
const donorDetail = { read: isAdminFieldLevel }

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
    defaultColumns: ['receivedAt', 'appeal', 'amount', 'currency', 'source', 'giftAid'],
    description:
      'The ledger behind every appeal total. Deleting a donation refunds it from its appeal; to correct one, delete it and record it again.',
  },
  access: {
    read: isEditorOrAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  defaultSort: '-receivedAt',
  // A copy would share the original's externalId, the one thing that must be unique.
  disableDuplicate: true,
  // Payload's edit-lock check queries outside the request's transaction; under a burst of refunds on
  // PostgreSQL that starves the connection pool while the transactions hold row locks. Ledger rows are
  // not edited like pages, so they need no edit locks.
  lockDocuments: false,
  hooks: {
    beforeOperation: [openLedgerTransaction],
    beforeValidate: [fillLedgerDefaults],
    beforeChange: [checkLedgerEntry],
    afterChange: [countInAppeal],
    beforeDelete: [refundFromAppeal],
    afterOperation: [commitLedgerTransaction],
  },
  endpoints: [donationsWebhook(ctx.donationsWebhookSecret), ...reconcileEndpoints],
  fields: [
    {
      name: 'appeal',
      type: 'relationship',
      // Never null here: the plugin refuses a donations ledger without appeals.
      relationTo: ctx.slugs.donationAppeals as string,
      required: true,
      index: true,
      maxDepth: 0,
    },
    {
      type: 'row',
      fields: [
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
          admin: { description: 'The donor made a Gift Aid declaration.' },
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
  ],
})
