import type { TestBackend, TestUser } from './helpers/harness.ts'

import { request as httpRequest } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { describeEachAdapter } from './helpers/harness.ts'

/** Ask again every 50 ms until `check` passes or `withinMs` is over; the last answer is returned either way. */
const eventually = async <T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  withinMs = 1000,
) => {
  const started = Date.now()
  let value = await read()
  while (!check(value) && Date.now() - started < withinMs) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    value = await read()
  }
  return { value, elapsedMs: Date.now() - started }
}

const titles = (body: { docs?: { title?: string }[] }) => (body.docs ?? []).map((doc) => doc.title)

describeEachAdapter('HTTP caching of public reads', (backend: TestBackend) => {
  let editor: TestUser
  const anonymous = (path: string, headers: Record<string, string> = {}) =>
    backend.api.request(path, { headers })
  const asEditor = (path: string, body?: unknown, method?: string) =>
    backend.api.request(path, { token: editor.token, body, method })

  beforeAll(async () => {
    editor = await backend.createUser('editor')
    await asEditor('/api/posts', { title: 'Cached and public', _status: 'published' })
    await asEditor('/api/posts', { title: 'Never published draft', _status: 'draft' })
  })

  describe('an anonymous read', () => {
    it('is answered from memory the second time (X-Cache: HIT)', async () => {
      const path = '/api/posts?limit=4&depth=0&sort=title'
      await anonymous(path)
      expect((await anonymous(path)).headers.get('x-cache')).toBe('HIT')
      expect((await asEditor(path)).headers.get('x-cache')).toBeNull()
    })

    it('carries a strong ETag, a public Cache-Control and Vary: Cookie, Authorization, Accept-Encoding', async () => {
      const { status, headers } = await anonymous('/api/posts?limit=5&depth=0')
      expect(status).toBe(200)
      expect(headers.get('etag')).toMatch(/^"[\w-]+"$/)
      expect(headers.get('cache-control')).toMatch(
        /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/,
      )
      expect(headers.get('vary')).toBe('Cookie, Authorization, Accept-Encoding')
    })

    it('answers 304 with no body to a matching If-None-Match, and 200 to another', async () => {
      const first = await anonymous('/api/posts?limit=5&depth=0')
      const etag = first.headers.get('etag') as string
      const again = await anonymous('/api/posts?limit=5&depth=0', { 'if-none-match': etag })
      expect(again.status).toBe(304)
      expect(again.body).toBeNull()
      expect(again.headers.get('etag')).toBe(etag)
      const weak = await anonymous('/api/posts?limit=5&depth=0', { 'if-none-match': `W/${etag}` })
      expect(weak.status).toBe(304)
      const other = await anonymous('/api/posts?limit=5&depth=0', {
        'if-none-match': '"something-else"',
      })
      expect(other.status).toBe(200)
    })

    it('is told apart by locale', async () => {
      const post = await asEditor('/api/posts?locale=en', {
        title: 'Training day',
        _status: 'published',
      })
      await asEditor(
        `/api/posts/${post.body.doc.id}?locale=cy`,
        { title: 'Diwrnod hyfforddi', _status: 'published' },
        'PATCH',
      )
      const en = await anonymous(`/api/posts/${post.body.doc.id}?locale=en&depth=0`)
      const cy = await anonymous(`/api/posts/${post.body.doc.id}?locale=cy&depth=0`)
      expect([en.body.title, cy.body.title]).toEqual(['Training day', 'Diwrnod hyfforddi'])
      expect(en.headers.get('etag')).not.toBe(cy.headers.get('etag'))
    })
  })

  describe('a read that may not be shared', () => {
    it('is private, no-store and has no ETag when signed in, with draft=true, or with any cookie', async () => {
      const signedIn = await asEditor('/api/posts?limit=5&depth=0')
      const draft = await anonymous('/api/posts?limit=5&depth=0&draft=true')
      const cookie = await anonymous('/api/posts?limit=5&depth=0', { cookie: 'theme=dark' })
      for (const response of [signedIn, draft, cookie]) {
        expect(response.headers.get('cache-control')).toBe('private, no-store')
        expect(response.headers.get('vary')).toBe('Cookie, Authorization')
        expect(response.headers.get('etag')).toBeNull()
      }
    })

    it('never fills the anonymous cache: a draft an editor just read is not served to the public', async () => {
      const path = '/api/posts?limit=50&depth=0&sort=title'
      const editorView = await asEditor(path)
      expect(titles(editorView.body)).toContain('Never published draft')
      const publicView = await anonymous(path)
      expect(titles(publicView.body)).toContain('Cached and public')
      expect(titles(publicView.body)).not.toContain('Never published draft')
    })

    it('keeps unpublished changes to a live post out of the public answer', async () => {
      const path = '/api/posts?where[title][like]=Live%20headline&depth=0'
      const post = await asEditor('/api/posts', { title: 'Live headline', _status: 'published' })
      expect(titles((await anonymous(path)).body)).toEqual(['Live headline'])
      await asEditor(
        `/api/posts/${post.body.doc.id}?draft=true`,
        { title: 'Live headline, edited in draft' },
        'PATCH',
      )
      const read = await anonymous(`/api/posts/${post.body.doc.id}?depth=0`)
      expect(read.body.title).toBe('Live headline')
      expect(titles((await anonymous(path)).body)).toEqual(['Live headline'])
    })
  })

  describe('a change', () => {
    const newest = '/api/posts?limit=3&depth=0&sort=-createdAt'

    it('is seen by anonymous readers within 1 s: publish, unpublish and delete', async () => {
      await anonymous(newest)
      const created = await asEditor('/api/posts', {
        title: 'Breaking: published now',
        _status: 'published',
      })
      const published = await eventually(
        () => anonymous(newest),
        (r) => titles(r.body).includes('Breaking: published now'),
      )
      expect(titles(published.value.body)).toContain('Breaking: published now')

      await asEditor(`/api/posts/${created.body.doc.id}`, { _status: 'draft' }, 'PATCH')
      const unpublished = await eventually(
        () => anonymous(newest),
        (r) => !titles(r.body).includes('Breaking: published now'),
      )
      expect(titles(unpublished.value.body)).not.toContain('Breaking: published now')

      const again = await asEditor('/api/posts', { title: 'Briefly live', _status: 'published' })
      await eventually(
        () => anonymous(newest),
        (r) => titles(r.body).includes('Briefly live'),
      )
      await asEditor(`/api/posts/${again.body.doc.id}`, undefined, 'DELETE')
      const deleted = await eventually(
        () => anonymous(newest),
        (r) => !titles(r.body).includes('Briefly live'),
      )
      expect(titles(deleted.value.body)).not.toContain('Briefly live')
    })

    it('turns an old ETag into a 200 with the new content', async () => {
      const before = await anonymous(newest)
      await asEditor('/api/posts', { title: 'Another fresh post', _status: 'published' })
      const after = await eventually(
        () => anonymous(newest, { 'if-none-match': before.headers.get('etag') as string }),
        (r) => r.status === 200,
      )
      expect(after.value.status).toBe(200)
      expect(titles(after.value.body)).toContain('Another fresh post')
    })

    it('answers a repeated anonymous GraphQL query from memory, until content changes', async () => {
      const query = { query: '{ Categories(limit: 5) { docs { title } } }' }
      const ask = () => backend.api.request('/api/graphql', { body: query })
      await ask()
      expect((await ask()).headers.get('x-cache')).toBe('HIT')
      await asEditor('/api/categories', { title: 'Fresh topic' })
      const after = await ask()
      expect(after.headers.get('x-cache')).toBe('MISS')
      expect(after.body.data.Categories.docs.map((doc: { title: string }) => doc.title)).toContain(
        'Fresh topic',
      )
    })

    it('never stores or replays a mutation, however its body spells the word (a JSON unicode escape)', async () => {
      // "\u006d" is "m" once the JSON is read: the operation is a mutation, with effects each time.
      const rawBody =
        '{"query":"\\u006dutation { forgotPasswordUser(email: \\"cache-escape@example.org\\") }"}'
      const ask = () =>
        backend.api.request('/api/graphql', {
          method: 'POST',
          rawBody,
          headers: { 'content-type': 'application/json' },
        })
      const first = await ask()
      expect(first.body.data).toEqual({ forgotPasswordUser: true })
      const second = await ask()
      expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual([null, null])
    })

    it('reaches GraphQL readers too', async () => {
      const query = '{ Posts(limit: 3, sort: "-createdAt") { docs { title } } }'
      await backend.api.graphql(query)
      await asEditor('/api/posts', { title: 'Seen over GraphQL', _status: 'published' })
      const seen = await eventually(
        () => backend.api.graphql(query),
        (r) =>
          (r.data?.Posts?.docs ?? []).some(
            (doc: { title: string }) => doc.title === 'Seen over GraphQL',
          ),
      )
      expect(seen.value.data.Posts.docs.map((doc: { title: string }) => doc.title)).toContain(
        'Seen over GraphQL',
      )
    })
  })

  describe('compression', () => {
    /** The bytes as sent (fetch would decompress them), with the headers. */
    const raw = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>(
        (resolve, reject) => {
          const url = new URL(path, backend.url)
          const req = httpRequest(
            { host: url.hostname, port: url.port, path: url.pathname + url.search, headers },
            (res) => {
              const chunks: Buffer[] = []
              res.on('data', (chunk: Buffer) => chunks.push(chunk))
              res.on('end', () =>
                resolve({
                  status: res.statusCode ?? 0,
                  headers: res.headers as Record<string, string>,
                  body: Buffer.concat(chunks),
                }),
              )
            },
          )
          req.on('error', reject)
          req.end()
        },
      )
    const LIST = '/api/posts?limit=20&depth=1&sort=title'

    beforeAll(async () => {
      // Enough posts that the list is well over the 1 KB below which nothing is compressed.
      for (let i = 0; i < 4; i++) {
        await asEditor('/api/posts', {
          title: `Compressible post ${i}`,
          excerpt: 'A sentence long enough to make the answer worth compressing. '.repeat(3),
          _status: 'published',
        })
      }
    })

    it('negotiates brotli, then gzip, then none, each with its own ETag and Vary: Accept-Encoding', async () => {
      const plain = await raw(LIST)
      const br = await raw(LIST, { 'accept-encoding': 'gzip, deflate, br' })
      const gzip = await raw(LIST, { 'accept-encoding': 'gzip' })
      expect(plain.body.length).toBeGreaterThan(1024)
      expect([plain, br, gzip].map((r) => r.headers['content-encoding'])).toEqual([
        undefined,
        'br',
        'gzip',
      ])
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
      expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true)
      expect(br.body.length).toBeLessThan(plain.body.length / 2)
      expect(br.headers['etag']).toBe(plain.headers['etag'].replace(/"$/, '-br"'))
      expect(gzip.headers['etag']).toBe(plain.headers['etag'].replace(/"$/, '-gzip"'))
      for (const r of [plain, br, gzip]) {
        expect(r.headers['vary']).toBe('Cookie, Authorization, Accept-Encoding')
      }
      const refused = await raw(LIST, { 'accept-encoding': 'br;q=0, gzip;q=0' })
      expect(refused.headers['content-encoding']).toBeUndefined()
    })

    it('answers 304 only to the ETag of the encoding asked for', async () => {
      const br = await raw(LIST, { 'accept-encoding': 'br' })
      const again = await raw(LIST, { 'accept-encoding': 'br', 'if-none-match': br.headers.etag })
      expect(again.status).toBe(304)
      const asGzip = await raw(LIST, {
        'accept-encoding': 'gzip',
        'if-none-match': br.headers.etag,
      })
      expect(asGzip.status).toBe(200)
      expect(asGzip.headers['content-encoding']).toBe('gzip')
    })

    it('serves the compressed body from the response cache', async () => {
      const path = `${LIST}&page=1`
      const first = await raw(path, { 'accept-encoding': 'br' })
      const second = await raw(path, { 'accept-encoding': 'br' })
      expect([first.headers['x-cache'], second.headers['x-cache']]).toEqual(['MISS', 'HIT'])
      expect(second.body.equals(first.body)).toBe(true)
      expect(second.headers['content-encoding']).toBe('br')
    })

    it('compresses a feed too, but not a small answer', async () => {
      const atom = await raw('/api/posts/feed.atom', { 'accept-encoding': 'gzip' })
      expect(atom.headers['content-encoding']).toBe('gzip')
      expect(gunzipSync(atom.body).toString()).toContain('Compressible post')
      const small = await raw('/api/posts?limit=1&depth=0&select[title]=true', {
        'accept-encoding': 'br',
      })
      expect(small.status).toBe(200)
      expect(small.headers['content-encoding']).toBeUndefined()
    })
  })
})

describeEachAdapter('what an anonymous read may cost', (backend: TestBackend) => {
  beforeAll(async () => {
    for (let i = 0; i < 3; i++) {
      await backend.api.request('/api/categories', {
        body: { title: `Topic ${i}` },
        token: backend.admin.token,
      })
    }
  })

  it('serves limit above 100, or 0, as 100', async () => {
    const large = await backend.api.request('/api/categories?limit=500')
    const all = await backend.api.request('/api/categories?limit=0')
    expect([large.status, large.body.limit]).toEqual([200, 100])
    expect([all.status, all.body.limit]).toEqual([200, 100])
  })

  it('leaves staff unbounded', async () => {
    const large = await backend.api.request('/api/categories?limit=500', {
      token: backend.admin.token,
    })
    expect(large.body.limit).toBe(500)
  })

  it('refuses a GraphQL query nested too deeply, and says what the limit is', async () => {
    const deep = `{ Posts { docs { campaign { posts { docs { campaign { posts { docs { campaign { posts { docs { campaign { title } } } } } } } } } } } } }`
    const result = await backend.api.graphql(deep)
    expect(result.status).toBe(400)
    expect(result.errors?.[0]?.message).toMatch(/nests \d+ levels deep; the limit is 12/)
  })
})
