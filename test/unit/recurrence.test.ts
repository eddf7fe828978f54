import type { SeriesInput } from '../../src/recurrence/expand.ts'

import { previewRule } from '../../src/recurrence/describe.ts'
import { nextOccurrences, occurrencesBetween, seriesBounds } from '../../src/recurrence/expand.ts'
import { buildRule, RecurrenceProblem } from '../../src/recurrence/rule.ts'

const LONDON = 'Europe/London'
const iso = (dates: { startsAt: Date }[]) => dates.map((date) => date.startsAt.toISOString())

/** London's group: second Tuesday of the month, 19:00-21:00 local, from January 2026. */
const secondTuesdays = (extra: Partial<SeriesInput> = {}): SeriesInput => {
  const startsAt = '2026-01-13T19:00:00.000Z'
  return {
    startsAt,
    endsAt: '2026-01-13T21:00:00.000Z',
    timezone: LONDON,
    recurrence: {
      rule: buildRule(
        { frequency: 'monthly', weekdays: [{ day: 'TU', position: 'second' }] },
        new Date(startsAt),
        LONDON,
      ),
    },
    ...extra,
  }
}

describe('recurrence rules made from the editor’s fields', () => {
  it('writes RFC 5545 RRULE values', () => {
    const start = new Date('2026-01-13T19:00:00.000Z')
    expect(
      buildRule(
        { frequency: 'monthly', weekdays: [{ day: 'TU', position: 'second' }] },
        start,
        LONDON,
      ),
    ).toBe('FREQ=MONTHLY;BYDAY=+2TU')
    expect(
      buildRule({ frequency: 'weekly', interval: 2, weekdays: [{ day: 'TH' }] }, start, LONDON),
    ).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH')
    expect(
      buildRule({ frequency: 'monthly', monthDay: 1, ends: 'count', count: 6 }, start, LONDON),
    ).toBe('FREQ=MONTHLY;BYMONTHDAY=1;COUNT=6')
    // The last day in London's summer time ends at 22:59:59 UTC, written in UTC as RFC 5545 asks.
    expect(
      buildRule(
        { frequency: 'monthly', ends: 'until', until: '2027-07-01T12:00:00.000Z' },
        start,
        LONDON,
      ),
    ).toBe('FREQ=MONTHLY;UNTIL=20270701T225959Z')
    expect(buildRule({ frequency: null }, start, LONDON)).toBeNull()
  })

  it('refuses fields that make no rule, naming what to change', () => {
    const start = new Date('2026-01-13T19:00:00.000Z')
    expect(() =>
      buildRule(
        { frequency: 'weekly', weekdays: [{ day: 'TU', position: 'second' }] },
        start,
        LONDON,
      ),
    ).toThrow(/monthly or yearly/)
    expect(() => buildRule({ frequency: 'monthly', ends: 'until' }, start, LONDON)).toThrow(
      RecurrenceProblem,
    )
    expect(() =>
      buildRule(
        { frequency: 'monthly', ends: 'until', until: '2025-01-01T12:00:00.000Z' },
        start,
        LONDON,
      ),
    ).toThrow(/before its first event/)
  })
})

