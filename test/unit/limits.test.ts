import type { PayloadRequest } from 'payload'

import { buildSchema, parse, validate } from 'graphql'

import { charityOptionsFromEnv, rateLimitsFromEnv } from '../../backend/config/environment.ts'
import { trustProxySetting } from '../../backend/server/clientAddress.ts'
import { graphQLAliasLimit } from '../../src/graphql/aliasLimit.ts'
import { jsonBodyProblem } from '../../src/guards/jsonBody.ts'
import { queryShapeProblem } from '../../src/guards/queryShape.ts'
import { describeBytes, readBodyWithin } from '../../src/limits/body.ts'
import { forwardedFor } from '../../src/limits/clientAddress.ts'
import { resolveLimits } from '../../src/limits/rules.ts'
import { MemoryStore } from '../../src/limits/store.ts'
import { resolveOptions } from '../../src/options.ts'

/** Enough of a request for the functions that read only headers and a body. */
const request = (headers: Record<string, string>, body?: string) =>
  new Request('http://localhost/api/x', {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    body,
  }) as unknown as PayloadRequest

const limitsFromEnv = (env: Record<string, string>) =>
  resolveOptions(charityOptionsFromEnv(env)).limits.rules

describe('rate limit rules', () => {
  it('limits training requests to 5 an hour, and logins and resets per address and per account, by default', () => {
    const rules = resolveOptions().limits.rules
    expect(rules.trainingRequests).toMatchObject({ limit: 5, windowMs: 3_600_000, per: 'address' })
    expect(rules.loginPerAddress).toMatchObject({ limit: 20, per: 'address' })
    expect(rules.loginPerAccount).toMatchObject({ limit: 10, per: 'account' })
    expect(rules.passwordResetPerAccount).toMatchObject({ limit: 3, per: 'account' })
    expect(Object.values(rules).every((rule) => rule !== null)).toBe(true)
  })

  it('takes a limit or a window from the options, keeps the rest, and turns one rule or all off', () => {
    const tuned = resolveLimits(
      { rules: { trainingRequests: { limit: 20 }, feeds: false } },
      {},
      undefined,
    )
    expect(tuned.rules.trainingRequests).toMatchObject({ limit: 20, windowMs: 3_600_000 })
    expect(tuned.rules.feeds).toBeNull()
    expect(tuned.rules.jsonLd).not.toBeNull()
    const off = resolveLimits(false, undefined, undefined)
    expect(Object.values(off.rules).every((rule) => rule === null)).toBe(true)
  })

  it('refuses a limit, window or body limit that is not a whole number above 0', () => {
    expect(() =>
      resolveLimits({ rules: { loginPerAddress: { limit: 0 } } }, {}, undefined),
    ).toThrow(/rateLimits.rules.loginPerAddress.limit must be a whole number above 0/)
    expect(() => resolveLimits({ rules: { feeds: { windowMs: 1.5 } } }, {}, undefined)).toThrow(
      /feeds.windowMs/,
    )
    expect(() => resolveLimits(undefined, { privacy: -1 }, undefined)).toThrow(
      /bodyLimits.privacy must be a whole number of bytes/,
    )
  })
})

