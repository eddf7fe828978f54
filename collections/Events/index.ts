import type { JSONSchema4 } from 'json-schema'
import type { CollectionConfig, TextFieldSingleValidation, Validate } from 'payload'

import type { CharityContext } from '../../src/context.ts'

import { nobody } from '../../src/access/nobody.ts'
import { editorialParts, whenCollection } from '../../src/builders/editorial.ts'
import { mergeHooks } from '../../src/builders/overrides.ts'
import { ADMIN_COMPONENTS, listShortcutsComponent } from '../../src/components/paths.ts'
import { eventsCalendar, oneEventCalendar } from '../../src/endpoints/eventsCalendar.ts'
import { jsonLdEndpoints } from '../../src/endpoints/jsonLd.ts'
import { eventOccurrences } from '../../src/endpoints/occurrences.ts'
import { metaField } from '../../src/fields/meta.ts'
import { moneyField } from '../../src/fields/money.ts'
import { slugField } from '../../src/fields/slug.ts'
import { isHttpsUrl, validateWebUrl } from '../../src/fields/url.ts'
import { validateAfter } from '../../src/fields/validateAfter.ts'
import { deriveRecurrence } from './hooks/deriveRecurrence.ts'
import { acceptNullVenue, clearVenueWhenOnline, emptyVenueIsNull } from './hooks/noVenueOnline.ts'
import { dropOccurrencesOnDelete, storeOccurrencesOnChange } from './hooks/storeOccurrences.ts'
import { trackPublishedChanges } from './hooks/trackPublishedChanges.ts'
import { recurrenceFields } from './recurrence.ts'

const OWNER_FIELDS = ['createdBy']

export const EVENT_TYPES = [
  'workshop',
  'training',
  'webinar',
  'conference',
  'fundraiser',
  'meeting',
  'other',
] as const
export const ATTENDANCE_MODES = ['in-person', 'online', 'hybrid'] as const
export const EVENT_STATUSES = [
  'scheduled',
  'cancelled',
  'postponed',
  'rescheduled',
  'moved-online',
] as const

const endsAfterStart = validateAfter({
  start: 'startsAt',
  message: 'endsAt must be after startsAt.',
})

/** An event ends after it starts; an end is always given. */
const validateEndsAt: Validate = (value, args) =>
  value ? endsAfterStart(value, args) : 'Give the date and time the event ends.'

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
  value === null || value === undefined || (value >= -90 && value <= 90)
    ? true
    : 'latitude is between -90 and 90.'
const validateLongitude = (value: null | number | undefined) =>
  value === null || value === undefined || (value >= -180 && value <= 180)
    ? true
    : 'longitude is between -180 and 180.'

