import type { ICalEventData } from 'ical-generator'

import ical, { ICalEventStatus } from 'ical-generator'

import { calendarText } from '../../src/utilities/calendarText.ts'

const CALENDAR = {
  name: 'Events — ACT',
  prodId: { company: 'payload-plugin-charity', product: 'events' },
}

/** Events with long, multi-byte text, so the library folds lines, and a fixed stamp, so two renderings can match. */
const events = (count: number): ICalEventData[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `events-${index}@payload-plugin-charity`,
    stamp: new Date('2026-11-30T12:00:00Z'),
    start: new Date(Date.UTC(2026, 11, 1 + index, 10)),
    end: new Date(Date.UTC(2026, 11, 1 + index, 16)),
    summary: `Community training day ${index}, Ynys Môn — “Spotting the signs”`,
    description: `A day for anyone who wants to help their community stand up to trafficking. ${'Cynhelir yn Gymraeg a Saesneg. '.repeat(4)}`,
    location: 'Neuadd y Dref, 1 Stryd Fawr, Llangefni, LL77 7LR',
    status: index % 7 === 0 ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    sequence: index % 3,
  }))

describe('calendarText', () => {
  it.each([0, 1, 49, 50, 51, 137])(
    'gives exactly the text one toString() of %i events gives',
    async (count) => {
      const all = events(count)
      const expected = ical({ ...CALENDAR, events: all }).toString()
      expect(await calendarText(CALENDAR, all)).toBe(expected)
    },
  )

  it('folds text as the library does where a break falls on a multi-byte character or an emoji', async () => {
    // Every width of character at every offset from the fold: 1, 2, 3 and 4 octets (a surrogate
    // pair), and a lone surrogate, which is counted as the replacement character.
    const pieces = ['a', 'é', 'ŵ', '—', '“', '🙂', '\ud83d', '\ude42']
    const all = pieces.flatMap((piece, p) =>
      Array.from({ length: 8 }, (_, offset) => ({
        id: `events-${p}-${offset}@payload-plugin-charity`,
        stamp: new Date('2026-11-30T12:00:00Z'),
        start: new Date(Date.UTC(2026, 11, 1, 10)),
        summary: `${'x'.repeat(60 + offset)}${piece.repeat(40)} end`,
        description: `${piece}${'y'.repeat(70 + offset)}${piece}${'z'.repeat(offset)}`,
      })),
    )
    const expected = ical({ ...CALENDAR, events: all }).toString()
    expect(expected).toMatch(/\r\n /)
    expect(await calendarText(CALENDAR, all, 7)).toBe(expected)
  })

  it('gives other work a turn between batches, not only at the end', async () => {
    let ranDuring = false
    let finished = false
    const rendering = calendarText(CALENDAR, events(120), 50).then(() => (finished = true))
    // Scheduled after the rendering started: it runs during it only if the rendering yields.
    setImmediate(() => (ranDuring = !finished))
    await rendering
    expect(ranDuring).toBe(true)
  })
})
