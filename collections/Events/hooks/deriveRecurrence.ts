import type { CollectionBeforeChangeHook } from 'payload'

import type { SeriesException } from '../../../src/recurrence/expand.ts'
import type { RecurrenceFields } from '../../../src/recurrence/rule.ts'

import { ValidationError } from 'payload'

import { isOccurrenceStart, seriesBounds } from '../../../src/recurrence/expand.ts'
import {
  buildRule,
  RecurrenceProblem,
  recurrenceShapeProblem,
} from '../../../src/recurrence/rule.ts'
import { occurrencesHorizon } from '../../../src/recurrence/store.ts'

type Problem = { path: string; message: string }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(new Date(value).getTime())

const isTimeZone = (value: unknown): value is string => {
  if (typeof value !== 'string') return false
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value })
    return true
  } catch {
    return false
  }
}

const exceptionProblems = (
  exceptions: SeriesException[],
  isStart: (start: Date) => boolean,
): Problem[] =>
  exceptions.flatMap((exception, index): Problem[] => {
    const path = `exceptions.${index}`
    const original = new Date(exception.occurrence)
    if (!isStart(original))
      return [
        {
          path: `${path}.occurrence`,
          message: `${exception.occurrence} is not a start of this series: give the start of the occurrence as the series has it.`,
        },
      ]
    const earlier = exceptions.findIndex(
      (other) => new Date(other.occurrence).getTime() === original.getTime(),
    )
    if (earlier !== index)
      return [
        {
          path: `${path}.occurrence`,
          message: `This occurrence already has an exception (number ${earlier + 1}): change that one.`,
        },
      ]
    if (
      exception.startsAt &&
      exception.endsAt &&
      new Date(exception.endsAt) <= new Date(exception.startsAt)
    )
      return [{ path: `${path}.endsAt`, message: 'A moved occurrence ends after it starts.' }]
    return []
  })

/**
 * Makes `recurrence.rule` (RFC 5545) from the editor's recurrence fields and
 * stores the series' bounds, `seriesStartsAt` and `seriesEndsAt` (null when it
 * never ends), and how far an open-ended one's occurrences are stored
 * (`occurrencesThrough`: the horizon counts from this save). Fields that make
 * no rule, and exceptions that name no occurrence of it, are refused with the
 * field to change.
 */
export const deriveRecurrence: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  // An update may carry only what changed: the rest is as stored.
  const read = (key: string): unknown => (key in data ? data[key] : originalDoc?.[key])
  const startsAt = read('startsAt')
  const endsAt = read('endsAt')
  const timezone = read('timezone') ?? 'Europe/London'
  const given = read('exceptions') ?? []
  const refuse = (errors: Problem[]) =>
    new ValidationError({ collection: collection.slug, errors }, req.t)
  // Collection hooks run before Payload's field checks: what this hook reads is
  // checked for shape first (a group or array of the wrong type would otherwise
  // reach the database), and dates and zones are left to their fields' messages.
  const shape = recurrenceShapeProblem(data.recurrence)
  if (shape) throw refuse([{ path: shape.path, message: shape.message }])
  if (!Array.isArray(given))
    throw refuse([{ path: 'exceptions', message: 'exceptions is a list.' }])
  const malformed = given.findIndex(
    (exception) =>
      !isRecord(exception) ||
      !isDate(exception.occurrence) ||
      (exception.startsAt != null && !isDate(exception.startsAt)) ||
      (exception.endsAt != null && !isDate(exception.endsAt)),
  )
  if (malformed !== -1)
    throw refuse([
      {
        path: `exceptions.${malformed}`,
        message: 'An exception names its occurrence by its start date; moved times are dates too.',
      },
    ])
  const recurrence = {
    ...(originalDoc?.recurrence as RecurrenceFields | undefined),
    ...(data.recurrence as RecurrenceFields | undefined),
  }
  if (!isDate(startsAt) || !isDate(endsAt) || !isTimeZone(timezone)) return data
  const exceptions = given as SeriesException[]

  let rule: null | string
  try {
    rule = buildRule(recurrence, new Date(startsAt), timezone)
  } catch (error) {
    if (error instanceof RecurrenceProblem)
      throw refuse([{ path: error.path, message: error.message }])
    throw error
  }
  if (!rule && exceptions.length > 0)
    throw refuse([
      {
        path: 'exceptions',
        message: 'Exceptions belong to a repeating event: choose a frequency, or remove them.',
      },
    ])
  const series = { startsAt, endsAt, timezone, recurrence: { rule }, exceptions }
  const problems = exceptionProblems(exceptions, (start) => isOccurrenceStart(series, start))
  if (problems.length > 0) throw refuse(problems)

  let bounds: ReturnType<typeof seriesBounds>
  try {
    bounds = seriesBounds(series)
  } catch (error) {
    if (error instanceof RangeError)
      throw refuse([{ path: `recurrence.${recurrence.ends ?? 'ends'}`, message: error.message }])
    throw error
  }
  return {
    ...data,
    recurrence: { ...recurrence, rule },
    seriesStartsAt: bounds.startsAt.toISOString(),
    seriesEndsAt: bounds.endsAt?.toISOString() ?? null,
    occurrencesThrough: occurrencesHorizon(series, new Date())?.toISOString() ?? null,
  }
}
