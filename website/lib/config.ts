/**
 * The website's settings, all from the environment (read at run time on the
 * server, never baked into the browser's bundle). Defaults are the local
 * development addresses `npm run dev` uses.
 */
const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '')

/** Where the website's server reaches the backend's API. */
export const BACKEND_URL = withoutTrailingSlash(process.env.BACKEND_URL || 'http://localhost:3000')

/** Where browsers reach the backend (media files, the forms, live preview's messages); the same unless a private address is used above. */
export const BACKEND_PUBLIC_URL = withoutTrailingSlash(
  process.env.BACKEND_PUBLIC_URL || BACKEND_URL,
)

/** This website's own public address: canonical links, sitemap, Open Graph. */
export const WEBSITE_URL = withoutTrailingSlash(process.env.WEBSITE_URL || 'http://localhost:3001')

/** Pages are rebuilt on the webhook; this is the longest they live without one (scheduled posts, appeals opening). */
export const REVALIDATE_SECONDS = 300
