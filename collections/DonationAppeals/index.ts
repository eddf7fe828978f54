import type { CollectionConfig, Field, NumberField } from 'payload'

import type { CharityContext } from '../../src/context.ts'

import { isEditorOrAdminFieldLevel } from '../../src/access/isEditorOrAdmin.ts'
import { nobody } from '../../src/access/nobody.ts'
import { editorialParts } from '../../src/builders/editorial.ts'
import { mergeHooks } from '../../src/builders/overrides.ts'
import { ADMIN_COMPONENTS, listShortcutsComponent } from '../../src/components/paths.ts'
import { jsonLdEndpoints } from '../../src/endpoints/jsonLd.ts'
import { metaField } from '../../src/fields/meta.ts'
import { moneyComponents, moneyField, validateCurrency } from '../../src/fields/money.ts'
import { slugField } from '../../src/fields/slug.ts'
import { validateHttpsUrl } from '../../src/fields/url.ts'
import { validateAfter } from '../../src/fields/validateAfter.ts'
import {
  fillGiftAidFigures,
  noteGiftAidFigureRead,
} from '../../src/giftAid/hooks/giftAidFigures.ts'
import {
  keepAppealsWithDonations,
  lockAppealBeforeTargetChange,
  noteDraftRead,
  showLiveTotalsOnDrafts,
  storeProgressAfterSave,
} from '../../src/ledger/index.ts'
import { computeIsOpen } from './hooks/computeProgress.ts'
import { selectProgressInputs } from './hooks/selectProgressInputs.ts'

const OWNER_FIELDS = ['createdBy']

/** Kept by the donations ledger only: no API client writes these. */
const ledgerOnly = { create: nobody, update: nobody }

/**
 * A Gift Aid figure: worked out from the ledger on each read by an editor or
 * admin (src/giftAid/hooks/giftAidFigures.ts), never stored, never shown to anyone else.
 * See docs/donations.md, "What an appeal's Gift Aid could add".
 */
const giftAidFigure = (name: string, label: string, description: string): NumberField => ({
  ...moneyField({
    name,
    label,
    currencyField: 'currency',
    description,
    admin: { readOnly: true, position: 'sidebar' },
  }),
  virtual: true,
  // Nothing to check: no one writes a figure (the form sends it back on save).
  validate: () => true as const,
  access: { read: isEditorOrAdminFieldLevel, create: nobody, update: nobody },
  hooks: { afterRead: [noteGiftAidFigureRead] },
})

const GIFT_AID_ESTIMATE =
  'An estimate of what HMRC would add (25% of gifts covered by a Gift Aid declaration in force, less refunds), from the donations ledger. Staff only.'

