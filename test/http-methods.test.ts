import type { TestBackend } from './helpers/harness.ts'

import sharp from 'sharp'

import { createDoc, unique } from './helpers/content.ts'
import { describeEachAdapter } from './helpers/harness.ts'

const WEBSITE = 'https://www.example.org'

const send = (backend: TestBackend, method: string, path: string, headers = {}) =>
  fetch(backend.url + path, { method, headers })

/** The headers a HEAD must share with its GET (RFC 9110 §9.3.2). */
const SHARED = ['etag', 'cache-control', 'vary', 'content-type', 'content-length']

describeEachAdapter(
  'HTTP methods: HEAD like GET, CORS preflight, 405 with Allow',
  (backend) => {
    const paths: string[] = []

    beforeAll(async () => {
      const post = await createDoc(backend, 'posts', {
        title: 'Heads and tails',
        slug: unique('heads'),
        publishedAt: new Date(Date.now() - 60_000).toISOString(),
        _status: 'published',
      })
      const png = await sharp({
        create: { width: 8, height: 8, channels: 3, background: '#3366cc' },
      })
        .png()
        .toBuffer()
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'head.png')
      form.append('_payload', JSON.stringify({ alt: 'A blue square' }))
      const media = await fetch(`${backend.url}/api/media`, {
        method: 'POST',
        headers: { authorization: `JWT ${backend.admin.token}` },
        body: form,
      })
      const { doc } = (await media.json()) as { doc: { filename: string } }
      paths.push(
        '/api/posts?limit=10',
        `/api/posts/${post.id}`,
        '/api/globals/site-settings',
        '/api/posts/feed.xml',
        '/api/events/calendar.ics',
        `/api/posts/${post.id}/jsonld`,
        '/api/health',
        `/api/media/file/${doc.filename}`,
      )
    })

    it('answers HEAD as GET on every kind of read: same status and headers, no body', async () => {
      for (const path of paths) {
        const get = await send(backend, 'GET', path)
        await get.arrayBuffer()
        const head = await send(backend, 'HEAD', path)
        const body = await head.arrayBuffer()
        const shared = (response: Response) =>
          Object.fromEntries(SHARED.map((name) => [name, response.headers.get(name)]))
        expect({ path, status: head.status, ...shared(head) }).toEqual({
          path,
          status: get.status,
          ...shared(get),
        })
        expect(get.status).toBe(200)
        expect(body.byteLength).toBe(0)
      }
    })

    it('answers a HEAD with a matching If-None-Match 304, as GET does', async () => {
      const path = '/api/posts?limit=10'
      const etag = (await send(backend, 'GET', path)).headers.get('etag')
      expect(etag).toBeTruthy()
      const head = await send(backend, 'HEAD', path, { 'if-none-match': etag })
      expect(head.status).toBe(304)
    })

    it('answers a preflight from a configured website origin with its methods, cached by the browser', async () => {
      const preflight = await send(backend, 'OPTIONS', '/api/training-requests', {
        origin: WEBSITE,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      })
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get('access-control-allow-origin')).toBe(WEBSITE)
      expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/)
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Content-Type/i)
      expect(Number(preflight.headers.get('access-control-max-age'))).toBeGreaterThanOrEqual(600)
      expect(preflight.headers.get('vary')).toMatch(/Origin/)
      // An origin the operator did not configure is not allowed.
      const stranger = await send(backend, 'OPTIONS', '/api/training-requests', {
        origin: 'https://attacker.example',
        'access-control-request-method': 'POST',
      })
      expect(stranger.headers.get('access-control-allow-origin')).toBeNull()
    })

    it('answers a method a route does not take with 405 and the methods it does', async () => {
      for (const [method, path, allowed] of [
        ['PUT', '/api/posts', ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'OPTIONS']],
        ['PUT', '/api/posts/1', ['GET', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS']],
        ['DELETE', '/api/globals/site-settings', ['GET', 'HEAD', 'POST', 'OPTIONS']],
        ['POST', '/api/posts/feed.xml', ['GET', 'HEAD', 'OPTIONS']],
        ['GET', '/api/graphql', ['POST', 'OPTIONS']],
      ] as const) {
        const reply = await send(backend, method, path, {
          authorization: `JWT ${backend.admin.token}`,
        })
        const body = (await reply.json()) as { errors: { message: string }[] }
        expect({ method, path, status: reply.status }).toEqual({ method, path, status: 405 })
        const allow = (reply.headers.get('allow') ?? '').split(/,\s*/)
        expect(allow.sort()).toEqual([...allowed].sort())
        expect(body.errors[0].message).toMatch(method)
      }
      // An unknown route stays a 404.
      expect((await send(backend, 'PUT', '/api/nothing-here')).status).toBe(404)
    })
  },
  { env: { CORS_ORIGINS: `${WEBSITE},https://preview.example.org` } },
)
