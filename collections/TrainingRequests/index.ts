import type { CollectionConfig, Validate } from 'payload'

import type { CharityContext } from '../../src/context.ts'

import { anyone } from '../../src/access/anyone.ts'
import { isAdmin } from '../../src/access/isAdmin.ts'
import { isEditorOrAdmin, isEditorOrAdminFieldLevel } from '../../src/access/isEditorOrAdmin.ts'
import { nobody } from '../../src/access/nobody.ts'
import { staffOrRegionalCoordinator } from '../../src/access/trainingRequestReaders.ts'
import { ADMIN_COMPONENTS } from '../../src/components/paths.ts'
import { REGIONS, TRAINING_REQUEST_LIMITS } from '../../src/defaults.ts'
import { trainingRequestForm } from '../../src/endpoints/trainingRequestForm.ts'
import { normaliseEmail } from '../../src/privacy/normaliseEmail.ts'
import { notifyRegion } from './hooks/notifyRegion.ts'
import { recordConsent } from './hooks/recordConsent.ts'
import { trackClosedAt } from './hooks/trackClosedAt.ts'

export const REQUEST_STATUSES = ['new', 'contacted', 'scheduled', 'completed', 'declined'] as const

/**
 * Required while the request holds personal details; empty once the retention
 * job has erased them (`erasedAt`), which is why these are not `required`.
 */
const requiredUntilErased =
  (message: string): Validate =>
  (value, { siblingData }) =>
    value !== null && value !== undefined && value !== ''
      ? true
      : (siblingData as { erasedAt?: unknown }).erasedAt
        ? true
        : message

/** Only editors and admins manage a request; whoever may read it sees how it stands. */
const staffManaged = { create: isEditorOrAdminFieldLevel, update: isEditorOrAdminFieldLevel }
const systemOnly = { create: nobody, update: nobody }

const { minAttendees, maxAttendees, messageMaxLength, shortTextMaxLength } = TRAINING_REQUEST_LIMITS

/**
 * "Run the training day in our community": requests from anyone, through the
 * public form (`POST /api/training-requests`). Personal data: read only by
 * editors, admins and the coordinators of the request's region; erased a set
 * time after the request is closed (see src/trainingRequests/retention.ts).
 */
export const trainingRequestsCollection = (
  ctx: CharityContext,
  slug: string,
): CollectionConfig<'training-requests'> => ({
  slug,
  labels: { singular: 'Training request', plural: 'Training requests' },
  admin: {
    group: 'Community',
    useAsTitle: 'town',
    defaultColumns: [
      'createdAt',
      'town',
      'region',
      'expectedAttendees',
      'requestStatus',
      'assignedTo',
    ],
    listSearchableFields: ['town', 'name', 'organisation'],
    description:
      'Requests to run the training day in a community, sent from the website. Contact details are erased a set time after a request is closed.',
    components: { beforeList: [ADMIN_COMPONENTS.trainingRequestStatusFilters] },
  },
  // The admin's list: newest first, by status (the shortcuts above it) or by region (a coordinator's view).
  indexes: [
    { fields: ['requestStatus', 'createdAt'] },
    { fields: ['region', 'createdAt'] },
    // A subject access request finds a person's requests by email.
    { fields: ['email', 'createdAt'] },
  ],
  access: {
    // With the plugin's behaviour off there is no public form (its checks, honeypot and consent
    // record are endpoint and hooks), so Payload's plain create would be open: staff only then.
    create: ctx.disabled ? isEditorOrAdmin : anyone,
    read: staffOrRegionalCoordinator(ctx.slugs.groups),
    update: isEditorOrAdmin,
    delete: isAdmin,
  },
  // Requests come in through the rate-limited REST form only, never as GraphQL mutations.
  graphQL: { disableMutations: true },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  endpoints: [trainingRequestForm(slug)],
  hooks: {
    beforeChange: [recordConsent(ctx.trainingRequests.consent.version), trackClosedAt],
    afterChange: [notifyRegion(ctx, slug)],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'requestStatus',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'new',
          access: staffManaged,
          options: [
            { label: 'New', value: 'new' },
            { label: 'Contacted', value: 'contacted' },
            { label: 'Scheduled', value: 'scheduled' },
            { label: 'Completed', value: 'completed' },
            { label: 'Declined', value: 'declined' },
          ],
        },
        {
          name: 'assignedTo',
          type: 'relationship',
          relationTo: ctx.slugs.users,
          index: true,
          access: staffManaged,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          maxLength: shortTextMaxLength,
          validate: requiredUntilErased('Give the name of the person asking.'),
        },
        {
          name: 'email',
          type: 'email',
          hooks: { beforeValidate: [normaliseEmail] },
          validate: requiredUntilErased('Give an email address to reply to.'),
          // Subject access requests find a person's requests by email.
          index: true,
        },
        { name: 'phone', type: 'text', maxLength: TRAINING_REQUEST_LIMITS.phoneMaxLength },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'organisation', type: 'text', maxLength: shortTextMaxLength },
        { name: 'town', type: 'text', required: true, maxLength: shortTextMaxLength },
        {
          name: 'region',
          type: 'select',
          required: true,
          index: true,
          options: REGIONS.map((region) => ({ ...region })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'preferredDates',
          type: 'text',
          maxLength: shortTextMaxLength,
          validate: requiredUntilErased('Say when the training could happen.'),
        },
        {
          name: 'expectedAttendees',
          type: 'number',
          required: true,
          min: minAttendees,
          max: maxAttendees,
          admin: { step: 1 },
          validate: (value: null | number | undefined) =>
            typeof value === 'number' &&
            Number.isInteger(value) &&
            value >= minAttendees &&
            value <= maxAttendees
              ? true
              : `Expected attendees is a whole number from ${minAttendees} to ${maxAttendees}.`,
        },
      ],
    },
    {
      name: 'message',
      type: 'textarea',
      maxLength: messageMaxLength,
      validate: requiredUntilErased('Say what you would like from the training day.'),
    },
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      validate: (value: boolean | null | undefined) =>
        value === true
          ? true
          : 'The person asking must agree that we store their details to contact them.',
      admin: { description: ctx.trainingRequests.consent.wording },
    },
    {
      name: 'notes',
      type: 'textarea',
      access: staffManaged,
      admin: { description: 'For staff: calls, emails, what was agreed.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'consentVersion',
          type: 'text',
          access: systemOnly,
          admin: { readOnly: true, description: 'The consent wording agreed to.' },
        },
        {
          name: 'consentedAt',
          type: 'date',
          access: systemOnly,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'closedAt',
          type: 'date',
          index: true,
          access: systemOnly,
          admin: {
            readOnly: true,
            description: 'When it was completed or declined.',
            date: { pickerAppearance: 'dayAndTime' },
          },
        },
        {
          name: 'erasedAt',
          type: 'date',
          index: true,
          access: systemOnly,
          admin: {
            readOnly: true,
            description: 'When the contact details were erased.',
            date: { pickerAppearance: 'dayAndTime' },
          },
        },
      ],
    },
  ],
})
