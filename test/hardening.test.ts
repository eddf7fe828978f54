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

    it('counts every GraphQL login, alias by alias, against the same limits as REST logins', async () => {
      const address = '10.0.4.1'
      const loginUsers = (emails: string[]) =>
        post(
          backend,
          '/api/graphql',
          {
            query: `mutation { ${emails
              .map(
                (email, i) =>
                  `a${i}: loginUser(email: ${JSON.stringify(email)}, password: "x") { token }`,
              )
              .join(' ')} }`,
          },
          from(address),
        )
      // Three aliases are three attempts from this address (the limit here is 4).
      const three = await loginUsers(['g1@example.org', 'g2@example.org', 'g3@example.org'])
      expect(three.body.errors.map((e: { message: string }) => e.message)).toEqual(
        Array(3).fill(expect.stringMatching(/incorrect/)),
      )
      expect(
        (
          await post(
            backend,
            '/api/users/login',
            { email: 'g4@example.org', password: 'x' },
            from(address),
          )
        ).status,
      ).toBe(401)
      expectLimited(
        await post(
          backend,
          '/api/users/login',
          { email: 'g5@example.org', password: 'x' },
          from(address),
        ),
        /Too many login attempts from this address/,
      )
      // After REST has answered 429, GraphQL is held back too.
      const after = await loginUsers(['g6@example.org'])
      expect(after.body.errors[0].message).toMatch(/Too many login attempts from this address/)
      expect(after.body.errors[0].extensions.statusCode).toBe(429)
    })

    it('counts aliases naming one account against that account, and refuses more aliases than the cap', async () => {
      const aliases = (count: number, email: (i: number) => string) =>
        Array.from(
          { length: count },
          (_, i) => `a${i}: loginUser(email: ${JSON.stringify(email(i))}, password: "x") { token }`,
        ).join(' ')
      const one = await post(
        backend,
        '/api/graphql',
        { query: `mutation { ${aliases(3, () => 'aliased@example.org')} }` },
        from('10.0.5.1'),
      )
      expect(one.body.errors.map((e: { message: string }) => e.message)).toEqual([
        expect.stringMatching(/incorrect/),
        expect.stringMatching(/incorrect/),
        expect.stringMatching(/Too many login attempts for this account/),
      ])

      // 100 aliases in one request: refused before any runs, so nothing is counted.
      const hundred = await post(
        backend,
        '/api/graphql',
        { query: `mutation { ${aliases(100, (i) => `spray${i}@example.org`)} }` },
        from('10.0.6.1'),
      )
      expect(hundred.status).toBe(400)
      expect(hundred.body.errors[0].message).toMatch(/100 aliased fields; the limit is 15/)
      expect(
        (
          await post(
            backend,
            '/api/users/login',
            { email: 'spray0@example.org', password: 'x' },
            from('10.0.6.1'),
          )
        ).status,
      ).toBe(401)

      // Several operations in one request (a batch) are not run at all.
      const batch = await post(
        backend,
        '/api/graphql',
        [1, 2].map(() => ({ query: `mutation { ${aliases(1, () => 'batch@example.org')} }` })),
        from('10.0.7.1'),
      )
      expect(batch.status).toBeGreaterThanOrEqual(400)
      expect(batch.status).toBeLessThan(500)
      expect(batch.body.errors[0].message).toEqual(expect.any(String))
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

/** The middle of a list of timings: one slow run (a GC pause, a busy machine) moves it little. */
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

describeEachAdapter('accounts cannot be told apart by logging in', (backend) => {
  it('answers a real account and an unknown email alike, locked or not, in comparable time', async () => {
    const real = await backend.createUser('author', 'Real Account')
    const unknown = `nobody-${Date.now()}@example.org`
    const attempt = async (email: string) => {
      const started = performance.now()
      const response = await backend.api.request('/api/users/login', {
        body: { email, password: 'not-the-password' },
      })
      return {
        ms: performance.now() - started,
        answer: { status: response.status, message: response.body.errors?.[0]?.message },
      }
    }
    const realTries: Awaited<ReturnType<typeof attempt>>[] = []
    const unknownTries: Awaited<ReturnType<typeof attempt>>[] = []
    // Seven each: the real account locks after five failures, and must still read the same.
    for (let i = 0; i < 7; i++) {
      realTries.push(await attempt(real.email))
      unknownTries.push(await attempt(unknown))
    }
    const answers = new Set([...realTries, ...unknownTries].map((t) => JSON.stringify(t.answer)))
    expect([...answers].map((a) => JSON.parse(a))).toEqual([
      { status: 401, message: expect.stringMatching(/incorrect/) },
    ])
    const ratio = median(realTries.map((t) => t.ms)) / median(unknownTries.map((t) => t.ms))
    expect({ ratio, comparable: ratio > 1 / 3 && ratio < 3 }).toMatchObject({ comparable: true })

    // GraphQL says the same for the locked account and the unknown one.
    const graphql = async (email: string) =>
      (
        await backend.api.graphql(
          `mutation { loginUser(email: ${JSON.stringify(email)}, password: "x") { token } }`,
        )
      ).errors?.map((error) => ({ message: error.message, code: error.extensions?.statusCode }))
    expect(await graphql(real.email)).toEqual(await graphql(unknown))
  })
})

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