describe('expanding a series', () => {
  it('keeps 19:00 London at 19:00 local across the March and October clock changes', () => {
    const occurrences = occurrencesBetween(
      secondTuesdays(),
      new Date('2026-02-01T00:00:00Z'),
      new Date('2026-12-01T00:00:00Z'),
    )
    expect(iso(occurrences)).toEqual([
      '2026-02-10T19:00:00.000Z',
      '2026-03-10T19:00:00.000Z',
      // British Summer Time from 29 March: 19:00 local is 18:00 UTC.
      '2026-04-14T18:00:00.000Z',
      '2026-05-12T18:00:00.000Z',
      '2026-06-09T18:00:00.000Z',
      '2026-07-14T18:00:00.000Z',
      '2026-08-11T18:00:00.000Z',
      '2026-09-08T18:00:00.000Z',
      '2026-10-13T18:00:00.000Z',
      // Back to GMT from 25 October.
      '2026-11-10T19:00:00.000Z',
    ])
    expect(
      occurrences.every(
        (occurrence) =>
          occurrence.endsAt.getTime() - occurrence.startsAt.getTime() === 2 * 3600_000,
      ),
    ).toBe(true)
  })

  it('keeps a weekly meeting on its weekday and hour through the week the clocks change', () => {
    const series: SeriesInput = {
      startsAt: '2026-03-19T19:00:00.000Z',
      endsAt: '2026-03-19T20:00:00.000Z',
      timezone: LONDON,
      recurrence: { rule: 'FREQ=WEEKLY;BYDAY=TH' },
    }
    expect(
      iso(occurrencesBetween(series, new Date('2026-03-19T00:00Z'), new Date('2026-04-03T00:00Z'))),
    ).toEqual(['2026-03-19T19:00:00.000Z', '2026-03-26T19:00:00.000Z', '2026-04-02T18:00:00.000Z'])
  })

  it('gives cancelled occurrences their status, moves moved ones and carries an occurrence’s own venue and note', () => {
    const series = secondTuesdays({
      exceptions: [
        { occurrence: '2026-03-10T19:00:00.000Z', cancelled: true },
        // April's meeting moves from the 14th to Thursday the 16th, same hour.
        {
          occurrence: '2026-04-14T18:00:00.000Z',
          startsAt: '2026-04-16T18:00:00.000Z',
          venue: { name: 'The library' },
          note: 'Room change this month.',
        },
        { occurrence: '2026-05-12T18:00:00.000Z', note: 'Bring a friend.' },
      ],
    })
    const occurrences = occurrencesBetween(
      series,
      new Date('2026-03-01T00:00Z'),
      new Date('2026-06-01T00:00Z'),
    )
    expect(
      occurrences.map((occurrence) => [
        occurrence.startsAt.toISOString(),
        occurrence.endsAt.toISOString(),
        occurrence.originalStartsAt.toISOString(),
        occurrence.status,
        occurrence.override,
      ]),
    ).toEqual([
      [
        '2026-03-10T19:00:00.000Z',
        '2026-03-10T21:00:00.000Z',
        '2026-03-10T19:00:00.000Z',
        'cancelled',
        null,
      ],
      [
        '2026-04-16T18:00:00.000Z',
        '2026-04-16T20:00:00.000Z',
        '2026-04-14T18:00:00.000Z',
        'rescheduled',
        { venue: { name: 'The library' }, note: 'Room change this month.' },
      ],
      [
        '2026-05-12T18:00:00.000Z',
        '2026-05-12T20:00:00.000Z',
        '2026-05-12T18:00:00.000Z',
        'scheduled',
        { note: 'Bring a friend.' },
      ],
    ])
  })

  it('finds a moved occurrence where it now is, even when the rule put it outside the range', () => {
    const series = secondTuesdays({
      exceptions: [
        { occurrence: '2026-04-14T18:00:00.000Z', startsAt: '2026-05-02T09:00:00.000Z' },
      ],
    })
    expect(
      iso(occurrencesBetween(series, new Date('2026-05-01T00:00Z'), new Date('2026-05-05T00:00Z'))),
    ).toEqual(['2026-05-02T09:00:00.000Z'])
    expect(
      iso(occurrencesBetween(series, new Date('2026-04-01T00:00Z'), new Date('2026-04-30T00:00Z'))),
    ).toEqual([])
  })

  it('gives a single event as its one occurrence', () => {
    const single: SeriesInput = {
      startsAt: '2027-05-15T09:00:00.000Z',
      endsAt: '2027-05-15T16:00:00.000Z',
    }
    expect(
      iso(occurrencesBetween(single, new Date('2027-05-01T00:00Z'), new Date('2027-06-01T00:00Z'))),
    ).toEqual(['2027-05-15T09:00:00.000Z'])
    expect(
      occurrencesBetween(single, new Date('2027-06-01T00:00Z'), new Date('2027-07-01T00:00Z')),
    ).toEqual([])
  })

  it('previews the next dates, leaving cancelled ones out', () => {
    const series = secondTuesdays({
      exceptions: [{ occurrence: '2026-03-10T19:00:00.000Z', cancelled: true }],
    })
    expect(iso(nextOccurrences(series, new Date('2026-02-11T00:00Z'), 3))).toEqual([
      '2026-04-14T18:00:00.000Z',
      '2026-05-12T18:00:00.000Z',
      '2026-06-09T18:00:00.000Z',
    ])
  })
})

describe('the bounds stored with a series', () => {
  it('is the first start and the last end, or no end when the series never ends', () => {
    expect(seriesBounds(secondTuesdays())).toEqual({
      startsAt: new Date('2026-01-13T19:00:00.000Z'),
      endsAt: null,
    })
    const sixMonths = secondTuesdays({ recurrence: { rule: 'FREQ=MONTHLY;BYDAY=+2TU;COUNT=6' } })
    expect(seriesBounds(sixMonths)).toEqual({
      startsAt: new Date('2026-01-13T19:00:00.000Z'),
      endsAt: new Date('2026-06-09T20:00:00.000Z'),
    })
    // Moving the last occurrence later moves the end with it.
    expect(
      seriesBounds({
        ...sixMonths,
        exceptions: [
          { occurrence: '2026-06-09T18:00:00.000Z', startsAt: '2026-06-20T09:00:00.000Z' },
        ],
      }).endsAt,
    ).toEqual(new Date('2026-06-20T11:00:00.000Z'))
  })

  it('refuses a bounded series longer than the limit', () => {
    const daily = secondTuesdays({ recurrence: { rule: 'FREQ=DAILY;COUNT=5000' } })
    expect(() => seriesBounds(daily)).toThrow(/at most 2000 occurrences/)
  })
})

describe('the rule in words for the editor', () => {
  const event = {
    startsAt: '2026-01-13T19:00:00.000Z',
    endsAt: '2026-01-13T21:00:00.000Z',
    timezone: LONDON,
  }
  it('says the rule and its ending, with the next five dates in the event’s zone', () => {
    const preview = previewRule(
      {
        frequency: 'monthly',
        weekdays: [{ day: 'TU', position: 'second' }],
        ends: 'until',
        until: '2027-07-01T12:00:00.000Z',
      },
      event,
      new Date('2026-03-01T00:00:00Z'),
    )
    expect(preview).toEqual({
      kind: 'rule',
      text: 'Every month on the 2nd Tuesday, until 1 July 2027',
      next: [
        'Tuesday, 10 March 2026 at 19:00',
        'Tuesday, 14 April 2026 at 19:00',
        'Tuesday, 12 May 2026 at 19:00',
        'Tuesday, 9 June 2026 at 19:00',
        'Tuesday, 14 July 2026 at 19:00',
      ],
    })
  })

  it('says what to change when the fields make no rule, and nothing for a one-off event', () => {
    expect(
      previewRule(
        { frequency: 'weekly', weekdays: [{ day: 'TU', position: 'last' }] },
        event,
        new Date(),
      ),
    ).toEqual({ kind: 'problem', message: expect.stringMatching(/monthly or yearly/) })
    expect(previewRule({ frequency: null }, event, new Date())).toEqual({ kind: 'none' })
  })
})
