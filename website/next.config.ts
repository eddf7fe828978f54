import type { NextConfig } from 'next'

/** The backend's origin, allowed to frame this site (the admin's live preview) and nothing else. */
const adminOrigin = new URL(
  process.env.BACKEND_PUBLIC_URL || process.env.BACKEND_URL || 'http://localhost:3000',
).origin

/** Paths that are not pages: Next's own, the route handlers, and files. */
const NOT_PAGES = '(?:_next|api|cy)(?:/|$)|sitemap\\.xml$|robots\\.txt$|favicon\\.ico$'

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
