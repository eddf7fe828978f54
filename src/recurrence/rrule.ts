import * as rruleModule from 'rrule'

/**
 * rrule ships CommonJS to Node (whose named exports Node cannot detect) and ES
 * modules to bundlers: Node's namespace holds it under `default`, a bundler's does not.
 */
const rrule =
  (rruleModule as typeof rruleModule & { default?: typeof rruleModule }).default ?? rruleModule

export const { Frequency, RRule, Weekday } = rrule
export type { Options as RRuleOptions } from 'rrule'
export type RRule = InstanceType<typeof RRule>
