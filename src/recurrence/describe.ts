import type { RecurrenceFields } from './rule.ts'

import { nextOccurrences } from './expand.ts'
import { RRule } from './rrule.ts'
import { buildRule, RecurrenceProblem } from './rule.ts'

export type RulePreview =
  | { kind: 'none' }
  | { kind: 'problem'; message: string }
  | { kind: 'rule'; text: string; next: string[] }

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * The editor's recurrence fields in words ("Every month on the 2nd Tuesday,
 * until 1 July 2027", rrule's own wording with the ending in British form)
 * and the next five starts after `now`, as the event's zone shows them.
 */
export const previewRule = (
  fields: null | RecurrenceFields | undefined,
  event: { startsAt?: null | string; endsAt?: null | string; timezone?: null | string },
  now: Date,
): RulePreview => {
  if (!fields?.frequency || !event.startsAt) return { kind: 'none' }
  const zone = event.timezone || 'Europe/London'
  let rule: null | string
  try {
    rule = buildRule(fields, new Date(event.startsAt), zone)
  } catch (error) {
    if (error instanceof RecurrenceProblem) return { kind: 'problem', message: error.message }
    throw error
  }
  if (!rule) return { kind: 'none' }
  const options = RRule.parseString(rule)
  const { count, until, ...repeats } = options
  const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: zone })
  const ending = until ? `, until ${day.format(until)}` : count ? `, ${count} times` : ''
  const text = sentence(new RRule(repeats).toText()) + ending
  const starts = nextOccurrences(
    {
      startsAt: event.startsAt,
      endsAt: event.endsAt || event.startsAt,
      timezone: zone,
      recurrence: { rule },
    },
    now,
    5,
  )
  const when = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: zone,
  })
  return { kind: 'rule', text, next: starts.map((occurrence) => when.format(occurrence.startsAt)) }
}
