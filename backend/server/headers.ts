import type { RequestHandler } from 'express'

import helmet from 'helmet'

/**
 * Security headers on every answer (helmet): `X-Content-Type-Options: nosniff`,
 * a frame policy that lets only the admin frame itself (Live Preview frames
 * the website inside the admin, never the admin inside a website), and no
 * cross-origin resource policy, since websites on other origins show our media.
 * The admin's own scripts get no other CSP here: Next sets what it needs.
 */
export const securityHeaders = (): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      // Only the frame policy: a default-src here would also restrict the admin's own scripts.
      directives: {
        defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
        frameAncestors: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // Sent by `strictTransportSecurity` below, only in production and only over HTTPS.
    strictTransportSecurity: false,
    xFrameOptions: { action: 'sameorigin' },
  })

/**
 * HSTS in production when the request came over HTTPS (directly, or through a
 * trusted proxy's `X-Forwarded-Proto`, see TRUST_PROXY): over plain HTTP a
 * browser ignores it, and in development it would pin localhost to HTTPS.
 */
export const strictTransportSecurity =
  (production: boolean): RequestHandler =>
  (req, res, next) => {
    if (production && req.secure) {
      res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    }
    next()
  }
