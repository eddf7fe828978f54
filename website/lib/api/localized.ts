import type { Locale } from '../locales'

/**
 * Which fields of an object fell back to English on a Welsh page, by key:
 * the page marks them `lang="en"`. Set on every object that has localized
 * fields (a document, a group such as `meta`, an array row such as a speaker).
 *
 * The backend will soon answer with its own `_fallback` list; until then it is
 * worked out here, in one of two ways, and nowhere else.
 */
export type WithFallback = { _fallback?: string[] }

const LOCALE_KEYS = new Set(['en', 'cy'])

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)

/** `{ en, cy }` as REST's `locale=all` writes a localized field (no other object here has only these keys). */
const isLocaleMap = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value as object).length > 0 &&
  Object.keys(value as object).every((key) => LOCALE_KEYS.has(key))

/**
 * A REST answer read with `locale=all`, turned into the answer for `locale`:
 * each localized field takes the language's value, or English where it is
 * empty, and the field's key goes into its object's `_fallback`.
 */
export const pickLocale = <T>(value: unknown, locale: Locale): T => {
  if (Array.isArray(value)) return value.map((item) => pickLocale(item, locale)) as T
  if (!value || typeof value !== 'object') return value as T
  const fallback: string[] = []
  const out: Record<string, unknown> = {}
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (isLocaleMap(entry)) {
      const own = entry[locale]
      if (isEmpty(own) && !isEmpty(entry.en) && locale !== 'en') fallback.push(key)
      out[key] = pickLocale(isEmpty(own) ? (entry.en ?? null) : own, locale)
    } else {
      out[key] = pickLocale(entry, locale)
    }
  }
  if (fallback.length) out._fallback = fallback
  return out as T
}

/**
 * The same for GraphQL, which has no `locale: all`: the Welsh answer read with
 * `fallbackLocale: none` laid over the English one, field by field.
 */
export const overlay = <T>(own: unknown, english: unknown): T => {
  if (isEmpty(own)) return english as T
  if (Array.isArray(own)) {
    const rows = Array.isArray(english) ? english : []
    return own.map((item, index) => overlay(item, rows[index])) as T
  }
  if (!own || typeof own !== 'object' || !english || typeof english !== 'object') return own as T
  const base = english as Record<string, unknown>
  const fallback: string[] = []
  const out: Record<string, unknown> = {}
  for (const [key, entry] of Object.entries(own as Record<string, unknown>)) {
    if (isEmpty(entry) && !isEmpty(base[key])) fallback.push(key)
    out[key] = overlay(entry, base[key])
  }
  if (fallback.length) out._fallback = fallback
  return out as T
}

/** `lang="en"` for a field that fell back to English, nothing otherwise (the page's own language applies). */
export const langOf = (object: null | object | undefined, key: string): 'en' | undefined =>
  (object as null | undefined | WithFallback)?._fallback?.includes(key) ? 'en' : undefined
