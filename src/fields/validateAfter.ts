import type { Validate } from 'payload'

type Options = {
  /** The sibling field this one must come after. */
  start: string
  /** The message shown when it does not, naming both fields. */
  message: string
  /** Whether the same moment is allowed (a campaign may end the day it starts). */
  allowEqual?: boolean
}

/** Whether `end` comes after `start` (both optional: a missing one passes). */
export const isAfter = (end: unknown, start: unknown, allowEqual = false): boolean => {
  if (!end || !start) return true
  const endTime = new Date(end as string).getTime()
  const startTime = new Date(start as string).getTime()
  if (Number.isNaN(endTime) || Number.isNaN(startTime)) return true
  return allowEqual ? endTime >= startTime : endTime > startTime
}

/** A date field's check that it ends after the sibling field it starts from. */
export const validateAfter =
  ({ start, message, allowEqual = false }: Options): Validate =>
  (value, { siblingData }) =>
    isAfter(value, (siblingData as Record<string, unknown> | undefined)?.[start], allowEqual)
      ? true
      : message
