import type { AddressInfo } from 'node:net'

import { createServer, type Server } from 'node:http'
import { Webhook } from 'standardwebhooks'

import { resolveOptions } from '../../src/options.ts'
import {
  isPublicAddress,
  obviouslyPrivateHost,
  RefusedAddressError,
  resolveWebhookHost,
} from '../../src/webhooks/addresses.ts'
import { publicationChange, webhookEventTypes } from '../../src/webhooks/events.ts'
import { failingTooLong, retryDelayMs, signingSecrets } from '../../src/webhooks/schedule.ts'
import { sendWebhook } from '../../src/webhooks/send.ts'
import { isSigningSecret, newSigningSecret, signedHeaders } from '../../src/webhooks/signing.ts'

describe('which addresses a webhook may reach', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00:ec2::254',
    'fc00::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
    '2002:7f00:1::1',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false)
  })

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'allows %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true)
    },
  )

  it('refuses anything that is not an address', () => {
    expect(isPublicAddress('example.org')).toBe(false)
  })

  it('spots loopback and private hosts in a URL without the network', () => {
    expect(obviouslyPrivateHost('localhost')).toBe(true)
    expect(obviouslyPrivateHost('api.localhost')).toBe(true)
    expect(obviouslyPrivateHost('[::1]')).toBe(true)
    expect(obviouslyPrivateHost('192.168.0.10')).toBe(true)
    expect(obviouslyPrivateHost('example.org')).toBe(false)
    expect(obviouslyPrivateHost('93.184.215.14')).toBe(false)
  })

  it('resolves a name and refuses it when any answer is private', async () => {
    await expect(resolveWebhookHost('localhost', false)).rejects.toThrow(RefusedAddressError)
    await expect(resolveWebhookHost('localhost', false)).rejects.toThrow(/loopback, private/)
    await expect(resolveWebhookHost('localhost', true)).resolves.toEqual(
      expect.arrayContaining([expect.objectContaining({ address: expect.any(String) })]),
    )
    await expect(resolveWebhookHost('no-such-host.invalid', true)).rejects.toThrow(
      /does not resolve/,
    )
  })
})

