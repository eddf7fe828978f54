import type { RecurrenceFields } from '../../src/recurrence/rule.ts'

import { meetingText } from '../../src/recurrence/meetingText.ts'
import { buildRule } from '../../src/recurrence/rule.ts'

const LONDON = 'Europe/London'

/** A series starting at `startsAt` in `timeZone`, its rule made from the editor's fields. */
const series = (fields: RecurrenceFields, startsAt: string, timezone = LONDON) => ({
  startsAt,
  timezone,
  recurrence: { rule: buildRule(fields, new Date(startsAt), timezone) },
})
const both = (input: ReturnType<typeof series>) => [
  meetingText(input, 'en'),
  meetingText(input, 'cy'),
]

describe('a group’s meeting in words, from its series’ rule', () => {
  it('says the position of the weekday in the month and the time, in English and Welsh', () => {
    const second = series(
      { frequency: 'monthly', weekdays: [{ day: 'TU', position: 'second' }] },
      '2031-01-14T19:00:00.000Z',
    )
    expect(both(second)).toEqual([
      'Second Tuesday of the month, 7pm',
      'Ail ddydd Mawrth y mis, 7pm',
    ])
    const last = series(
      { frequency: 'monthly', weekdays: [{ day: 'TH', position: 'last' }] },
      '2031-01-30T18:30:00.000Z',
    )
    expect(both(last)).toEqual([
      'Last Thursday of the month, 6.30pm',
      'Dydd Iau olaf y mis, 6.30pm',
    ])
    const first = series(
      { frequency: 'monthly', weekdays: [{ day: 'MO', position: 'first' }], interval: 2 },
      '2031-01-06T10:00:00.000Z',
    )
    expect(both(first)).toEqual([
      'First Monday of the month, every other month, 10am',
      'Y dydd Llun cyntaf y mis, bob yn ail fis, 10am',
    ])
  })

  it('gives the time in the event’s zone, in summer time too', () => {
    // 18:00 UTC on 8 July 2031 is 19:00 in London (summer time) and 20:00 in Warsaw.
    const summer = series(
      { frequency: 'monthly', weekdays: [{ day: 'TU', position: 'second' }] },
      '2031-07-08T18:00:00.000Z',
    )
    expect(meetingText(summer, 'en')).toBe('Second Tuesday of the month, 7pm')
    const warsaw = series(
      { frequency: 'monthly', weekdays: [{ day: 'TU', position: 'second' }] },
      '2031-07-08T18:00:00.000Z',
      'Europe/Warsaw',
    )
    expect(meetingText(warsaw, 'cy')).toBe('Ail ddydd Mawrth y mis, 8pm')
  })

  it('words weekly, fortnightly, daily and day-of-month rules', () => {
    expect(
      both(series({ frequency: 'weekly', weekdays: [{ day: 'WE' }] }, '2031-01-08T12:00:00.000Z')),
    ).toEqual(['Every Wednesday, 12pm', 'Bob dydd Mercher, 12pm'])
    expect(
      both(
        series(
          { frequency: 'weekly', interval: 2, weekdays: [{ day: 'WE' }] },
          '2031-01-08T12:30:00.000Z',
        ),
      ),
    ).toEqual(['Every other Wednesday, 12.30pm', 'Bob yn ail ddydd Mercher, 12.30pm'])
    expect(
      both(
        series(
          { frequency: 'weekly', interval: 3, weekdays: [{ day: 'TU' }, { day: 'TH' }] },
          '2031-01-07T09:00:00.000Z',
        ),
      ),
    ).toEqual(
      ['Every 3 weeks on Tuesday and Thursday', 'Bob 3 wythnos ar ddydd Mawrth a dydd Iau'].map(
        (text) => `${text}, 9am`,
      ),
    )
    expect(both(series({ frequency: 'daily' }, '2031-01-07T08:00:00.000Z'))).toEqual([
      'Every day, 8am',
      'Bob dydd, 8am',
    ])
    expect(
      both(series({ frequency: 'monthly', monthDay: 15 }, '2031-01-15T19:00:00.000Z')),
    ).toEqual(['The 15th of the month, 7pm', 'Y 15fed o’r mis, 7pm'])
    // No weekday or day given: the day of the month the series starts on.
    expect(both(series({ frequency: 'monthly' }, '2031-01-21T19:00:00.000Z'))).toEqual([
      'The 21st of the month, 7pm',
      'Y 21ain o’r mis, 7pm',
    ])
  })

  it('has no words for a single event or a rule without a short wording', () => {
    expect(
      meetingText({ startsAt: '2031-01-14T19:00:00.000Z', recurrence: { rule: null } }, 'en'),
    ).toBeNull()
    const everyTuesdayMonthly = series(
      { frequency: 'monthly', weekdays: [{ day: 'TU' }] },
      '2031-01-14T19:00:00.000Z',
    )
    expect(meetingText(everyTuesdayMonthly, 'cy')).toBeNull()
  })
})
