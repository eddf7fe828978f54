import type { Where } from 'payload'

/** The constraint that keeps a reader to published documents. */
export const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Published documents that also meet every other constraint given (feeds, calendars, dashboards). */
export const publishedAnd = (...constraints: Where[]): Where =>
  constraints.length ? { and: [PUBLISHED, ...constraints] } : PUBLISHED