/** Donation appeals ("Support us"), with totals the donations ledger keeps. */
export const donationAppealsCollection = (
  ctx: CharityContext,
  slug: string,
): CollectionConfig<'donation-appeals'> => {
  const editorial = editorialParts(ctx, { ownerFields: OWNER_FIELDS })
  const { slugs } = ctx
  // Only with a ledger that keeps declarations: without them no gift is claimable.
  const giftAidFigures: Field[] =
    slugs.donations && slugs.giftAidDeclarations
      ? [
          giftAidFigure(
            'giftAidPotential',
            'Gift Aid to claim',
            `${GIFT_AID_ESTIMATE} Not claimed yet: what the next claim export could bring in.`,
          ),
          giftAidFigure(
            'giftAidClaimed',
            'Gift Aid claimed',
            `${GIFT_AID_ESTIMATE} Already in a claim export.`,
          ),
        ]
      : []
  return {
    slug,
    labels: { singular: 'Donation appeal', plural: 'Donation appeals' },
    admin: {
      group: 'Fundraising',
      useAsTitle: 'title',
      defaultColumns: [
        'title',
        'targetAmount',
        'progressPercent',
        'donationCount',
        'closesAt',
        '_status',
      ],
      listSearchableFields: ['title', 'slug', 'summary'],
      components: {
        beforeList: [listShortcutsComponent('appeals', slug, 'Appeals by window and progress')],
      },
    },
    access: editorial.access,
    defaultPopulate: {
      title: true,
      slug: true,
      heroImage: true,
      currency: true,
      targetAmount: true,
      raisedAmount: true,
      donationCount: true,
      progressPercent: true,
      isOpen: true,
      donateUrl: true,
      // A page's donate box shows them: one request, at depth=1.
      suggestedAmounts: true,
    },
    // Public lists: published appeals in Payload's default order, by closing date (open appeals) or by progress.
    indexes: [
      { fields: ['_status', 'createdAt'] },
      // Newest first, as the website lists them (`sort=-opensAt`): at 10k appeals PostgreSQL otherwise
      // read and sorted every published one for a page of five (57 ms). The close date rides along so
      // "open now" (opened, not yet closed) is counted inside the index (SQLite 3.8 → 1.4 ms).
      { fields: ['_status', 'opensAt', 'createdAt', 'closesAt'] },
      { fields: ['_status', 'closesAt', 'createdAt'] },
      { fields: ['_status', 'progressPercent', 'createdAt'] },
    ],
    versions: editorial.versions,
    endpoints: jsonLdEndpoints(ctx, 'donationAppeals', slug),
    hooks: mergeHooks(editorial.hooks, {
      beforeOperation: [selectProgressInputs],
      beforeChange: [lockAppealBeforeTargetChange],
      afterChange: [storeProgressAfterSave],
      afterOperation: giftAidFigures.length
        ? [showLiveTotalsOnDrafts, fillGiftAidFigures]
        : [showLiveTotalsOnDrafts],
      beforeDelete: [keepAppealsWithDonations],
    }),
    fields: [
      { name: 'title', type: 'text', required: true, localized: true },
      { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
      ...editorial.heroImage,
      editorial.richText('story'),
      {
        type: 'row',
        fields: [
          {
            name: 'currency',
            type: 'text',
            required: true,
            defaultValue: 'GBP',
            maxLength: 3,
            validate: validateCurrency,
            admin: { description: 'ISO 4217 code, e.g. GBP.' },
          },
          moneyField({ name: 'targetAmount', currencyField: 'currency', required: true }),
        ],
      },
      {
        type: 'row',
        fields: [
          // Moved only by the donations ledger (src/ledger); drafts show the live values (its hooks/liveTotals.ts).
          {
            name: 'raisedAmount',
            type: 'number',
            defaultValue: 0,
            access: ledgerOnly,
            // In pounds beside the target, not a bare number of pence.
            admin: { readOnly: true, components: moneyComponents({ currencyField: 'currency' }) },
            hooks: { afterRead: [noteDraftRead] },
          },
          {
            name: 'donationCount',
            type: 'number',
            defaultValue: 0,
            access: ledgerOnly,
            admin: { readOnly: true },
            hooks: { afterRead: [noteDraftRead] },
          },
          // Stored and indexed so lists sort by it; kept by the system (src/ledger/storedProgress.ts).
          {
            name: 'progressPercent',
            label: 'Progress',
            type: 'number',
            defaultValue: 0,
            index: true,
            access: ledgerOnly,
            admin: {
              readOnly: true,
              components: {
                Cell: ADMIN_COMPONENTS.appealProgressCell,
                Field: ADMIN_COMPONENTS.appealProgressField,
              },
            },
          },
        ],
      },
      {
        name: 'suggestedAmounts',
        type: 'array',
        admin: { description: 'Amounts offered on the donate form, each with what it pays for.' },
        fields: [
          {
            type: 'row',
            fields: [
              moneyField({ name: 'amount', currencyField: 'currency', required: true }),
              { name: 'impact', type: 'text', localized: true },
            ],
          },
        ],
      },
      {
        name: 'donateUrl',
        type: 'text',
        validate: validateHttpsUrl,
        admin: { description: 'Where the donate button goes (payment page).' },
      },
      {
        type: 'row',
        fields: [
          { name: 'opensAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
          {
            name: 'closesAt',
            type: 'date',
            admin: { date: { pickerAppearance: 'dayAndTime' } },
            validate: validateAfter({
              start: 'opensAt',
              message: 'closesAt must be after opensAt.',
            }),
          },
          {
            name: 'isOpen',
            type: 'checkbox',
            virtual: true,
            admin: { readOnly: true },
            hooks: { afterRead: [computeIsOpen] },
          },
        ],
      },
      {
        name: 'giftAidEligible',
        type: 'checkbox',
        defaultValue: true,
        admin: { description: 'UK taxpayers may add Gift Aid.' },
      },
      ...giftAidFigures,
      metaField(slugs.media),
      slugField(),
      ...editorial.campaign,
      editorial.createdBy,
    ],
  }
}
