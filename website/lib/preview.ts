import type { Reader } from './api/client'
import type { Locale } from './locales'

import { cookies, draftMode } from 'next/headers'
import { timingSafeEqual } from 'node:crypto'

import { BACKEND_URL } from './config'

/** The backend's session cookie (Payload's `payload-token`), which the browser sends here too when the admin is on the same site. */
export const SESSION_COOKIE = 'payload-token'

/** Set when a session cookie turned out not to be a staff member's, so the proxy stops offering a preview for a while. */
export const PREVIEW_CHECKED_COOKIE = 'charity-preview-checked'

/**
 * The secret the preview route asks for: in production it must be set
 * (`PREVIEW_SECRET`); in development a fixed value keeps `npm run dev`
 * configuration-free.
 */
export const previewSecret = (): null | string =>
  process.env.PREVIEW_SECRET ||
  (process.env.NODE_ENV === 'production' ? null : 'development-preview-secret')

export const secretMatches = (given: null | string): boolean => {
  const expected = previewSecret()
  if (!expected || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

export type StaffUser = { id: number | string; role: string; name?: string }

/** Who a Payload token belongs to, asked of the backend; null for no one, or for anyone who is not staff. */
export const staffUser = async (token: null | string | undefined): Promise<null | StaffUser> => {
  if (!token) return null
  const response = await fetch(new URL('/api/users/me', BACKEND_URL), {
    headers: { Authorization: `JWT ${token}` },
    cache: 'no-store',
  })
  if (!response.ok) return null
  const { user } = (await response.json()) as { user: null | StaffUser }
  return user?.role ? user : null
}

/**
 * How this request reads the backend. Everyone reads published content,
 * anonymously; in draft mode a signed-in editor's own token is used, so the
 * backend's access rules decide which drafts they see. Draft mode without a
 * token (signed out since) reads published content, like everyone else.
 */
export const readerFor = async (locale: Locale): Promise<Reader> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return { locale }
  const token = (await cookies()).get(SESSION_COOKIE)?.value
  return { locale, draftToken: token ?? null }
}

/** How proxy.ts hands a staff request to the preview route, on the server. */
export const PREVIEW_HEADERS = {
  secret: 'x-charity-preview-secret',
  path: 'x-charity-preview-path',
}

/**
 * Paths a preview may open: any path of this site made of slugs (the home
 * page, a document's page, an editor's page nested up to eight deep), in
 * either language; never a route handler or Next's own files.
 */
export const PREVIEWABLE = /^(?!\/(?:api|_next)(?:\/|$))(?:\/cy)?(?:\/[a-z0-9][a-z0-9-]*){0,9}\/?$/
