/**
 * Fill the empty database at DATABASE_URI with the occurrences benchmark's
 * events: EVENTS published events over a year from FROM, SERIES of them
 * weekly series of a year each (their starts spread over that year), the
 * rest single events. Run with NODE_ENV=test so Payload pushes its schema.
 *
 * Rows go in through the database adapter, in one transaction: thousands of
 * full Local API creates (versions, hooks, search sync) would take longer
 * than the measurement. The stored bounds are the first start and last end
 * of the series' own expansion, as the events' hook stores them on save;
 * their occurrences are then stored by `rebuildEventOccurrences`, as after
 * the seed's bulk load.
 */
import { getPayload } from 'payload'
import { occurrencesBetween, rebuildEventOccurrences } from 'payload-plugin-charity/server'

import config from '../../payload.config.ts'

const DAY_MS = 24 * 60 * 60 * 1000
const events = Number(process.env.EVENTS ?? 10_000)
const series = Number(process.env.SERIES ?? 1_000)
const from = new Date(process.env.FROM ?? '2027-01-01T00:00:00Z')
const TYPES = ['workshop', 'training', 'webinar', 'fundraiser', 'meeting'] as const

const payload = await getPayload({ config })
const transactionID = await payload.db.beginTransaction()
const req = { transactionID: transactionID ?? undefined, payload, locale: 'en' }
const started = performance.now()
for (let index = 0; index < events; index++) {
  const repeating = index < series
  // Spread evenly over the year, at a time of day that varies: starts are rarely equal.
  const offset = Math.floor(((index * 7919) % events) * ((365 * DAY_MS) / events))
  const startsAt = new Date(from.getTime() + offset + (index % 24) * 15 * 60 * 1000)
  const endsAt = new Date(startsAt.getTime() + 2 * 60 * 60 * 1000)
  const rule = repeating ? 'FREQ=WEEKLY;COUNT=52' : null
  const input = {
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    timezone: 'Europe/London',
    recurrence: { rule },
  }
  const all = occurrencesBetween(input, startsAt, new Date(startsAt.getTime() + 2 * 365 * DAY_MS))
  if (all.length !== (repeating ? 52 : 1))
    throw new Error(`event ${index + 1}: ${all.length} occurrences`)
  const bounds = { startsAt: all[0]?.startsAt as Date, endsAt: all.at(-1)?.endsAt as Date }
  await payload.db.create({
    collection: 'events',
    data: {
      title: `${repeating ? 'Weekly meeting' : 'Event'} ${index + 1}`,
      slug: `bench-event-${index + 1}`,
      eventType: TYPES[index % TYPES.length],
      attendanceMode: 'in-person',
      eventStatus: 'scheduled',
      ...input,
      recurrence: repeating ? { frequency: 'weekly', ends: 'count', count: 52, rule } : { rule },
      seriesStartsAt: bounds.startsAt.toISOString(),
      seriesEndsAt: bounds.endsAt.toISOString(),
      _status: 'published',
    },
    // A stand-in request: the adapter reads only its transaction and locale.
    req: req as never,
  })
}
if (transactionID) await payload.db.commitTransaction(transactionID)
// The rows bypassed the events' hooks: store their occurrences as the seed's bulk load does.
const occurrences = await rebuildEventOccurrences(payload)
console.log(
  `generated ${events} events (${series} weekly series, ${occurrences} occurrences stored) in ${Math.round(performance.now() - started)} ms`,
)
await payload.destroy()
process.exit(0)
