import { charityOptionsFromEnv } from '../../backend/config/environment.ts'
import { DEVELOPMENT_SECRET, secretProblem } from '../../backend/config/secret.ts'
import {
  adoptListeningAddress,
  assertProductionServerUrl,
  serverUrlFromEnv,
  serverUrlProblem,
} from '../../backend/config/serverUrl.ts'
import { databaseKind } from '../../backend/database/adapter.ts'
import { ADVISORY_LOCK_KEYS } from '../../backend/database/advisoryLocks.ts'

describe('the reference backend maps its environment to plugin options', () => {
  it('passes the webhook secret, website address, preview secret, sitemap size, feed titles, media folder, rate limits and client address', () => {
    const options = charityOptionsFromEnv({
      DONATIONS_WEBHOOK_SECRET: 'whs',
      FRONTEND_URL: 'https://example.org',
      FEED_TITLE: 'Our news',
      CALENDAR_NAME: 'Our events',
      MEDIA_DIR: '/srv/media',
      WEBHOOKS_ALLOW_PRIVATE: 'true',
      PREVIEW_SECRET: 'pvs',
      SITEMAP_MAX_URLS: '1000',
    })
    expect(options).toEqual({
      donationsWebhookSecret: 'whs',
      websiteUrl: 'https://example.org',
      preview: { secret: 'pvs' },
      sitemap: { maxUrls: 1000 },
      feeds: { postsTitle: 'Our news', calendarName: 'Our events' },
      webhooks: { allowPrivateAddresses: true },
      mediaDir: '/srv/media',
      // Every rule at the plugin's default, counted where the server says (Redis with REDIS_URL).
      rateLimits: { rules: {}, store: expect.any(Function) },
      // The address express worked out (TRUST_PROXY), not a header.
      clientAddress: expect.any(Function),
    })
  })

  it('refuses webhooks to private addresses unless WEBHOOKS_ALLOW_PRIVATE is exactly "true"', () => {
    for (const value of [undefined, '', 'false', '1', 'yes']) {
      expect(charityOptionsFromEnv({ WEBHOOKS_ALLOW_PRIVATE: value }).webhooks).toEqual({
        allowPrivateAddresses: false,
      })
    }
  })

  it('keeps uploads under .data/media when MEDIA_DIR is unset', () => {
    expect(charityOptionsFromEnv({}).mediaDir).toMatch(/\.data\/media$/)
    expect(charityOptionsFromEnv({}).donationsWebhookSecret).toBeUndefined()
  })

  it('refuses a SITEMAP_MAX_URLS that is not a whole number', () => {
    expect(() => charityOptionsFromEnv({ SITEMAP_MAX_URLS: 'lots' })).toThrow(
      /SITEMAP_MAX_URLS must be a whole number/,
    )
  })
})

describe('production secrets', () => {
  it('refuses missing, default and short secrets, and accepts a long random one', () => {
    expect(secretProblem(undefined)).toBe('is missing')
    expect(secretProblem(DEVELOPMENT_SECRET)).toBe('is a known default value')
    expect(secretProblem('short')).toMatch(/shorter than 32/)
    expect(secretProblem('a'.repeat(64))).toBeNull()
  })
})

describe('SERVER_URL, the one public address', () => {
  it('is SERVER_URL as an origin, or http://localhost:<PORT> outside production', () => {
    expect(serverUrlFromEnv({ SERVER_URL: 'https://cms.example.org/' })).toBe(
      'https://cms.example.org',
    )
    expect(serverUrlFromEnv({})).toBe('http://localhost:3000')
    expect(serverUrlFromEnv({ PORT: '4100' })).toBe('http://localhost:4100')
  })

  it('refuses a path, credentials, a query or a scheme other than http(s)', () => {
    expect(serverUrlProblem('https://cms.example.org')).toBeNull()
    expect(serverUrlProblem(undefined)).toBe('is not set')
    expect(serverUrlProblem('https://cms.example.org/api')).toMatch(/origin only/)
    expect(serverUrlProblem('https://u:p@cms.example.org')).toMatch(/origin only/)
    expect(serverUrlProblem('ftp://cms.example.org')).toMatch(/not http/)
    expect(serverUrlProblem('cms.example.org')).toMatch(/not an address/)
    expect(() => serverUrlFromEnv({ SERVER_URL: 'https://cms.example.org/x' })).toThrow(
      /SERVER_URL must be an origin only/,
    )
  })

  it('is required in production, with a message saying what to set', () => {
    expect(() => assertProductionServerUrl({ NODE_ENV: 'production' })).toThrow(
      /Refusing to start in production: SERVER_URL is not set\. Set SERVER_URL to/,
    )
    expect(() =>
      assertProductionServerUrl({ NODE_ENV: 'production', SERVER_URL: 'https://cms.example.org' }),
    ).not.toThrow()
    expect(() => assertProductionServerUrl({ NODE_ENV: 'development' })).not.toThrow()
  })

  it('follows the port the server got only when it is the development default', () => {
    const config = () =>
      ({
        serverURL: 'http://localhost:0',
        csrf: ['http://localhost:0', 'https://site.example'],
      }) as Parameters<typeof adoptListeningAddress>[0]
    const free = config()
    adoptListeningAddress(free, 'http://localhost:41234', { PORT: '0' })
    expect(free.serverURL).toBe('http://localhost:41234')
    expect(free.csrf).toEqual(['http://localhost:41234', 'https://site.example'])
    const given = config()
    adoptListeningAddress(given, 'http://localhost:41234', {
      PORT: '0',
      SERVER_URL: 'http://x.example',
    })
    expect(given.serverURL).toBe('http://localhost:0')
    const host = { ...config(), serverURL: '' }
    adoptListeningAddress(host, 'http://localhost:41234', { PORT: '0' })
    expect(host.serverURL).toBe('')
  })
})

describe('DATABASE_URI', () => {
  it('picks the adapter from the scheme', () => {
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('file:./x.db')).toBe('sqlite')
    expect(databaseKind('postgres://u@h/db')).toBe('postgres')
    expect(databaseKind('mongodb+srv://u@h/db')).toBe('mongodb')
  })

  it('refuses other schemes without echoing credentials', () => {
    expect(() => databaseKind('mysql://user:hunter2@host/db')).toThrow(/"mysql:"/)
    expect(() => databaseKind('mysql://user:hunter2@host/db')).not.toThrow(/hunter2/)
  })
})

describe('PostgreSQL advisory locks', () => {
  // The seed holds its lock while Payload migrates: a shared key made it wait for itself.
  it('each has a key of its own', () => {
    const keys = Object.values(ADVISORY_LOCK_KEYS)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
