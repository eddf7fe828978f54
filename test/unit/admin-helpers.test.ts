import {
  endBeforeStartWarning,
  inEventZone,
  listedStart,
} from '../../src/components/Events/eventTimes.ts'
import { shortcutQuery, shortcutsFor } from '../../src/components/ListShortcuts/shortcuts.ts'
import { nextOccurrences } from '../../src/recurrence/expand.ts'

describe("the events editor's hints", () => {
  it("shows a start in the event's own time zone, summer time included", () => {
    expect(inEventZone('2027-05-15T09:00:00.000Z', 'Europe/London')).toBe(
      'Sat, 15 May 2027, 10:00 BST',
    )
    expect(inEventZone('2027-01-15T09:00:00.000Z', 'Europe/London')).toBe(
      'Fri, 15 Jan 2027, 09:00 GMT',
    )
    expect(inEventZone('2027-05-15T09:00:00.000Z', 'America/New_York')).toContain('05:00')
  })

  it('says nothing for a missing time or an unknown zone rather than throwing', () => {
    expect(inEventZone(null, 'Europe/London')).toBeNull()
    expect(inEventZone('2027-05-15T09:00:00.000Z', 'Mars/Olympus')).toBeNull()
  })

  it('warns when the end is at or before the start, and not otherwise', () => {
    const start = '2027-05-15T09:00:00.000Z'
    expect(endBeforeStartWarning(start, '2027-05-15T08:00:00.000Z')).toMatch(
      /ends before it starts/,
    )
    expect(endBeforeStartWarning(start, start)).toMatch(/ends before it starts/)
    expect(endBeforeStartWarning(start, '2027-05-15T17:00:00.000Z')).toBeNull()
    expect(endBeforeStartWarning(start, null)).toBeNull()
  })
})

describe("the events list's start column", () => {
  // Second Tuesday of each month, 19:00 London, from January 2027.
  const monthly = {
    startsAt: '2027-01-12T19:00:00.000Z',
    endsAt: '2027-01-12T21:00:00.000Z',
    timezone: 'Europe/London',
    recurrence: { rule: 'FREQ=MONTHLY;BYDAY=2TU' },
  }

  it("shows a single event's own start", () => {
    const single = { startsAt: '2027-03-01T10:00:00.000Z', endsAt: '2027-03-01T11:00:00.000Z' }
    expect(listedStart(single, new Date('2027-06-01'), nextOccurrences)).toEqual({
      at: '2027-03-01T10:00:00.000Z',
      series: false,
    })
  })

  it("shows a series' next occurrence, in summer time too, skipping a cancelled one", () => {
    // After 1 June 2027 the next is 8 June, 19:00 BST (18:00 UTC).
    expect(listedStart(monthly, new Date('2027-06-01T00:00:00Z'), nextOccurrences)).toEqual({
      at: '2027-06-08T18:00:00.000Z',
      series: true,
    })
    const cancelled = {
      ...monthly,
      exceptions: [{ occurrence: '2027-06-08T18:00:00.000Z', cancelled: true }],
    }
    expect(listedStart(cancelled, new Date('2027-06-01T00:00:00Z'), nextOccurrences).at).toBe(
      '2027-07-13T18:00:00.000Z',
    )
  })

  it('says a series has no next date once it has ended', () => {
    const ended = { ...monthly, recurrence: { rule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=3' } }
    expect(listedStart(ended, new Date('2027-06-01T00:00:00Z'), nextOccurrences)).toEqual({
      at: null,
      series: true,
    })
  })
})

describe('list shortcuts', () => {
  const now = '2027-05-15T09:00:00.000Z'

  it("write the admin's own filter syntax in the address", () => {
    const past = shortcutsFor('events', now).find((shortcut) => shortcut.label === 'Past')
    expect(past && decodeURIComponent(shortcutQuery(past))).toBe(
      `?where[or][0][and][0][startsAt][less_than]=${now}&sort=-startsAt`,
    )
  })

  it('spell "open now" as the four ways an appeal can be open, all published', () => {
    const open = shortcutsFor('appeals', now).find((shortcut) => shortcut.label === 'Open now')
    expect(open?.where).toHaveLength(4)
    for (const alternative of open?.where ?? []) {
      expect(alternative[0]).toEqual(['_status', 'equals', 'published'])
    }
  })

  it('leave "All" without a filter', () => {
    const all = shortcutsFor('posts', now).find((shortcut) => shortcut.label === 'All')
    expect(all && shortcutQuery(all)).toBe('')
  })
})
