import ICAL from 'ical.js'
import { request as httpRequest } from 'node:http'

import { groupData, uploadImage } from './helpers/accessFixtures.ts'
import { describeEachAdapter } from './helpers/harness.ts'
import { internalLink, paragraph, root, text } from './helpers/lexical.ts'

/** The public address the server is configured with: not where the tests reach it. */
const SERVER_URL = 'https://cms.example.org'

const inDays = (days: number, hour = 10) => {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000)
  date.setUTCHours(hour, 0, 0, 0)
  return date.toISOString()
}

/** A GET with a forged Host header (fetch will not send one), as anyone can send it. */
const withForgedHost = (base: string, path: string) =>
  new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
    const url = new URL(path, base)
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', text }),
        )
      },
    )
    req.on('error', reject)
    req.end()
  })

const uidsOf = (text: string): string[] =>
  new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((vevent) => String(vevent.getFirstPropertyValue('uid')))

describeEachAdapter(
  'the public contract a website developer reads',
  (backend) => {
    const create = async (collection: string, body: Record<string, unknown>, locale = 'en') => {
      const reply = await backend.api.request(`/api/${collection}?locale=${locale}`, {
        body,
        token: backend.admin.token,
      })
      if (reply.status !== 201) throw new Error(`${collection}: ${JSON.stringify(reply.body)}`)
      return reply.body.doc
    }
    const get = (path: string) => backend.api.request(path)

    describe('absolute URLs come from the configured server URL, never the Host header', () => {
      let image: any
      beforeAll(async () => {
        const uploaded = await uploadImage(backend, 'A public image', backend.admin.token)
        expect(uploaded.status).toBe(201)
        image = uploaded.body.doc
        await create('posts', {
          title: 'Post with an image',
          excerpt: 'Has a hero image',
          heroImage: image.id,
          _status: 'published',
        })
      })

      it('media url (REST and GraphQL) is absolute from SERVER_URL', async () => {
        const rest = await get(`/api/media/${image.id}`)
        expect(rest.body.url).toBe(`${SERVER_URL}/api/media/file/${rest.body.filename}`)
        const gql = await backend.api.graphql(`{ Media(id: ${JSON.stringify(image.id)}) { url } }`)
        expect(gql.data.Media.url).toBe(rest.body.url)
        const forged = await withForgedHost(backend.url, `/api/media/${image.id}`)
        expect(JSON.parse(forged.text).url).toBe(rest.body.url)
      })

      it("feeds' self links are absolute from SERVER_URL whatever Host says", async () => {
        const json = await withForgedHost(backend.url, '/api/posts/feed.json')
        expect(json.status).toBe(200)
        expect(JSON.parse(json.text).feed_url).toBe(`${SERVER_URL}/api/posts/feed.json`)
        const atom = await withForgedHost(backend.url, '/api/posts/feed.atom')
        expect(atom.text).toContain(`href="${SERVER_URL}/api/posts/feed.atom"`)
        for (const text of [json.text, atom.text]) expect(text).not.toContain('evil.example')
      })

      it('structured data gives the image at its absolute URL', async () => {
        const ld = await withForgedHost(backend.url, '/api/posts/jsonld?slug=post-with-an-image')
        expect(ld.status).toBe(200)
        expect(ld.text).not.toContain('evil.example')
        expect(JSON.parse(ld.text).image.url).toMatch(new RegExp(`^${SERVER_URL}/api/media/file/`))
      })
    })

    describe("one event's calendar file", () => {
      let event: any
      let draft: any
      beforeAll(async () => {
        event = await create('events', {
          title: 'Calendar file event',
          _status: 'published',
          startsAt: inDays(12),
          endsAt: inDays(12, 16),
        })
        draft = await create('events', {
          title: 'Draft with no file',
          startsAt: inDays(13),
          endsAt: inDays(13, 16),
        })
      })

      it('is served by id and by slug with the UID the feed gives the same event', async () => {
        const byId = await get(`/api/events/${event.id}/calendar.ics`)
        expect(byId.status).toBe(200)
        expect(byId.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
        expect(byId.headers.get('content-disposition')).toBe(
          'inline; filename="calendar-file-event.ics"',
        )
        const bySlug = await get(`/api/events/calendar.ics?slug=${event.slug}`)
        expect(bySlug.status).toBe(200)
        const [uid] = uidsOf(byId.body)
        expect(uidsOf(bySlug.body)).toEqual([uid])
        const feed = uidsOf((await get('/api/events/calendar.ics')).body)
        expect(feed).toContain(uid)
        expect(uid).toBe(`events-${event.id}@payload-plugin-charity`)
      })

      it('is a 404 for a draft, even for staff, and a 400 for an id or slug that cannot be one', async () => {
        expect((await get(`/api/events/${draft.id}/calendar.ics`)).status).toBe(404)
        const asAdmin = await backend.api.request(`/api/events/${draft.id}/calendar.ics`, {
          token: backend.admin.token,
        })
        expect(asAdmin.status).toBe(404)
        expect(asAdmin.body.errors[0].message).toMatch(/drafts have no calendar file/)
        expect((await get('/api/events/calendar.ics?slug=Not%20A%20Slug')).status).toBe(400)
        const mixed = await get(`/api/events/calendar.ics?slug=${event.slug}&campaign=1`)
        expect(mixed.status).toBe(400)
        expect(mixed.body.errors[0].message).toMatch(/takes no feed filter/)
      })
    })

    describe('contract fixes', () => {
      it("an online event's venue and location are null, an in-person event's are not", async () => {
        const online = await create('events', {
          title: 'Online webinar',
          _status: 'published',
          startsAt: inDays(3),
          endsAt: inDays(3, 12),
          attendanceMode: 'online',
          onlineUrl: 'https://meet.example.org/webinar',
          venue: { name: 'Left over', city: 'Leeds' },
        })
        const read = (await get(`/api/events/${online.id}`)).body
        expect({ venue: read.venue, location: read.location }).toEqual({
          venue: null,
          location: null,
        })
        const gql = await backend.api.graphql(
          `{ Event(id: ${JSON.stringify(online.id)}) { venue { name country } } }`,
        )
        // GraphQL as REST (Payload's own resolver answered an object of nulls).
        expect(gql.data.Event.venue).toBeNull()
        const inPerson = await create('events', {
          title: 'In person day',
          _status: 'published',
          startsAt: inDays(4),
          endsAt: inDays(4, 12),
          venue: { name: 'Friends Meeting House', city: 'London' },
        })
        expect((await get(`/api/events/${inPerson.id}`)).body.venue).toMatchObject({
          name: 'Friends Meeting House',
          city: 'London',
        })
      })

      it('populatedAuthors[].id has the type of every other id', async () => {
        const author = await backend.createUser('author', 'Bylined Author')
        const post = await create('posts', {
          title: 'Bylined post',
          authors: [author.id],
          _status: 'published',
        })
        const read = (await get(`/api/posts/${post.id}`)).body
        expect(read.populatedAuthors).toEqual([{ id: author.id, name: 'Bylined Author' }])
        expect(typeof read.populatedAuthors[0].id).toBe(typeof read.id)
      })

      it('a group reads its name as title too', async () => {
        const group = await create('groups', groupData('Titled group', 'london'))
        await backend.api.request(`/api/groups/${group.id}`, {
          method: 'PATCH',
          body: { _status: 'published' },
          token: backend.admin.token,
        })
        const read = (await get(`/api/groups/${group.id}`)).body
        expect({ name: read.name, title: read.title }).toEqual({
          name: 'Titled group',
          title: 'Titled group',
        })
      })
    })

    describe('rich text as HTML on request', () => {
      let post: any
      let target: any
      beforeAll(async () => {
        target = await create('posts', { title: 'Linked report', _status: 'published' })
        post = await create('posts', {
          title: 'Post with rich text',
          _status: 'published',
          content: root([
            paragraph([text('Bold words', 1), internalLink('posts', target.id, 'the report')]),
          ]),
        })
      })

      it('adds contentHtml with ?richText=html, internal links at their website page', async () => {
        const read = (await get(`/api/posts/${post.id}?depth=1&richText=html`)).body
        expect(read.contentHtml).toMatch(
          /^<p><strong>Bold words<\/strong><a href="https:\/\/charity\.example\/posts\/linked-report">the report<\/a><\/p>$/,
        )
        expect((await get(`/api/posts/${post.id}?depth=1`)).body.contentHtml).toBeUndefined()
      })

      it('gives contentHtml over GraphQL when the query asks for it, and none when it does not', async () => {
        const id = JSON.stringify(post.id)
        const gql = await backend.api.graphql(`{ Post(id: ${id}) { title contentHtml } }`)
        expect(gql.errors).toBeUndefined()
        expect(gql.data.Post.contentHtml).toMatch(
          /^<p><strong>Bold words<\/strong><a href="https:\/\/charity\.example\/posts\/linked-report">the report<\/a><\/p>$/,
        )
        const list = await backend.api.graphql(
          `{ Posts(where: { id: { equals: ${id} } }) { docs { contentHtml } } }`,
        )
        expect(list.data.Posts.docs[0].contentHtml).toBe(gql.data.Post.contentHtml)
        expect((await backend.api.graphql(`{ Post(id: ${id}) { title } }`)).data.Post).toEqual({
          title: 'Post with rich text',
        })
      })

      it('links to our pages in the language read, over REST and GraphQL', async () => {
        const welsh = /<a href="https:\/\/charity\.example\/cy\/posts\/linked-report">/
        expect(
          (await get(`/api/posts/${post.id}?depth=1&richText=html&locale=cy`)).body.contentHtml,
        ).toMatch(welsh)
        const gql = await backend.api.graphql(
          `{ Post(id: ${JSON.stringify(post.id)}, locale: cy) { contentHtml } }`,
        )
        expect(gql.data.Post.contentHtml).toMatch(welsh)
      })

      it('refuses any other richText value, naming the one there is', async () => {
        const reply = await get(`/api/posts/${post.id}?richText=markdown`)
        expect(reply.status).toBe(400)
        expect(reply.body.errors[0].message).toBe('richText takes only "html", not "markdown".')
      })
    })

    describe('Welsh with English fallback', () => {
      let post: any
      beforeAll(async () => {
        post = await create('posts', {
          title: 'English title',
          excerpt: 'English excerpt only',
          _status: 'published',
        })
        const welsh = await backend.api.request(`/api/posts/${post.id}?locale=cy`, {
          method: 'PATCH',
          body: { title: 'Teitl Cymraeg', _status: 'published' },
          token: backend.admin.token,
        })
        expect(welsh.status).toBe(200)
      })

      it('_fallback lists the fields that show English, over REST and GraphQL', async () => {
        const rest = (await get(`/api/posts/${post.id}?locale=cy`)).body
        expect(rest.title).toBe('Teitl Cymraeg')
        expect(rest.excerpt).toBe('English excerpt only')
        expect(rest._fallback).toContain('excerpt')
        expect(rest._fallback).not.toContain('title')
        const gql = await backend.api.graphql(
          `{ Post(id: ${JSON.stringify(post.id)}, locale: cy) { title _fallback } }`,
        )
        expect(gql.data.Post._fallback).toEqual(rest._fallback)
        // English is the default language: nothing falls back.
        expect((await get(`/api/posts/${post.id}?locale=en`)).body._fallback).toBeUndefined()
      })

      it('fallback-locale=none reads a field as null even when nothing was ever written in Welsh', async () => {
        const english = await create('posts', {
          title: 'Only ever in English',
          excerpt: 'No Welsh at all',
          _status: 'published',
        })
        const rest = (await get(`/api/posts/${english.id}?locale=cy&fallback-locale=none`)).body
        expect({ title: rest.title, excerpt: rest.excerpt }).toEqual({ title: null, excerpt: null })
        const withFallback = (await get(`/api/posts/${english.id}?locale=cy`)).body
        expect(withFallback._fallback).toEqual(expect.arrayContaining(['title', 'excerpt']))
      })

      it('fallback-locale=none reads an untranslated field as null', async () => {
        const rest = (await get(`/api/posts/${post.id}?locale=cy&fallback-locale=none`)).body
        expect(rest.title).toBe('Teitl Cymraeg')
        expect(rest).toHaveProperty('excerpt', null)
        expect(rest._fallback).toBeUndefined()
      })
    })
  },
  { env: { SERVER_URL, FRONTEND_URL: 'https://charity.example' } },
)
