import type { Config, Plugin } from 'payload'

/**
 * The reference backend's session cookies: `Secure` and `SameSite=Lax` in
 * production (the admin and API are served over HTTPS there), Payload's
 * defaults in development so http://localhost keeps working. A plugin of the
 * reference backend, not of the package: the package never changes a host's
 * auth settings. Applied to the admin's accounts collection, keeping its other
 * auth options (login attempts, lock time).
 */
export const sessionCookies =
  (production: boolean): Plugin =>
  (config: Config): Config => {
    if (!production) return config
    const usersSlug = config.admin?.user ?? 'users'
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        if (collection.slug !== usersSlug || !collection.auth) return collection
        const auth = collection.auth === true ? {} : collection.auth
        return {
          ...collection,
          auth: { ...auth, cookies: { ...auth.cookies, secure: true, sameSite: 'Lax' } },
        }
      }),
    }
  }

/**
 * Payload's CSRF allow-list: a request authenticated by cookie is honoured only
 * from these origins (the admin's own, and the websites allowed by CORS).
 * Empty (no SERVER_URL, no CORS_ORIGINS) leaves Payload's default.
 */
export const csrfOrigins = (env: Record<string, string | undefined>): string[] =>
  [env.SERVER_URL, ...(env.CORS_ORIGINS ?? '').split(',')]
    .map((origin) => origin?.trim().replace(/\/+$/, ''))
    .filter((origin): origin is string => Boolean(origin))
