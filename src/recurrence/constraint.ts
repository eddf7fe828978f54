import type { Where } from 'payload'

/** The event's columns each stored occurrence carries under the same name. */
export const OCCURRENCE_COPIES = ['_status', 'eventType', 'group', 'campaign'] as const

const COPIED = new Set<string>(OCCURRENCE_COPIES)

/** An event's field as the occurrence rows reach it: their own copy, or through `event`. */
const pathOnRow = (path: string): string => {
  if (path === 'id') return 'event'
  return COPIED.has(path) ? path : `event.${path}`
}

/**
 * A constraint on events (a read rule, a feed filter) as the same constraint
 * on their stored occurrences: copied columns are read on the row, anything
 * else through the `event` relationship.
 */
export const asOccurrenceConstraint = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or'
        ? [key, (value as Where[]).map(asOccurrenceConstraint)]
        : [pathOnRow(key), value],
    ),
  ) as Where
