import type { FieldHook, PayloadRequest, RelationshipField, SelectType, Where } from 'payload'

import type { MeetingSeries, MeetingTextLocale } from '../../src/recurrence/meetingText.ts'

import { createDataloaderCacheKey } from 'payload'

import { GROUP_FIELD } from '../../src/builders/editorial.ts'
import { MEETING_TEXT_LOCALES, meetingText } from '../../src/recurrence/meetingText.ts'
import { idOf } from '../../src/utilities/idOf.ts'

/** The group's field naming the repeating event its members meet at. */
export const MEETING_FIELD = 'meeting'

type SeriesRead = { group?: unknown } & MeetingSeries

const SERIES_FIELDS: SelectType = {
  startsAt: true,
  timezone: true,
  recurrence: true,
  [GROUP_FIELD]: true,
}

/**
 * The event as the reader may see it (an anonymous reader: published only), or
 * null. Through the request's DataLoader, as Payload populates relations: a list
 * of groups reads all their meetings in one query, each once.
 */
const readSeries = async (
  req: PayloadRequest,
  events: string,
  id: number | string,
): Promise<null | SeriesRead> => {
  const doc = await req.payloadDataLoader.load(
    // Keyed exactly as Payload keys the relations it populates (locale, transaction and all may be unset).
    createDataloaderCacheKey({
      collectionSlug: events,
      currentDepth: 1,
      depth: 0,
      docID: id,
      draft: false,
      fallbackLocale: req.fallbackLocale,
      locale: req.locale,
      overrideAccess: false,
      select: SERIES_FIELDS,
      showHiddenFields: false,
      transactionID: req.transactionID,
    } as Parameters<typeof createDataloaderCacheKey>[0]),
  )
  return (doc as unknown as SeriesRead | undefined) ?? null
}

const isWorded = (locale: unknown): locale is MeetingTextLocale =>
  MEETING_TEXT_LOCALES.includes(locale as MeetingTextLocale)

/**
 * The public `meets`: over REST and GraphQL, made from the group's meeting
 * series in the reader's language when one is chosen and the reader may see
 * it; otherwise, and in a language without a wording, the editors' own text.
 * The Local API (the admin's form, the plugin's own reads before a write)
 * gets the stored text, so saving a group never writes the made text over it.
 */
export const meetsFromMeeting =
  (events: string): FieldHook =>
  async ({ overrideAccess, req, siblingData, value }) => {
    if (req.payloadAPI === 'local' || overrideAccess) return value
    const id = idOf(siblingData?.[MEETING_FIELD])
    const locale = req.locale
    if (id === null || !isWorded(locale)) return value
    const series = await readSeries(req, events, id)
    return (series?.recurrence?.rule && meetingText(series, locale)) || value
  }

/** A group's meeting: one of its own repeating events. */
export const meetingField = (events: string): RelationshipField => ({
  name: MEETING_FIELD,
  type: 'relationship',
  relationTo: events,
  // The picker offers the group's own series only.
  filterOptions: ({ id }): boolean | Where =>
    id
      ? { and: [{ [GROUP_FIELD]: { equals: id } }, { 'recurrence.rule': { exists: true } }] }
      : false,
  validate: async (value, { id, req }) => {
    const eventId = idOf(value)
    if (eventId === null) return true
    if (id === undefined || id === null)
      return 'Save the group first, then choose its meeting: one of the group’s own repeating events.'
    const series = await readSeries(req, events, eventId)
    if (!series) return `There is no event ${eventId} that you may read.`
    if (String(idOf(series[GROUP_FIELD])) !== String(id))
      return 'Choose one of this group’s own events: that one belongs to another group, or to none.'
    if (!series.recurrence?.rule)
      return 'Choose a repeating event: that one happens once (give it a frequency first).'
    return true
  },
  admin: {
    description:
      'The group’s regular meeting (one of its repeating events). When set, “Meets” is written from its rule in English and Welsh.',
  },
})
