import type { Locale } from './locales'

/** Intl's name for the language: Welsh dates and numbers where the runtime has them. */
const intlLocale = (locale: Locale) => (locale === 'cy' ? 'cy-GB' : 'en-GB')

/** An amount in minor units (pence) as money: 153000 GBP is £1,530. Whole pounds lose their pence. */
export const money = (
  minor: null | number | undefined,
  currency: string,
  locale: Locale,
): string => {
  const amount = (minor ?? 0) / 100
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency,
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount)
}

/** A date (no time) in a time zone: "Saturday 15 May 2010". */
export const longDate = (iso: string, locale: Locale, timeZone = 'Europe/London'): string =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(new Date(iso))

/** A short date for lists: "15 May 2010". */
export const shortDate = (iso: string, locale: Locale, timeZone = 'Europe/London'): string =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(new Date(iso))

/** A time of day in a time zone, with the zone's short name: "10:00 BST". */
export const time = (iso: string, locale: Locale, timeZone: string): string =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso))

/** When an event happens, in the event's own time zone: the date, and the times unless all day. */
export const eventWhen = (
  event: { startsAt: string; endsAt: string; timezone?: null | string; allDay?: boolean | null },
  locale: Locale,
): string => {
  const zone = event.timezone || 'Europe/London'
  const startDay = longDate(event.startsAt, locale, zone)
  const endDay = longDate(event.endsAt, locale, zone)
  if (event.allDay) return startDay === endDay ? startDay : `${startDay} – ${endDay}`
  const start = `${startDay}, ${time(event.startsAt, locale, zone)}`
  return startDay === endDay
    ? `${start} – ${time(event.endsAt, locale, zone)}`
    : `${start} – ${endDay}, ${time(event.endsAt, locale, zone)}`
}
