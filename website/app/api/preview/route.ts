import type { NextRequest } from 'next/server'

import { draftMode } from 'next/headers'
import { NextResponse } from 'next/server'

import {
  PREVIEW_CHECKED_COOKIE,
  PREVIEW_HEADERS,
  PREVIEWABLE,
  previewSecret,
  secretMatches,
  SESSION_COOKIE,
  staffUser,
} from '../../../lib/preview'

const problem = (status: number, message: string) =>
  NextResponse.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * Draft mode, for staff only: `GET /api/preview?secret=…&path=/posts/<slug>`.
 * The secret shows the link came from us (the admin, or this site's proxy);
 * the visitor's own backend session shows they are staff. Both are needed, so
 * a preview link in the wrong hands opens nothing.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  // From proxy.ts (a staff member opening a page from the admin), or a preview link.
  const fromProxy = request.headers.has(PREVIEW_HEADERS.path)
  if (!previewSecret()) {
    return problem(503, 'Previews are off: set PREVIEW_SECRET in the website’s environment.')
  }
  if (!secretMatches(params.get('secret') ?? request.headers.get(PREVIEW_HEADERS.secret))) {
    return problem(401, 'The preview secret is missing or wrong.')
  }
  const path = request.headers.get(PREVIEW_HEADERS.path) ?? params.get('path') ?? '/'
  if (!PREVIEWABLE.test(path)) {
    return problem(
      400,
      `path must be one of this site's pages, such as /posts/<slug>; not "${path}".`,
    )
  }
  const user = await staffUser(request.cookies.get(SESSION_COOKIE)?.value)
  const back = new URL(path, request.nextUrl.origin)
  if (!user) {
    if (!fromProxy) {
      return problem(401, 'Sign in to the admin first: previews are for staff.')
    }
    // A stale or foreign session cookie: show the published page and stop asking for ten minutes.
    const response = NextResponse.redirect(back, 307)
    response.cookies.set(PREVIEW_CHECKED_COOKIE, '1', {
      maxAge: 600,
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
    })
    return response
  }
  ;(await draftMode()).enable()
  return NextResponse.redirect(back, 307)
}
