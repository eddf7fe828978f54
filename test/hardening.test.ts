import type { TestBackend } from './helpers/harness.ts'

import sharp from 'sharp'

import { deliver, externalId, WEBHOOK_SECRET } from './helpers/donations.ts'
import { describeEachAdapter } from './helpers/harness.ts'

/** A request from a given client address, through the one trusted proxy (TRUST_PROXY=true). */
const from = (address: string) => ({
  'x-forwarded-for': address,
  'content-type': 'application/json',
})

const post = (backend: TestBackend, path: string, body: unknown, headers: Record<string, string>) =>
  backend.api.request(path, { method: 'POST', rawBody: JSON.stringify(body), headers })

const expectLimited = (response: { status: number; body: any; headers: Headers }, what: RegExp) => {
  expect(response.status).toBe(429)
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(response.body.errors[0].message).toMatch(what)
}

describeEachAdapter(
  'rate limits',
  (backend) => {
    it('limits logins per account, whatever address they come from', async () => {
      const email = 'target@example.org'
      for (const address of ['10.0.0.1', '10.0.0.2']) {
        const attempt = await post(
          backend,
          '/api/users/login',
          { email, password: 'wrong' },
          from(address),
        )
        expect(attempt.status).toBe(401)
      }
      const third = await post(
        backend,
        '/api/users/login',
        { email, password: 'wrong' },
        from('10.0.0.3'),
      )
      expectLimited(third, /Too many login attempts for this account/)
    })

    it('limits logins per address, whatever account they name', async () => {
      for (let i = 0; i < 4; i++) {
        const attempt = await post(
          backend,
          '/api/users/login',
          { email: `guess${i}@example.org`, password: 'x' },
          from('10.0.1.1'),
        )
        expect(attempt.status).toBe(401)
      }
      const fifth = await post(
        backend,
        '/api/users/login',
        { email: 'guess9@example.org', password: 'x' },
        from('10.0.1.1'),
      )
      expectLimited(fifth, /Too many login attempts from this address/)
      // Another address is not held back by the first one's attempts.
      const other = await post(
        backend,
        '/api/users/login',
        { email: 'guess10@example.org', password: 'x' },
        from('10.0.1.2'),
      )
      expect(other.status).toBe(401)
    })

    it('limits password reset requests per account and per address', async () => {
      const email = 'forgetful@example.org'
      for (const address of ['10.0.2.1', '10.0.2.2']) {
        const ok = await post(backend, '/api/users/forgot-password', { email }, from(address))
        expect(ok.status).toBe(200)
      }
      expectLimited(
        await post(backend, '/api/users/forgot-password', { email }, from('10.0.2.3')),
        /Too many password reset requests for this account/,
      )
      for (let i = 0; i < 3; i++) {
        expect(
          (
            await post(
              backend,
              '/api/users/forgot-password',
              { email: `r${i}@example.org` },
              from('10.0.3.1'),
            )
          ).status,
        ).toBe(200)
      }
      expectLimited(
        await post(
          backend,
          '/api/users/forgot-password',
          { email: 'r9@example.org' },
          from('10.0.3.1'),
        ),
        /Too many password reset requests from this address/,
      )
    })

    it('limits donation deliveries per address', async () => {
      const statuses: number[] = []
      for (let i = 0; i < 3; i++) {
        const response = await deliver(backend, { externalId: externalId(), amount: -1 }, {})
        statuses.push(response.status)
        if (response.status === 429)
          expectLimited(response, /Too many donation deliveries from this address/)
      }
      expect(statuses.slice(0, 2).every((status) => status !== 429)).toBe(true)
      expect(statuses[2]).toBe(429)
    })
  },
  {
    env: {
      TRUST_PROXY: 'true',
      LOGIN_RATE_LIMIT: '4',
      LOGIN_ACCOUNT_RATE_LIMIT: '2',
      PASSWORD_RESET_RATE_LIMIT: '3',
      PASSWORD_RESET_ACCOUNT_RATE_LIMIT: '2',
      DONATIONS_WEBHOOK_RATE_LIMIT: '2',
      DONATIONS_WEBHOOK_SECRET: WEBHOOK_SECRET,
    },
  },
)

const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()

const upload = (
  backend: TestBackend,
  token: string,
  name: string,
  type: string,
  content: Buffer,
) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: 'A test image' }))
  form.append('file', new Blob([new Uint8Array(content)], { type }), name)
  return backend.api.request('/api/media', { method: 'POST', rawBody: form, token })
}

