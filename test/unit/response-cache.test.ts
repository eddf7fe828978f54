import { contentVersion } from '../../backend/server/cache/contentVersion.ts'
import {
  isAnonymousRead,
  matchesETag,
  publicCacheControl,
} from '../../backend/server/cache/policy.ts'
import { etagOf, ResponseCache } from '../../backend/server/cache/responseCache.ts'

const made =
  (text: string, cacheable = true) =>
  async () => ({
    entry: {
      status: 200,
      headers: [['content-type', 'application/json']] as [string, string][],
      body: Buffer.from(text),
    },
    cacheable,
  })

const request = (headers: Record<string, string> = {}, query: Record<string, string> = {}) =>
  ({ headers, query }) as unknown as Parameters<typeof isAnonymousRead>[0]

describe('the response cache', () => {
  const cache = () => new ResponseCache({ maxBytes: 10_000, maxEntryBytes: 1_000, ttlMs: 60_000 })

  it('answers from memory while the content version is unchanged', async () => {
    const responses = cache()
    await responses.getOrMake('a', made('first'))
    const again = await responses.getOrMake('a', made('second'))
    expect([again.hit, again.response.body.toString()]).toEqual([true, 'first'])
  })

  it('drops everything made before a change', async () => {
    const responses = cache()
    await responses.getOrMake('a', made('before'))
    contentVersion.bump()
    const after = await responses.getOrMake('a', made('after'))
    expect([after.hit, after.response.body.toString()]).toEqual([false, 'after'])
  })

  it('does not keep what was made while a change happened', async () => {
    const responses = cache()
    await responses.getOrMake('a', async () => {
      contentVersion.bump()
      return made('in flight')()
    })
    const next = await responses.getOrMake('a', made('fresh'))
    expect(next.response.body.toString()).toBe('fresh')
  })

  it('makes a missing answer once for many readers at the same time', async () => {
    const responses = cache()
    let calls = 0
    const slow = async () => {
      calls += 1
      await new Promise((resolve) => setTimeout(resolve, 20))
      return made('shared')()
    }
    const answers = await Promise.all([1, 2, 3, 4].map(() => responses.getOrMake('k', slow)))
    expect(calls).toBe(1)
    expect(answers.map((a) => a.response.body.toString())).toEqual([
      'shared',
      'shared',
      'shared',
      'shared',
    ])
  })

  it('keeps neither uncacheable answers nor bodies over the entry limit, and stays within its size', async () => {
    const responses = cache()
    await responses.getOrMake('private', made('secret', false))
    expect(responses.get('private')).toBeUndefined()
    await responses.getOrMake('huge', made('x'.repeat(2_000)))
    expect(responses.get('huge')).toBeUndefined()
    for (let i = 0; i < 50; i++) await responses.getOrMake(`k${i}`, made('y'.repeat(900)))
    expect(responses.size).toBeLessThanOrEqual(10_000)
  })

  it('gives the same bytes the same strong ETag, and other bytes another', () => {
    expect(etagOf(Buffer.from('a'))).toBe(etagOf(Buffer.from('a')))
    expect(etagOf(Buffer.from('a'))).not.toBe(etagOf(Buffer.from('b')))
    expect(etagOf(Buffer.from('a'))).toMatch(/^"[\w-]+"$/)
  })
})

describe('the cache policy', () => {
  it('treats only requests without cookie, Authorization and draft as anonymous', () => {
    expect(isAnonymousRead(request())).toBe(true)
    expect(isAnonymousRead(request({}, { draft: 'false' }))).toBe(true)
    expect(isAnonymousRead(request({ cookie: 'a=b' }))).toBe(false)
    expect(isAnonymousRead(request({ authorization: 'JWT x' }))).toBe(false)
    expect(isAnonymousRead(request({}, { draft: 'true' }))).toBe(false)
    expect(isAnonymousRead(request({}, { draft: '' }))).toBe(false)
  })

  it('matches If-None-Match weakly, in lists and with *', () => {
    expect(matchesETag('"abc"', '"abc"')).toBe(true)
    expect(matchesETag('W/"abc"', '"abc"')).toBe(true)
    expect(matchesETag('"x", "abc"', '"abc"')).toBe(true)
    expect(matchesETag('*', '"abc"')).toBe(true)
    expect(matchesETag('"abd"', '"abc"')).toBe(false)
    expect(matchesETag(undefined, '"abc"')).toBe(false)
  })

  it('spells the public Cache-Control from the policy', () => {
    expect(
      publicCacheControl({
        maxAgeSeconds: 0,
        sharedMaxAgeSeconds: 30,
        staleWhileRevalidateSeconds: 60,
      }),
    ).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=60')
  })
})