describe('delivering one attempt', () => {
  let server: Server
  let base: string
  const hits: string[] = []
  beforeAll(async () => {
    server = createServer((request, response) => {
      hits.push(request.url ?? '')
      if (request.url === '/redirect') {
        response.writeHead(302, { location: '/elsewhere' }).end()
      } else if (request.url === '/slow') {
        setTimeout(() => response.writeHead(204).end(), 3000).unref()
      } else if (request.url === '/broken') {
        response.writeHead(500).end('receiver broke')
      } else {
        response.writeHead(204).end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const send = (path: string, allowPrivateAddresses = true, timeoutMs = 10_000) =>
    sendWebhook({ url: base + path, headers: {}, body: '{}', timeoutMs, allowPrivateAddresses })

  it('succeeds on a 2xx and times the attempt', async () => {
    const result = await send('/ok')
    expect(result).toMatchObject({ ok: true, statusCode: 204, error: null })
    expect(result.durationMs).toBeGreaterThanOrEqual(0)
  })

  it('refuses a loopback receiver unless private addresses are allowed, without connecting', async () => {
    const before = hits.length
    const result = await send('/ok', false)
    expect(result).toMatchObject({ ok: false, statusCode: null })
    expect(result.error).toMatch(/127\.0\.0\.1.*public addresses/)
    expect(hits.length).toBe(before)
  })

  it('does not follow a redirect', async () => {
    const result = await send('/redirect')
    expect(result).toMatchObject({ ok: false, statusCode: 302 })
    expect(result.error).toMatch(/redirects are not followed/)
    expect(hits).not.toContain('/elsewhere')
  })

  it('gives up on a receiver that does not answer in time', async () => {
    const result = await send('/slow', true, 500)
    expect(result).toMatchObject({ ok: false, statusCode: null })
    expect(result.error).toMatch(/No answer within 0.5 s/)
    expect(result.durationMs).toBeLessThan(2500)
  })

  it('records what a failing receiver said', async () => {
    expect(await send('/broken')).toMatchObject({
      ok: false,
      statusCode: 500,
      error: 'Answered 500: receiver broke',
    })
  })

  it('refuses URLs it cannot send to', async () => {
    const result = await sendWebhook({
      url: 'ftp://example.org/x',
      headers: {},
      body: '{}',
      timeoutMs: 1000,
      allowPrivateAddresses: true,
    })
    expect(result.error).toMatch(/https:\/\/ or http:\/\//)
  })
})

describe('signing', () => {
  it('makes Standard Webhooks secrets and signatures the reference library verifies', () => {
    const secret = newSigningSecret()
    expect(isSigningSecret(secret)).toBe(true)
    expect(newSigningSecret()).not.toBe(secret)
    const body = '{"type":"posts.published"}'
    const headers = signedHeaders('msg_abc', new Date(), body, [secret])
    expect(headers['webhook-id']).toBe('msg_abc')
    expect(new Webhook(secret).verify(body, headers)).toEqual({ type: 'posts.published' })
  })

  it('signs with every secret given, so either verifies during a rotation', () => {
    const [a, b] = [newSigningSecret(), newSigningSecret()]
    const headers = signedHeaders('msg_1', new Date(), '{}', [a, b])
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2)
    expect(() => new Webhook(a).verify('{}', headers)).not.toThrow()
    expect(() => new Webhook(b).verify('{}', headers)).not.toThrow()
    expect(() => new Webhook(newSigningSecret()).verify('{}', headers)).toThrow()
  })

  it('keeps the previous secret signing only until it expires', () => {
    const now = new Date('2026-06-01T12:00:00Z')
    const endpoint = { secret: 'new', previousSecret: 'old' }
    expect(
      signingSecrets({ ...endpoint, previousSecretExpiresAt: '2026-06-02T12:00:00Z' }, now),
    ).toEqual(['new', 'old'])
    expect(
      signingSecrets({ ...endpoint, previousSecretExpiresAt: '2026-06-01T11:59:59Z' }, now),
    ).toEqual(['new'])
  })
})

describe('retries', () => {
  it('wait longer each time, and end after about a day', () => {
    const waits = Array.from({ length: 10 }, (_, index) => retryDelayMs(index + 1))
    expect(waits.slice(0, 3)).toEqual([5_000, 20_000, 80_000])
    expect(waits[9]).toBeNull()
    const total = (waits.filter((wait) => wait !== null) as number[]).reduce((a, b) => a + b, 0)
    expect(total / 3_600_000).toBeGreaterThan(20)
    expect(total / 3_600_000).toBeLessThan(30)
  })

  it('switch an endpoint off after a day of failures', () => {
    const now = new Date('2026-06-02T12:00:00Z')
    expect(failingTooLong(null, now)).toBe(false)
    expect(failingTooLong('2026-06-01T13:00:00Z', now)).toBe(false)
    expect(failingTooLong('2026-06-01T12:00:00Z', now)).toBe(true)
  })
})

describe('what a change announces', () => {
  const live = (updatedAt: string) => ({ status: 'published', updatedAt })
  const draft = (updatedAt: string) => ({ status: 'draft', updatedAt })
  it('tells publish, unpublish and live updates apart, and never announces drafts', () => {
    expect(publicationChange(null, live('1'))).toBe('published')
    expect(publicationChange(draft('1'), live('2'))).toBe('published')
    expect(publicationChange(live('1'), draft('2'))).toBe('unpublished')
    expect(publicationChange(live('1'), live('2'))).toBe('updated')
    // A draft saved over live content leaves the live row untouched.
    expect(publicationChange(live('1'), live('1'))).toBeNull()
    expect(publicationChange(draft('1'), draft('2'))).toBeNull()
    expect(publicationChange(null, draft('1'))).toBeNull()
  })

  it('offers every public collection, the totals and each global, under their final slugs', () => {
    const types = webhookEventTypes(resolveOptions({ collections: { posts: { slug: 'news' } } }))
    expect(types).toEqual(
      expect.arrayContaining([
        'news.published',
        'news.unpublished',
        'news.updated',
        'news.deleted',
        'events.published',
        'campaigns.deleted',
        'donation-appeals.updated',
        'donation-appeals.totals-changed',
        'site-settings.updated',
        'navigation.updated',
      ]),
    )
    expect(types).not.toContain('posts.published')
    expect(types.some((type) => type.startsWith('donations.'))).toBe(false)
  })
})