describeEachAdapter('headers, readiness and uploads', (backend) => {
  it('says ok on /api/health once ready, and live on /api/health/live', async () => {
    let health = await backend.api.request('/api/health')
    for (let tries = 0; health.status === 503 && tries < 50; tries++) {
      expect(health.body).toEqual({ status: 'starting', database: backend.adapter })
      await new Promise((resolve) => setTimeout(resolve, 200))
      health = await backend.api.request('/api/health')
    }
    expect(health).toMatchObject({ status: 200, body: { status: 'ok', database: backend.adapter } })
    expect(await backend.api.request('/api/health/live')).toMatchObject({
      status: 200,
      body: { status: 'live' },
    })
  })

  it('sends nosniff and a same-origin frame policy, and no HSTS outside production', async () => {
    for (const path of ['/api/health', '/api/posts', '/api/nothing-here']) {
      const { headers } = await backend.api.request(path)
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
      expect(headers.get('strict-transport-security')).toBeNull()
    }
  })

  it('answers a JSON body sent without a JSON content type with a 415 that says what to send', async () => {
    const editor = await backend.createUser('editor')
    for (const headers of [{}, { 'content-type': 'text/plain' }] as Record<string, string>[]) {
      const response = await backend.api.request('/api/posts', {
        method: 'POST',
        rawBody: JSON.stringify({ title: 'No content type' }),
        headers,
        token: editor.token,
      })
      expect(response.status).toBe(415)
      expect(response.body.errors[0].message).toMatch(/Content-Type: application\/json/)
    }
    const list = await backend.api.request('/api/posts?where[title][equals]=No%20content%20type', {
      token: editor.token,
    })
    expect(list.body.totalDocs).toBe(0)
  })

  it("lets the admin's reads sent as a POST with a method override through (form-encoded query)", async () => {
    const editor = await backend.createUser('editor')
    const response = await backend.api.request('/api/users', {
      method: 'POST',
      rawBody: `where[email][equals]=${encodeURIComponent(editor.email)}&depth=0&limit=1`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
      },
      token: editor.token,
    })
    expect({
      status: response.status,
      emails: response.body.docs?.map((u: any) => u.email),
    }).toEqual({
      status: 200,
      emails: [editor.email],
    })
  })

  it('accepts a PNG, and refuses an SVG, a script named .png and an oversized image by their content', async () => {
    const ok = await upload(backend, backend.admin.token, 'square.png', 'image/png', await png())
    expect(ok.status).toBe(201)
    expect(ok.body.doc.mimeType).toBe('image/png')

    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    const refusedSvg = await upload(backend, backend.admin.token, 'logo.svg', 'image/svg+xml', svg)
    expect(refusedSvg.status).toBe(415)
    expect(refusedSvg.body.errors[0].message).toMatch(/SVG files are not accepted/)

    const disguised = await upload(
      backend,
      backend.admin.token,
      'photo.png',
      'image/png',
      Buffer.from('#!/bin/sh\necho hi\n'),
    )
    expect(disguised.status).toBe(415)
    expect(disguised.body.errors[0].message).toMatch(/whatever its name says/)

    // A real PNG header followed by 11 MB: over the 10 MB an image may be.
    const big = Buffer.concat([await png(), Buffer.alloc(11 * 1024 * 1024)])
    const tooBig = await upload(backend, backend.admin.token, 'big.png', 'image/png', big)
    expect(tooBig.status).toBe(413)
    expect(tooBig.body.errors[0].message).toMatch(/a PNG image may be 10 MB at most/)

    const media = await backend.api.request('/api/media?limit=0', { token: backend.admin.token })
    expect(media.body.totalDocs).toBe(1)
  })
})

describeEachAdapter(
  'in production behind an HTTPS proxy',
  (backend) => {
    it('sends HSTS over HTTPS only, and Secure SameSite=Lax session cookies', async () => {
      const https = await backend.api.request('/api/health', {
        headers: { 'x-forwarded-proto': 'https' },
      })
      expect(https.headers.get('strict-transport-security')).toMatch(/max-age=31536000/)
      const http = await backend.api.request('/api/health')
      expect(http.headers.get('strict-transport-security')).toBeNull()

      const login = await backend.api.request('/api/users/login', {
        body: { email: backend.admin.email, password: backend.admin.password },
      })
      expect(login.status).toBe(200)
      const cookie = login.headers
        .getSetCookie()
        .find((value) => value.startsWith('payload-token='))
      expect(cookie).toMatch(/; Secure/i)
      expect(cookie).toMatch(/SameSite=Lax/i)
    })
  },
  { env: { NODE_ENV: 'production', TRUST_PROXY: 'true' } },
)
