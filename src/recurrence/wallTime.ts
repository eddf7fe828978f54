import { TZDate } from '@date-fns/tz'

/**
 * rrule counts in "floating" time: a Date whose UTC fields are the wall clock
 * of the event's zone. Expanding there and converting each date back keeps
 * 19:00 London at 19:00 local on both sides of a daylight-saving change.
 */
export const toFloating = (instant: Date, timeZone: string): Date => {
  const local = new TZDate(instant.getTime(), timeZone)
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
      local.getMilliseconds(),
    ),
  )
}

/** The instant at which the zone's clocks show the floating date's wall time. */
export const fromFloating = (floating: Date, timeZone: string): Date =>
  new Date(
    new TZDate(
      floating.getUTCFullYear(),
      floating.getUTCMonth(),
      floating.getUTCDate(),
      floating.getUTCHours(),
      floating.getUTCMinutes(),
      floating.getUTCSeconds(),
      floating.getUTCMilliseconds(),
      timeZone,
    ).getTime(),
  )
