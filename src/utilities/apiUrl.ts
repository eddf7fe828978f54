import type { SanitizedConfig } from 'payload'

/**
 * The absolute address of one of this backend's API routes (`path` after
 * `/api`), made from Payload's `serverURL` alone: never from the request's
 * Host header, which anyone can forge and a cache would then hand to everyone.
 * Null when the config has no `serverURL` (a host that sets none gets no
 * self links).
 */
export const apiUrl = (
  config: Pick<SanitizedConfig, 'routes' | 'serverURL'>,
  path: string,
): null | string =>
  config.serverURL ? `${config.serverURL.replace(/\/+$/, '')}${config.routes.api}${path}` : null