describe('the reference backend’s rate-limit settings', () => {
  it('maps <NAME>_RATE_LIMIT and <NAME>_RATE_WINDOW_MINUTES to the plugin’s rules', () => {
    expect(
      limitsFromEnv({
        TRAINING_REQUEST_RATE_LIMIT: '20',
        TRAINING_REQUEST_RATE_WINDOW_MINUTES: '10',
        LOGIN_ACCOUNT_RATE_LIMIT: '4',
        JSON_LD_RATE_WINDOW_MINUTES: '2',
      }),
    ).toMatchObject({
      trainingRequests: { limit: 20, windowMs: 600_000 },
      loginPerAccount: { limit: 4, windowMs: 900_000 },
      jsonLd: { limit: 600, windowMs: 120_000 },
      loginPerAddress: { limit: 20, windowMs: 900_000 },
    })
  })

  it('refuses a setting that is not a whole number, and RATE_LIMITS=off turns every rule off', () => {
    expect(() => rateLimitsFromEnv({ TRAINING_REQUEST_RATE_LIMIT: 'lots' })).toThrow(
      /TRAINING_REQUEST_RATE_LIMIT must be a whole number/,
    )
    expect(rateLimitsFromEnv({ RATE_LIMITS: 'off' })).toBe(false)
    expect(
      Object.values(limitsFromEnv({ RATE_LIMITS: 'off' })).every((rule) => rule === null),
    ).toBe(true)
  })

  it('trusts one proxy for TRUST_PROXY=true, never every hop', () => {
    expect(trustProxySetting(undefined)).toBe(false)
    expect(trustProxySetting('false')).toBe(false)
    expect(trustProxySetting('true')).toBe(1)
    expect(trustProxySetting('2')).toBe(2)
    expect(trustProxySetting('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8')
  })
})

describe('counting in memory', () => {
  it('counts each key apart within its window, and starts again once the window is over', async () => {
    const store = new MemoryStore()
    store.init({ windowMs: 150 })
    expect(store.increment('a').totalHits).toBe(1)
    expect(store.increment('a').totalHits).toBe(2)
    expect(store.increment('b').totalHits).toBe(1)
    const { resetTime } = store.increment('a')
    expect(resetTime.getTime()).toBeGreaterThan(Date.now())
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(store.increment('a').totalHits).toBe(1)
  })
})

describe('the client address', () => {
  it('takes the entry the trusted proxies appended, never one the client wrote', () => {
    const behindOne = forwardedFor(1)
    expect(behindOne(request({ 'x-forwarded-for': '203.0.113.7' }))).toBe('203.0.113.7')
    // The client sent "198.51.100.1"; the proxy appended what it saw.
    expect(behindOne(request({ 'x-forwarded-for': '198.51.100.1, 203.0.113.7' }))).toBe(
      '203.0.113.7',
    )
    expect(forwardedFor(2)(request({ 'x-forwarded-for': 'a, 10.0.0.5, 10.0.0.9' }))).toBe(
      '10.0.0.5',
    )
    // Fewer hops than proxies: the request did not come through them all.
    expect(forwardedFor(2)(request({ 'x-forwarded-for': '10.0.0.9' }))).toBeUndefined()
    expect(behindOne(request({}))).toBeUndefined()
  })
})

describe('bodies', () => {
  it('reads a body within its limit, and answers 413 naming the limit past it', async () => {
    expect((await readBodyWithin(request({}, 'x'.repeat(100)), 100)) as Buffer).toHaveLength(100)
    const tooBig = await readBodyWithin(request({}, 'x'.repeat(101)), 100)
    expect(tooBig).toBeInstanceOf(Response)
    expect((tooBig as Response).status).toBe(413)
    expect(await (tooBig as Response).json()).toEqual({
      errors: [
        { message: 'Request body is too large: the limit is 100 bytes. Send a smaller body.' },
      ],
    })
    expect([describeBytes(64 * 1024), describeBytes(2 * 1024 * 1024)]).toEqual(['64kb', '2mb'])
  })

  it('stops reading a streamed body once past the limit', async () => {
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1
        controller.enqueue(new Uint8Array(1024))
      },
    })
    const req = { headers: new Headers(), body: endless } as unknown as PayloadRequest
    const answer = await readBodyWithin(req, 10 * 1024)
    expect((answer as Response).status).toBe(413)
    expect(pulled).toBeLessThan(20)
  })

  it('says what is wrong with a body: not JSON, not UTF-8, malformed, or not an object', () => {
    const json = { 'content-type': 'application/json' }
    const problem = (body: Buffer | string, headers = json) =>
      jsonBodyProblem(request(headers), Buffer.from(body))
    expect(problem('{"a":1}')).toBeNull()
    expect(problem(Buffer.from([0x7b, 0xff, 0x7d]))).toMatchObject({
      status: 400,
      message: /UTF-8/,
    })
    expect(problem('{"a": ')).toMatchObject({ status: 400, message: /^Malformed JSON/ })
    expect(problem('[1]')).toMatchObject({ status: 400, message: /not an array/ })
    expect(problem('{}', { 'content-type': 'application/json; charset=latin1' })).toMatchObject({
      status: 415,
    })
    expect(problem('a=b', { 'content-type': 'application/x-www-form-urlencoded' })).toMatchObject({
      status: 415,
      message: /Content-Type: application\/json/,
    })
    // The admin sends its forms as multipart: Payload reads those.
    expect(problem('--x--', { 'content-type': 'multipart/form-data; boundary=x' })).toBeNull()
    expect(problem('')).toBeNull()
  })
})

describe('query shapes', () => {
  it.each([
    ['limit=abc', /limit must be a whole number/],
    ['page=0', /page must be a whole number of 1 or more/],
    ['depth=-1', /depth must be a whole number/],
    ['where=hello', /where must be brackets/],
    [`where${'[a]'.repeat(25)}=1`, /nested too deeply/],
  ])('refuses %s', (query, message) => {
    expect(queryShapeProblem(new URLSearchParams(query))).toMatch(message)
  })

  it('lets well-formed paging and filters through', () => {
    expect(
      queryShapeProblem(
        new URLSearchParams(
          'limit=10&page=2&depth=1&where[title][equals]=x&where={"a":{"equals":1}}',
        ),
      ),
    ).toBeNull()
  })
})

describe('GraphQL aliases', () => {
  const schema = buildSchema(
    'type Query { post: String } type Mutation { loginUser(email: String): String }',
  )
  const errorsOf = (query: string, max = 3) =>
    validate(schema, parse(query), [graphQLAliasLimit(max)]).map((error) => error.message)

  it('refuses an operation with more aliased fields than the cap, fragments included', () => {
    const logins = Array.from({ length: 4 }, (_, i) => `a${i}: loginUser(email: "x")`).join(' ')
    expect(errorsOf(`mutation { ${logins} }`)).toEqual([
      'This operation has 4 aliased fields; the limit is 3. Ask for fewer at once, or make several requests.',
    ])
    expect(
      errorsOf('query { ...F ...F } fragment F on Query { a: post b: post }').length,
    ).toBeGreaterThan(0)
  })

  it('lets an operation up to the cap through', () => {
    expect(errorsOf('mutation { a: loginUser(email: "x") b: loginUser(email: "y") }')).toEqual([])
    expect(errorsOf('{ post }')).toEqual([])
  })
})