/** A group's generated type, allowing the null it reads as when empty. */
const orNull = ({ jsonSchema }: { jsonSchema: JSONSchema4 }): JSONSchema4 => ({
  ...jsonSchema,
  type: ['object', 'null'],
})

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/** Workshops, training days, webinars and fundraisers, with venue, schedule and registration. */
export const eventsCollection = (ctx: CharityContext, slug: string): CollectionConfig<'events'> => {
  const editorial = editorialParts(ctx, { ownerFields: OWNER_FIELDS, belongsToGroups: true })
  const { slugs } = ctx
  return {
    slug,
    admin: {
      group: 'Content',
      useAsTitle: 'title',
      defaultColumns: [
        'title',
        'startsAt',
        'eventType',
        'attendanceMode',
        'eventStatus',
        '_status',
      ],
      listSearchableFields: ['title', 'slug', 'summary'],
      components: {
        beforeList: [listShortcutsComponent('events', slug, 'Events by date')],
      },
    },
    access: editorial.access,
    defaultPopulate: {
      title: true,
      slug: true,
      heroImage: true,
      startsAt: true,
      endsAt: true,
      eventStatus: true,
    },
    // Public lists: published events by start, or by creation as Payload's default. The end is in
    // the start index so "upcoming" (`endsAt` after now, by start) skips past events inside the
    // index, and counts them there, without reading a row: at 10k events, 8 ms → 0.3 ms to find the
    // first three, 16 ms → 0.4 ms to count (SQLite).
    indexes: [
      { fields: ['_status', 'startsAt', 'endsAt'] },
      { fields: ['_status', 'createdAt'] },
      // Occurrences in a range: series whose last end is after its start, or that never end.
      { fields: ['_status', 'seriesEndsAt'] },
      // Open-ended series whose stored occurrences end before a list's range does.
      { fields: ['occurrencesThrough'] },
    ],
    versions: editorial.versions,
    endpoints: [
      eventsCalendar(ctx, slug),
      eventOccurrences(ctx, slug),
      oneEventCalendar(ctx, slug),
      ...jsonLdEndpoints(ctx, 'events', slug),
    ],
    hooks: mergeHooks(editorial.hooks, {
      beforeOperation: [acceptNullVenue],
      beforeChange: [clearVenueWhenOnline, trackPublishedChanges, deriveRecurrence],
      afterChange: [storeOccurrencesOnChange],
      beforeDelete: [dropOccurrencesOnDelete],
      afterRead: [emptyVenueIsNull],
    }),
    fields: [
      { name: 'title', type: 'text', required: true, localized: true },
      { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
      ...editorial.heroImage,
      editorial.richText('description'),
      {
        type: 'row',
        fields: [
          {
            name: 'eventType',
            type: 'select',
            required: true,
            defaultValue: 'workshop',
            options: [...EVENT_TYPES],
          },
          {
            name: 'attendanceMode',
            type: 'select',
            required: true,
            defaultValue: 'in-person',
            options: [...ATTENDANCE_MODES],
          },
          {
            name: 'eventStatus',
            type: 'select',
            required: true,
            defaultValue: 'scheduled',
            options: [...EVENT_STATUSES],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'startsAt',
            type: 'date',
            required: true,
            index: true,
            admin: {
              ...dayAndTime,
              // The list shows a series' next occurrence here, not its first start.
              components: {
                Field: ADMIN_COMPONENTS.eventTimeField,
                Cell: ADMIN_COMPONENTS.eventStartCell,
              },
            },
          },
          {
            name: 'endsAt',
            type: 'date',
            required: true,
            validate: validateEndsAt,
            admin: {
              ...dayAndTime,
              components: {
                Field: {
                  path: ADMIN_COMPONENTS.eventTimeField,
                  clientProps: { after: 'startsAt' },
                },
              },
            },
          },
          {
            name: 'timezone',
            type: 'text',
            required: true,
            defaultValue: 'Europe/London',
            validate: validateTimezone,
          },
          { name: 'allDay', type: 'checkbox', defaultValue: false },
        ],
      },
      ...recurrenceFields(),
      {
        name: 'previousStartsAt',
        type: 'date',
        access: { create: nobody, update: nobody },
        admin: {
          readOnly: true,
          description: 'The start before the last reschedule.',
          ...dayAndTime,
        },
      },
      {
        name: 'venue',
        type: 'group',
        admin: { condition: (data) => data?.attendanceMode !== 'online' },
        // Read as null when there is none (emptyVenueIsNull).
        typescriptSchema: [orNull],
        fields: [
          { name: 'name', type: 'text' },
          { name: 'street', type: 'text' },
          {
            type: 'row',
            fields: [
              { name: 'city', type: 'text' },
              { name: 'region', type: 'text' },
            ],
          },
          {
            type: 'row',
            fields: [
              { name: 'postcode', type: 'text' },
              { name: 'country', type: 'text', defaultValue: 'GB' },
            ],
          },
        ],
      },
      {
        // Latitude/longitude numbers rather than a point field: points are not available on SQLite.
        name: 'location',
        type: 'group',
        admin: { condition: (data) => data?.attendanceMode !== 'online' },
        typescriptSchema: [orNull],
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
      {
        name: 'onlineUrl',
        type: 'text',
        validate: validateOnlineUrl,
        admin: { description: 'Required for online and hybrid events.' },
      },
      {
        name: 'registration',
        type: 'group',
        fields: [
          {
            name: 'url',
            type: 'text',
            validate: validateWebUrl,
            admin: { description: 'Where people sign up.' },
          },
          {
            type: 'row',
            fields: [
              { name: 'capacity', type: 'number', min: 1, admin: { step: 1 } },
              { name: 'closesAt', type: 'date', admin: dayAndTime },
            ],
          },
          {
            type: 'row',
            fields: [
              { name: 'isFree', type: 'checkbox', defaultValue: true },
              // Events carry no currency of their own: tickets are sold in pounds.
              moneyField({
                name: 'price',
                currency: 'GBP',
                admin: { condition: (_, sibling) => !sibling?.isFree },
              }),
            ],
          },
        ],
      },
      {
        name: 'speakers',
        type: 'array',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'name', type: 'text', required: true },
              { name: 'role', type: 'text', localized: true },
              { name: 'organisation', type: 'text' },
            ],
          },
          { name: 'bio', type: 'textarea', localized: true },
          ...whenCollection(slugs.media, (media) => ({
            name: 'photo',
            type: 'upload',
            relationTo: media,
          })),
        ],
      },
      {
        name: 'agenda',
        type: 'array',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'startsAt', type: 'date', required: true, admin: dayAndTime },
              { name: 'title', type: 'text', required: true, localized: true },
            ],
          },
          { name: 'description', type: 'textarea', localized: true },
        ],
      },
      metaField(slugs.media),
      slugField(),
      ...editorial.group,
      ...editorial.campaign,
      {
        name: 'sequence',
        type: 'number',
        access: { create: nobody, update: nobody },
        admin: {
          position: 'sidebar',
          readOnly: true,
          description: 'Goes up on every published change (for calendars).',
        },
      },
      editorial.createdBy,
    ],
  }
}
