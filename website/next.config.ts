import type { NextConfig } from 'next'

/**
 * Who may frame this site: the admin (its live preview) and nothing else. Read
 * when the site is built (headers are part of the build): set BACKEND_PUBLIC_URL
 * or BACKEND_URL for `npm run build:website`. A build without either allows
 * the admin on any localhost port (development and the tests).
 */
const backend = process.env.BACKEND_PUBLIC_URL || process.env.BACKEND_URL
const adminOrigin = backend ? new URL(backend).origin : 'http://localhost:*'

/** Paths that are not pages: Next's own, the route handlers, and files. */
const NOT_PAGES = '(?:_next|api|cy)(?:/|$)|sitemap\\.xml$|robots\\.txt$|favicon\\.ico$|icon\\.svg$'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` checks the whole repository, the website included; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // English lives at `/`, Welsh at `/cy/…`: both are the `[locale]` segment inside.
  async rewrites() {
    return {
      beforeFiles: [
        { source: `/:path((?!${NOT_PAGES}).*)`, destination: '/en/:path' },
        { source: '/', destination: '/en' },
      ],
      afterFiles: [],
      fallback: [],
    }
  },
  async redirects() {
    return [
      // One address per page: English has no prefix.
      { source: '/en', destination: '/', permanent: true },
      { source: '/en/:path*', destination: '/:path*', permanent: true },
      // The seeded navigation calls the news section /news.
      { source: '/news', destination: '/posts', permanent: false },
      { source: '/cy/news', destination: '/cy/posts', permanent: false },
    ]
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: `frame-ancestors 'self' ${adminOrigin}` },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ]
  },
}

export default nextConfig
