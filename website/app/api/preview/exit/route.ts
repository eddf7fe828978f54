import type { NextRequest } from 'next/server'

import { draftMode } from 'next/headers'
import { NextResponse } from 'next/server'

import { PREVIEW_CHECKED_COOKIE, PREVIEWABLE } from '../../../../lib/preview'

/** Leave draft mode and go back to the published page. */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const path = request.nextUrl.searchParams.get('path') ?? '/'
  const response = NextResponse.redirect(
    new URL(PREVIEWABLE.test(path) ? path : '/', request.nextUrl.origin),
    307,
  )
  // Stay out of preview while still signed in to the admin, for a while.
  response.cookies.set(PREVIEW_CHECKED_COOKIE, '1', {
    maxAge: 600,
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
  })
  return response
}
