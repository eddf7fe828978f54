/**
 * One-click filters above the admin's lists, as the admin's own filter
 * writes them in the address (`where[or][i][and][j][field][op]=value`), so
 * the filter bar shows them and an editor can change them from there. The
 * time-based ones are worked out at the moment the list is drawn.
 */

/** One condition: field, operator, value. */
type Condition = [field: string, operator: string, value: string]

export type Shortcut = {
  label: string
  /** Alternatives (OR) of conditions that must all hold (AND); none means the whole list. */
  where: Condition[][]
  sort?: string
}

export type ShortcutSet = 'appeals' | 'events' | 'posts'

/** The query string for a shortcut, starting with `?`. */
export const shortcutQuery = ({ where, sort }: Shortcut): string => {
  const params = new URLSearchParams()
  where.forEach((conditions, i) =>
    conditions.forEach(([field, operator, value], j) =>
      params.set(`where[or][${i}][and][${j}][${field}][${operator}]`, value),
    ),
  )
  if (sort) params.set('sort', sort)
  const query = params.toString()
  return query ? `?${query}` : ''
}

/**
 * An appeal is open when published, already opened (or with no opening date)
 * and not yet closed (or with no closing date): the same rule as `isOpen`,
 * written out as the four ways it can hold.
 */
const openAppeals = (now: string): Condition[][] => {
  const opened: Condition[] = [
    ['opensAt', 'exists', 'false'],
    ['opensAt', 'less_than_equal', now],
  ]
  const notClosed: Condition[] = [
    ['closesAt', 'exists', 'false'],
    ['closesAt', 'greater_than', now],
  ]
  return opened.flatMap((open) =>
    notClosed.map((close): Condition[] => [['_status', 'equals', 'published'], open, close]),
  )
}

/**
 * Upcoming: not started yet, or a series with an occurrence still ahead (it
 * started in the past but its stored last end is later, or it never ends).
 * Each alternative is a range on an index (`startsAt`; `_status, seriesEndsAt`).
 */
const upcomingEvents = (now: string): Condition[][] => {
  // Both statuses spelled out, so the (_status, seriesEndsAt) index serves these alternatives too.
  const either: Condition = ['_status', 'in', 'draft,published']
  return [
    [['startsAt', 'greater_than_equal', now]],
    [either, ['recurrence.rule', 'exists', 'true'], ['seriesEndsAt', 'greater_than', now]],
    [either, ['recurrence.rule', 'exists', 'true'], ['seriesEndsAt', 'exists', 'false']],
  ]
}

export const shortcutsFor = (set: ShortcutSet, now: string): Shortcut[] => {
  switch (set) {
    case 'appeals':
      return [
        { label: 'Open now', where: openAppeals(now), sort: '-progressPercent' },
        { label: 'Not open yet', where: [[['opensAt', 'greater_than', now]]], sort: 'opensAt' },
        { label: 'Closed', where: [[['closesAt', 'less_than_equal', now]]], sort: '-closesAt' },
        { label: 'By progress', where: [], sort: '-progressPercent' },
        { label: 'All', where: [] },
      ]
    case 'events':
      return [
        { label: 'Upcoming', where: upcomingEvents(now), sort: 'startsAt' },
        { label: 'Past', where: [[['startsAt', 'less_than', now]]], sort: '-startsAt' },
        { label: 'All', where: [] },
      ]
    case 'posts':
      return [
        { label: 'Published', where: [[['_status', 'equals', 'published']]] },
        { label: 'Drafts', where: [[['_status', 'equals', 'draft']]] },
        { label: 'All', where: [] },
      ]
  }
}
