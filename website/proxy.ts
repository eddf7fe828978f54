import type { NextRequest } from 'next/server'

import { NextResponse } from 'next/server'

import { PREVIEW_HEADERS, previewSecret } from './lib/preview'

/**
 * The admin's Preview and Live Preview open a document's page at its plain
 * address (`/posts/<slug>`, `/get-involved/training`). Only requests carrying the backend's session
 * cookie reach this (see `config` below): they are sent, on the server, through
 * the preview route, which turns on draft mode if the session is a staff
 * member's. Everyone else gets the static page without this code running.
 */
export function proxy(request: NextRequest) {
  const secret = previewSecret()
  if (!secret) return NextResponse.next()
  const target = request.nextUrl.clone()
  target.pathname = '/api/preview'
  target.search = ''
  // Headers, not the query: a rewrite keeps the visitor's own query string.
  const headers = new Headers(request.headers)
  headers.set(PREVIEW_HEADERS.secret, secret)
  headers.set(PREVIEW_HEADERS.path, request.nextUrl.pathname)
  return NextResponse.rewrite(target, { request: { headers } })
}

// Static (Next reads it at build time): staff requests for any page (editors' pages live at
// any path), not yet in preview; never the route handlers, Next's files or the site's own files.
export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/|sitemap\\.xml|robots\\.txt|icon\\.svg|favicon\\.ico).*)',
      has: [{ type: 'cookie', key: 'payload-token' }],
      missing: [
        { type: 'cookie', key: '__prerender_bypass' },
        { type: 'cookie', key: 'charity-preview-checked' },
      ],
    },
  ],
}
