import type { CollectionConfig } from 'payload'

import { ADMIN_COMPONENTS } from '../../src/components/paths.ts'
import { editorialAccess } from '../../src/access/editorialAccess.ts'
import { nobody } from '../../src/access/nobody.ts'
import { createdByField } from '../../src/fields/createdBy.ts'
import { metaField } from '../../src/fields/meta.ts'
import { validateCurrency, validateMinorUnits } from '../../src/fields/money.ts'
import { contentEditor } from '../../src/fields/richText.ts'
import { slugField } from '../../src/fields/slug.ts'
import { validateHttpsUrl } from '../../src/fields/url.ts'
import { preventAuthorPublishing } from '../../src/hooks/preventAuthorPublishing.ts'
import { keepAuthorsToDrafts } from '../../src/hooks/keepAuthorsToDrafts.ts'
import { setCreatedBy } from '../../src/hooks/setCreatedBy.ts'
import { LINKABLE, MAX_VERSIONS_PER_DOC, SLUGS } from '../../src/slugs.ts'
import { computeIsOpen, computeProgressPercent } from './hooks/computeProgress.ts'
import { selectProgressInputs } from './hooks/selectProgressInputs.ts'
import { keepAppealsWithDonations, noteDraftRead, showLiveTotalsOnDrafts } from './hooks/liveTotals.ts'

const OWNER_FIELDS = ['createdBy']

/** Kept by the donations ledger only: no API client writes these. */
const ledgerOnly = { create: nobody, update: nobody }

export const DonationAppeals: CollectionConfig = {
  slug: SLUGS.donationAppeals,
  labels: { singular: 'Donation appeal', plural: 'Donation appeals' },
  admin: {
    group: 'Fundraising',
    useAsTitle: 'title',
    // The progress cell already shows raised and target in money; raw pence columns would only confuse.
    defaultColumns: ['title', 'progressPercent', 'donationCount', 'closesAt', '_status'],
    listSearchableFields: ['title', 'slug', 'summary'],
  },
  access: editorialAccess({ ownerFields: OWNER_FIELDS }),
  defaultPopulate: {
    title: true,
    slug: true,
    heroImage: true,
    currency: true,
    targetAmount: true,
    raisedAmount: true,
    progressPercent: true,
    isOpen: true,
    donateUrl: true,
  },
  versions: { maxPerDoc: MAX_VERSIONS_PER_DOC, drafts: { autosave: { interval: 2000 } } },
  hooks: {
    beforeOperation: [keepAuthorsToDrafts, selectProgressInputs],
    beforeChange: [preventAuthorPublishing, setCreatedBy],
    afterRead: [showLiveTotalsOnDrafts],
    beforeDelete: [keepAppealsWithDonations],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    { name: 'heroImage', type: 'upload', relationTo: SLUGS.media },
    { name: 'story', type: 'richText', localized: true, editor: contentEditor({ media: SLUGS.media, linkable: LINKABLE }) },
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
        {
          name: 'targetAmount',
          type: 'number',
          required: true,
          validate: validateMinorUnits,
          admin: { description: 'In minor units (pence): 500000 is £5,000.', step: 1 },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        // Moved only by the donations ledger (src/donations); drafts show the live values (hooks/liveTotals.ts).
        {
          name: 'raisedAmount',
          type: 'number',
          defaultValue: 0,
          access: ledgerOnly,
          admin: { readOnly: true },
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
        {
          name: 'progressPercent',
          label: 'Progress',
          type: 'number',
          virtual: true,
          admin: {
            readOnly: true,
            components: { Cell: ADMIN_COMPONENTS.appealProgressCell, Field: ADMIN_COMPONENTS.appealProgressField },
          },
          hooks: { afterRead: [computeProgressPercent] },
        },
      ],
    },
    {
      name: 'suggestedAmounts',
      type: 'array',
      admin: { description: 'Amounts offered on the donate form, each with what it pays for.' },
      fields: [
        { type: 'row', fields: [
          { name: 'amount', type: 'number', required: true, validate: validateMinorUnits },
          { name: 'impact', type: 'text', localized: true },
        ] },
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
          validate: (value: Date | null | string | undefined, { siblingData }: { siblingData: { opensAt?: string } }) =>
            value && siblingData?.opensAt && new Date(value) <= new Date(siblingData.opensAt)
              ? 'closesAt must be after opensAt.'
              : true,
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
    { name: 'giftAidEligible', type: 'checkbox', defaultValue: true, admin: { description: 'UK taxpayers may add Gift Aid.' } },
    metaField(SLUGS.media),
    slugField(),
    { name: 'campaign', type: 'relationship', relationTo: SLUGS.campaigns, index: true, admin: { position: 'sidebar' } },
    createdByField(SLUGS.users),
  ],
}
