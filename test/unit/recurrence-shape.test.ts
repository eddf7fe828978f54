/**
 * The recurrence fields are read by a collection hook before Payload's own
 * field checks run: values of the wrong type must be refused there, naming
 * the field (they were 500s: `weekdays.filter is not a function`, an invalid
 * UNTIL, a group stored as an array).
 */
import { recurrenceShapeProblem } from '../../src/recurrence/rule.ts'

describe('recurrenceShapeProblem', () => {
  it.each([
    [[1], 'recurrence'],
    ['monthly', 'recurrence'],
    [{ frequency: {} }, 'recurrence.frequency'],
    [{ frequency: 'fortnightly' }, 'recurrence.frequency'],
    [{ frequency: 'weekly', interval: 'x' }, 'recurrence.interval'],
    [{ frequency: 'weekly', interval: 0 }, 'recurrence.interval'],
    [{ frequency: 'weekly', weekdays: {} }, 'recurrence.weekdays'],
    [
      { frequency: 'monthly', weekdays: [{ day: 'TU', position: 'second' }, 7] },
      'recurrence.weekdays.1',
    ],
    [{ frequency: 'monthly', weekdays: [{ day: 'tuesday' }] }, 'recurrence.weekdays.0'],
    [{ frequency: 'monthly', monthDay: 40 }, 'recurrence.monthDay'],
    [{ frequency: 'daily', ends: {} }, 'recurrence.ends'],
    [{ frequency: 'daily', ends: 'until', until: {} }, 'recurrence.until'],
    [{ frequency: 'daily', ends: 'until', until: 'not a date' }, 'recurrence.until'],
    [{ frequency: 'daily', ends: 'count', count: 'x' }, 'recurrence.count'],
  ])('refuses %j at %s', (fields, path) => {
    expect(recurrenceShapeProblem(fields)?.path).toBe(path)
  })

  it.each([
    null,
    undefined,
    {},
    { frequency: null },
    {
      frequency: 'monthly',
      interval: 1,
      weekdays: [{ day: 'TU', position: 'second' }],
      ends: 'until',
      until: '2027-07-01T00:00:00.000Z',
    },
    { frequency: 'monthly', monthDay: -1, ends: 'count', count: 12 },
  ])('accepts %j', (fields) => {
    expect(recurrenceShapeProblem(fields)).toBeNull()
  })
})
