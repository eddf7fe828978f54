import { endBeforeStartWarning, inEventZone } from '../../src/components/Events/eventTimes.ts'
import { shortcutQuery, shortcutsFor } from '../../src/components/ListShortcuts/shortcuts.ts'

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
