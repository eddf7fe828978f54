import type { Locale } from '../locales'

/**
 * Which fields of an object fell back to English on a Welsh page, by key:
 * the page marks them `lang="en"`. Set on every object that has localized
 * fields (a document, a group such as `meta`, an array row such as a speaker).
 *
 * REST answers read with `locale=all` have it worked out here (`pickLocale`);
 * GraphQL answers carry the backend's own `_fallback` paths, spread onto the
 * objects here (`spreadFallback`).
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
 * The backend's `_fallback` (on each document and global: the paths of the
 * fields showing English, such as `"excerpt"`, `"meta.description"` or
 * `"header.0.link.label"`) put on the objects that hold those fields, as keys:
 * `meta._fallback = ["description"]`, as the pages read it. Only fields the
 * answer holds are marked.
 */
export const spreadFallback = <T>(value: unknown): T => {
  if (Array.isArray(value)) return value.map((item) => spreadFallback(item)) as T
  if (!value || typeof value !== 'object') return value as T
  const out: Record<string, unknown> = {}
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (key !== '_fallback') out[key] = spreadFallback(entry)
  }
  const paths = (value as WithFallback)._fallback
  for (const path of Array.isArray(paths) ? paths : []) {
    const parts = path.split('.')
    const key = parts.pop()
    let holder: unknown = out
    for (const part of parts) holder = (holder as Record<string, unknown> | null)?.[part]
    if (!key || !holder || typeof holder !== 'object' || Array.isArray(holder)) continue
    if (!(key in holder)) continue
    const marked = holder as WithFallback
    if (!marked._fallback?.includes(key)) marked._fallback = [...(marked._fallback ?? []), key]
  }
  return out as T
}

/** `lang="en"` for a field that fell back to English, nothing otherwise (the page's own language applies). */
export const langOf = (object: null | object | undefined, key: string): 'en' | undefined =>
  (object as null | undefined | WithFallback)?._fallback?.includes(key) ? 'en' : undefined
