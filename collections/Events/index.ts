import type { CollectionConfig, DateFieldValidation, TextFieldSingleValidation } from 'payload'

import { editorialAccess } from '../../src/access/editorialAccess.ts'
import { nobody } from '../../src/access/nobody.ts'
import { createdByField } from '../../src/fields/createdBy.ts'
import { metaField } from '../../src/fields/meta.ts'
import { validateMinorUnits } from '../../src/fields/money.ts'
import { contentEditor } from '../../src/fields/richText.ts'
import { slugField } from '../../src/fields/slug.ts'
import { isHttpsUrl, validateWebUrl } from '../../src/fields/url.ts'
import { preventAuthorPublishing } from '../../src/hooks/preventAuthorPublishing.ts'
import { keepAuthorsToDrafts } from '../../src/hooks/keepAuthorsToDrafts.ts'
import { setCreatedBy } from '../../src/hooks/setCreatedBy.ts'
import { LINKABLE, MAX_VERSIONS_PER_DOC, SLUGS } from '../../src/slugs.ts'
import { eventsCalendar } from '../../src/endpoints/eventsCalendar.ts'
import { trackPublishedChanges } from './hooks/trackPublishedChanges.ts'

const OWNER_FIELDS = ['createdBy']

export const EVENT_TYPES = ['workshop', 'training', 'webinar', 'conference', 'fundraiser', 'meeting', 'other'] as const
export const ATTENDANCE_MODES = ['in-person', 'online', 'hybrid'] as const
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'] as const

const validateEndsAt: DateFieldValidation = (value, { siblingData }) => {
  const startsAt = (siblingData as { startsAt?: string }).startsAt
  if (!value) return 'Give the date and time the event ends.'
  if (startsAt && new Date(value).getTime() <= new Date(startsAt).getTime()) {
    return 'endsAt must be after startsAt.'
  }
  return true
}

const validateOnlineUrl: TextFieldSingleValidation = (value, { siblingData }) => {
  const mode = (siblingData as { attendanceMode?: string }).attendanceMode
  if (!value) {
    return mode === 'online' || mode === 'hybrid'
      ? `onlineUrl is required when attendanceMode is "${mode}".`
      : true
  }
  return isHttpsUrl(value) ? true : 'onlineUrl must be a full https:// address.'
}

const validateTimezone: TextFieldSingleValidation = (value) => {
  if (!value) return true
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value })
    return true
  } catch {
    return `"${value}" is not an IANA time zone (e.g. Europe/London).`
  }
}

const validateLatitude = (value: null | number | undefined) =>
  value === null || value === undefined || (value >= -90 && value <= 90) ? true : 'latitude is between -90 and 90.'
const validateLongitude = (value: null | number | undefined) =>
  value === null || value === undefined || (value >= -180 && value <= 180) ? true : 'longitude is between -180 and 180.'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

export const Events: CollectionConfig = {
  slug: SLUGS.events,
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'eventType', 'attendanceMode', 'eventStatus', '_status'],
    listSearchableFields: ['title', 'slug', 'summary'],
  },
  access: editorialAccess({ ownerFields: OWNER_FIELDS }),
  defaultPopulate: { title: true, slug: true, heroImage: true, startsAt: true, endsAt: true, eventStatus: true },
  versions: { maxPerDoc: MAX_VERSIONS_PER_DOC, drafts: { autosave: { interval: 2000 } } },
  endpoints: [eventsCalendar],
  hooks: {
    beforeOperation: [keepAuthorsToDrafts],
    beforeChange: [preventAuthorPublishing, setCreatedBy, trackPublishedChanges],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    { name: 'heroImage', type: 'upload', relationTo: SLUGS.media },
    { name: 'description', type: 'richText', localized: true, editor: contentEditor({ media: SLUGS.media, linkable: LINKABLE }) },
    {
      type: 'row',
      fields: [
        { name: 'eventType', type: 'select', required: true, defaultValue: 'workshop', options: [...EVENT_TYPES] },
        { name: 'attendanceMode', type: 'select', required: true, defaultValue: 'in-person', options: [...ATTENDANCE_MODES] },
        { name: 'eventStatus', type: 'select', required: true, defaultValue: 'scheduled', options: [...EVENT_STATUSES] },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, index: true, admin: dayAndTime },
        { name: 'endsAt', type: 'date', required: true, validate: validateEndsAt, admin: dayAndTime },
        { name: 'timezone', type: 'text', required: true, defaultValue: 'Europe/London', validate: validateTimezone },
        { name: 'allDay', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'previousStartsAt',
      type: 'date',
      access: { create: nobody, update: nobody },
      admin: { readOnly: true, description: 'The start before the last reschedule.', ...dayAndTime },
    },
    {
      name: 'venue',
      type: 'group',
      admin: { condition: (data) => data?.attendanceMode !== 'online' },
      fields: [
        { name: 'name', type: 'text' },
        { name: 'street', type: 'text' },
        { type: 'row', fields: [{ name: 'city', type: 'text' }, { name: 'region', type: 'text' }] },
        { type: 'row', fields: [{ name: 'postcode', type: 'text' }, { name: 'country', type: 'text', defaultValue: 'GB' }] },
      ],
    },
    {
      // Latitude/longitude numbers rather than a point field: points are not available on SQLite.
      name: 'location',
      type: 'group',
      admin: { condition: (data) => data?.attendanceMode !== 'online' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', validate: validateLatitude },
            { name: 'longitude', type: 'number', validate: validateLongitude },
          ],
        },
      ],
    },
    { name: 'onlineUrl', type: 'text', validate: validateOnlineUrl, admin: { description: 'Required for online and hybrid events.' } },
    {
      name: 'registration',
      type: 'group',
      fields: [
        { name: 'url', type: 'text', validate: validateWebUrl, admin: { description: 'Where people sign up.' } },
        { type: 'row', fields: [
          { name: 'capacity', type: 'number', min: 1, admin: { step: 1 } },
          { name: 'closesAt', type: 'date', admin: dayAndTime },
        ] },
        { type: 'row', fields: [
          { name: 'isFree', type: 'checkbox', defaultValue: true },
          {
            name: 'price',
            type: 'number',
            validate: validateMinorUnits,
            admin: { condition: (_, sibling) => !sibling?.isFree, description: 'In pence (minor units).' },
          },
        ] },
      ],
    },
    {
      name: 'speakers',
      type: 'array',
      fields: [
        { type: 'row', fields: [
          { name: 'name', type: 'text', required: true },
          { name: 'role', type: 'text', localized: true },
          { name: 'organisation', type: 'text' },
        ] },
        { name: 'bio', type: 'textarea', localized: true },
        { name: 'photo', type: 'upload', relationTo: SLUGS.media },
      ],
    },
    {
      name: 'agenda',
      type: 'array',
      fields: [
        { type: 'row', fields: [
          { name: 'startsAt', type: 'date', required: true, admin: dayAndTime },
          { name: 'title', type: 'text', required: true, localized: true },
        ] },
        { name: 'description', type: 'textarea', localized: true },
      ],
    },
    metaField(SLUGS.media),
    slugField(),
    { name: 'campaign', type: 'relationship', relationTo: SLUGS.campaigns, index: true, admin: { position: 'sidebar' } },
    {
      name: 'sequence',
      type: 'number',
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true, description: 'Goes up on every published change (for calendars).' },
    },
    createdByField(SLUGS.users),
  ],
}
