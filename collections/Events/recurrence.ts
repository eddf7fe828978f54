import type { JSONSchema4 } from 'json-schema'
import type { Field } from 'payload'

import { nobody } from '../../src/access/nobody.ts'
import { ADMIN_COMPONENTS } from '../../src/components/paths.ts'
import { FREQUENCIES, POSITIONS, SERIES_ENDS, WEEKDAYS } from '../../src/recurrence/rule.ts'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }
const WEEKDAY_LABELS: Record<(typeof WEEKDAYS)[number], string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
}

/** An optional choice reads as null when none is made: the API's schema says so. */
const orNoChoice = ({ jsonSchema }: { jsonSchema: JSONSchema4 }): JSONSchema4 => ({
  ...jsonSchema,
  enum: [...(jsonSchema.enum ?? []), null],
})

type RecurrenceData = { recurrence?: { frequency?: null | string; ends?: null | string } }
const repeats = (data: RecurrenceData | undefined) => Boolean(data?.recurrence?.frequency)
const monthlyOrYearly = (data: RecurrenceData | undefined) =>
  data?.recurrence?.frequency === 'monthly' || data?.recurrence?.frequency === 'yearly'

/**
 * How an event repeats, as fields an editor reads (the RRULE in `rule` is
 * derived from them by deriveRecurrence), and the occurrences that differ.
 */
export const recurrenceFields = (): Field[] => [
  {
    name: 'recurrence',
    type: 'group',
    admin: {
      description:
        'Leave the frequency empty for a one-off event. The start and end above are the first occurrence.',
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'frequency',
            type: 'select',
            options: [...FREQUENCIES],
            typescriptSchema: [orNoChoice],
            admin: { description: 'Empty: does not repeat.' },
          },
          {
            name: 'interval',
            type: 'number',
            min: 1,
            max: 99,
            defaultValue: 1,
            admin: {
              step: 1,
              condition: repeats,
              description: 'Every 1, 2, 3… days, weeks, months or years.',
            },
          },
          {
            name: 'monthDay',
            type: 'number',
            min: -1,
            max: 31,
            admin: {
              step: 1,
              condition: monthlyOrYearly,
              description: 'A day of the month (-1 for the last); or weekdays below, not both.',
            },
          },
        ],
      },
      {
        name: 'weekdays',
        type: 'array',
        admin: {
          condition: (data) => repeats(data) && data?.recurrence?.frequency !== 'daily',
          description: 'Weekly: the days. Monthly or yearly: e.g. the second Tuesday.',
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'day',
                type: 'select',
                required: true,
                options: WEEKDAYS.map((value) => ({ value, label: WEEKDAY_LABELS[value] })),
              },
              {
                name: 'position',
                type: 'select',
                options: [...POSITIONS],
                typescriptSchema: [orNoChoice],
                admin: { description: 'Monthly or yearly only; empty: every such day.' },
              },
            ],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'ends',
            type: 'select',
            defaultValue: 'never',
            options: [...SERIES_ENDS],
            admin: { condition: repeats },
          },
          {
            name: 'until',
            type: 'date',
            admin: {
              date: { pickerAppearance: 'dayOnly' },
              condition: (data) => repeats(data) && data?.recurrence?.ends === 'until',
              description: "The last day (in the event's time zone).",
            },
          },
          {
            name: 'count',
            type: 'number',
            min: 1,
            admin: {
              step: 1,
              condition: (data) => repeats(data) && data?.recurrence?.ends === 'count',
              description: 'How many times in all.',
            },
          },
        ],
      },
      {
        name: 'rule',
        type: 'text',
        access: { create: nobody, update: nobody },
        admin: {
          readOnly: true,
          condition: repeats,
          description: 'The RFC 5545 RRULE calendars read, made from the fields above.',
        },
      },
    ],
  },
  {
    // The rule in words and the next five dates, as the editor fills in the fields above.
    name: 'recurrencePreview',
    type: 'ui',
    admin: { components: { Field: ADMIN_COMPONENTS.recurrencePreview } },
  },
  {
    name: 'exceptions',
    type: 'array',
    admin: {
      condition: repeats,
      description:
        'One occurrence cancelled, moved, or with its own venue or note. The others are untouched.',
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'occurrence',
            type: 'date',
            required: true,
            admin: { ...dayAndTime, description: 'Its start as the series has it.' },
          },
          { name: 'cancelled', type: 'checkbox', defaultValue: false },
        ],
      },
      {
        type: 'row',
        admin: { condition: (_, sibling) => !sibling?.cancelled },
        fields: [
          {
            name: 'startsAt',
            type: 'date',
            admin: { ...dayAndTime, description: 'Moved: its new start.' },
          },
          {
            name: 'endsAt',
            type: 'date',
            admin: { ...dayAndTime, description: 'Moved: its new end (or the usual length).' },
          },
        ],
      },
      {
        name: 'venue',
        type: 'group',
        admin: { condition: (_, sibling) => !sibling?.cancelled },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'name', type: 'text' },
              { name: 'street', type: 'text' },
              { name: 'city', type: 'text' },
              { name: 'postcode', type: 'text' },
            ],
          },
        ],
      },
      { name: 'note', type: 'textarea', localized: true, maxLength: 400 },
    ],
  },
  {
    type: 'row',
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'seriesStartsAt',
        type: 'date',
        access: { create: nobody, update: nobody },
        admin: { readOnly: true, description: 'The first occurrence starts.', ...dayAndTime },
      },
      {
        name: 'seriesEndsAt',
        type: 'date',
        access: { create: nobody, update: nobody },
        admin: {
          readOnly: true,
          description: 'The last occurrence ends (empty: the series never ends).',
          ...dayAndTime,
        },
      },
    ],
  },
  {
    // An open-ended series' occurrences are stored up to here (src/recurrence/store.ts).
    name: 'occurrencesThrough',
    type: 'date',
    access: { create: nobody, update: nobody },
    hidden: true,
  },
]
