import type { TestBackend } from './helpers/harness.ts'

/**
 * The machine-readable side of the public API: schema.org structured data
 * for every public page, and the OpenAPI 3.1 description, validated with
 * @readme/openapi-parser and then held to its word: every documented GET is
 * called anonymously and its answer checked against the documented schema.
 */
import { validate } from '@readme/openapi-parser'
import Ajv2020 from 'ajv/dist/2020.js'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { PUBLIC_TYPES_FILE, publicTypesSource } from '../backend/cli/publicTypes.ts'
import { unique, uploadImage } from './helpers/content.ts'
import { describeEachAdapter } from './helpers/harness.ts'
import { ROOT } from './helpers/server.ts'

const run = promisify(execFile)
const PRINT_ROUTES = path.join(ROOT, 'test/helpers/printRoutes.ts')
/** Payload's session, permission and admin-preference routes: how the admin works, not content to document. */
const isAdminMachinery = (route: string) =>
  ['/users/me', '/users/init', '/access'].includes(route) ||
  route.startsWith('/payload-preferences/')

const inDays = (days: number, hour = 10) => {
  const date = new Date(Date.now() + days * 86_400_000)
  date.setUTCHours(hour, 0, 0, 0)
  return date.toISOString()
}

describeEachAdapter(
  'structured data and the API description',
  (backend: TestBackend) => {
    const asAdmin = (route: string, body?: unknown, method?: string) =>
      backend.api.request(route, { body, method, token: backend.admin.token })
    const created = (reply: { status: number; body: any }) => {
      if (reply.status !== 201) throw new Error(JSON.stringify(reply.body))
      return reply.body.doc
    }
    const docs = {} as Record<string, any>
    const secret = `Unpublished ${unique('secret')}`

    const ld = async (path: string, token?: string) => {
      const response = await fetch(backend.url + path, {
        headers: token ? { authorization: `JWT ${token}` } : {},
      })
      const text = await response.text()
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        text,
        body: text.startsWith('{') ? JSON.parse(text) : null,
      }
    }

    beforeAll(async () => {
      const image = await uploadImage(backend, 'Volunteers at the training day')
      docs.image = image
      await asAdmin('/api/globals/site-settings', {
        organisationName: 'Active Communities against Trafficking',
        tagline: 'Local groups against modern slavery',
        charityRegistrations: [{ jurisdiction: 'england-wales', number: '1234567' }],
        contact: { email: 'hello@charity.example', phone: '020 7946 0000' },
        socialLinks: [{ platform: 'bluesky', url: 'https://bsky.app/profile/charity.example' }],
      })
      docs.post = created(
        await asAdmin('/api/posts', {
          title: 'Training day report',
          excerpt: 'What we learnt in London',
          heroImage: image.id,
          _status: 'published',
          publishedAt: inDays(-1),
        }),
      )
      docs.draftPost = created(await asAdmin('/api/posts', { title: secret }))
      docs.futurePost = created(
        await asAdmin('/api/posts', {
          title: `${secret} embargoed`,
          _status: 'published',
          publishedAt: inDays(10),
        }),
      )
      docs.event = created(
        await asAdmin('/api/events', {
          title: 'Sheffield training day',
          summary: 'A day of training for local groups',
          _status: 'published',
          attendanceMode: 'hybrid',
          onlineUrl: 'https://meet.charity.example/sheffield',
          startsAt: inDays(20),
          endsAt: inDays(20, 16),
          venue: {
            name: 'Quaker Meeting House',
            street: '10 St James St',
            city: 'Sheffield',
            postcode: 'S1 2EW',
            country: 'GB',
          },
          location: { latitude: 53.381, longitude: -1.47 },
          registration: { url: 'https://charity.example/register', isFree: true },
        }),
      )
      docs.onlineEvent = created(
        await asAdmin('/api/events', {
          title: 'Online briefing',
          _status: 'published',
          attendanceMode: 'online',
          onlineUrl: 'https://meet.charity.example/briefing',
          startsAt: inDays(5),
          endsAt: inDays(5, 12),
        }),
      )
      // Rescheduling a published event keeps its previous start.
      await asAdmin(
        `/api/events/${docs.onlineEvent.id}`,
        { startsAt: inDays(7), endsAt: inDays(7, 12), eventStatus: 'rescheduled' },
        'PATCH',
      )
      docs.campaign = created(
        await asAdmin('/api/campaigns', {
          title: 'No fees for work',
          summary: 'Fair recruitment',
          _status: 'published',
        }),
      )
      docs.appeal = created(
        await asAdmin('/api/donation-appeals', {
          title: 'Support us',
          summary: 'Fund a training day',
          currency: 'GBP',
          targetAmount: 500_000,
          donateUrl: 'https://charity.example/donate',
          _status: 'published',
        }),
      )
      docs.group = created(
        await asAdmin('/api/groups', {
          name: 'ACT Testford',
          region: 'london',
          town: 'Testford',
          _status: 'published',
        }),
      )
      docs.page = created(
        await asAdmin('/api/pages', { title: 'About us', slug: 'about', _status: 'published' }),
      )
      // An editor's redirect, so redirects have a document to read by id too.
      created(
        await asAdmin('/api/redirects', {
          from: '/about-us',
          to: { type: 'custom', url: '/about' },
        }),
      )
      await asAdmin('/api/donations', {
        appeal: docs.appeal.id,
        amount: 2500,
        currency: 'GBP',
        donorName: 'Private Person',
      })
    }, 120_000)

    describe('JSON-LD', () => {
      it('describes a post as a BlogPosting, by id and by slug, with the charity as publisher', async () => {
        const byId = await ld(`/api/posts/${docs.post.id}/jsonld`)
        const bySlug = await ld(`/api/posts/jsonld?slug=${docs.post.slug}`)
        expect(byId.type).toBe('application/ld+json; charset=utf-8')
        expect(bySlug.body).toEqual(byId.body)
        expect(byId.body).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'BlogPosting',
          headline: 'Training day report',
          description: 'What we learnt in London',
          datePublished: docs.post.publishedAt,
          url: 'https://charity.example/posts/training-day-report',
          image: { '@type': 'ImageObject', url: expect.stringContaining('/api/media/file/') },
          publisher: { '@type': 'NGO', name: 'Active Communities against Trafficking' },
        })
        expect(byId.body.dateModified).toEqual(expect.any(String))
      })

      it('describes an event with status, attendance mode, Place and VirtualLocation, and organizer', async () => {
        const { status, body } = await ld(`/api/events/${docs.event.id}/jsonld`)
        expect(status).toBe(200)
        expect(body).toMatchObject({
          '@type': 'Event',
          name: 'Sheffield training day',
          startDate: docs.event.startsAt,
          endDate: docs.event.endsAt,
          eventStatus: 'https://schema.org/EventScheduled',
          eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
          location: [
            {
              '@type': 'Place',
              name: 'Quaker Meeting House',
              address: {
                '@type': 'PostalAddress',
                addressLocality: 'Sheffield',
                postalCode: 'S1 2EW',
              },
              geo: { '@type': 'GeoCoordinates', latitude: 53.381, longitude: -1.47 },
            },
            { '@type': 'VirtualLocation', url: 'https://meet.charity.example/sheffield' },
          ],
          organizer: { '@type': 'NGO', name: 'Active Communities against Trafficking' },
          offers: { '@type': 'Offer', price: 0, url: 'https://charity.example/register' },
        })
        expect(body.previousStartDate).toBeUndefined()
      })

      it('gives a rescheduled online event its previous start and a VirtualLocation', async () => {
        const { body } = await ld(`/api/events/jsonld?slug=${docs.onlineEvent.slug}`)
        expect(body).toMatchObject({
          eventStatus: 'https://schema.org/EventRescheduled',
          eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
          location: { '@type': 'VirtualLocation', url: 'https://meet.charity.example/briefing' },
          previousStartDate: docs.onlineEvent.startsAt,
        })
      })

      it('describes a campaign, an appeal (DonateAction with a MonetaryAmount target) and the charity (NGO)', async () => {
        const campaign = await ld(`/api/campaigns/${docs.campaign.id}/jsonld`)
        expect(campaign.body).toMatchObject({
          '@type': 'Project',
          name: 'No fees for work',
          description: 'Fair recruitment',
        })

        const appeal = await ld(`/api/donation-appeals/${docs.appeal.id}/jsonld`)
        expect(appeal.body).toMatchObject({
          '@type': 'DonateAction',
          name: 'Support us',
          recipient: { '@type': 'NGO', name: 'Active Communities against Trafficking' },
          target: { '@type': 'EntryPoint', urlTemplate: 'https://charity.example/donate' },
          object: { '@type': 'MonetaryAmount', currency: 'GBP', value: 5000 },
          result: { '@type': 'MonetaryAmount', currency: 'GBP', value: 25 },
        })
        // The ledger's people stay in the ledger.
        expect(appeal.text).not.toContain('Private Person')

        const charity = await ld('/api/globals/site-settings/jsonld')
        expect(charity.body).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'NGO',
          name: 'Active Communities against Trafficking',
          url: 'https://charity.example',
          sameAs: ['https://bsky.app/profile/charity.example'],
          identifier: [{ '@type': 'PropertyValue', value: '1234567' }],
        })
      })

      it('describes nothing unpublished, even to a signed-in editor, and answers malformed input with a 4xx and a message', async () => {
        for (const token of [undefined, backend.admin.token]) {
          const replies = await Promise.all([
            ld(`/api/posts/${docs.draftPost.id}/jsonld`, token),
            ld(`/api/posts/jsonld?slug=${docs.draftPost.slug}`, token),
            ld(`/api/posts/${docs.futurePost.id}/jsonld`, token),
          ])
          expect(replies.map((reply) => reply.status)).toEqual([404, 404, 404])
          expect(replies.map((reply) => reply.text).join()).not.toContain(secret)
        }
        const bad = await Promise.all([
          ld('/api/posts/jsonld'),
          ld('/api/posts/jsonld?slug=Not%20a%20slug'),
          ld("/api/posts/1'/jsonld"),
        ])
        // An id that cannot exist is a 404 for every route under the collection (backend/server/guards.ts).
        expect(bad.map((reply) => reply.status)).toEqual([400, 400, 404])
        expect(bad[0].body.errors[0].message).toMatch(/jsonld\?slug=/)
        expect(bad[2].body.errors[0].message).toMatch(/1'/)
      })
    })

    describe('OpenAPI', () => {
      let document: any
      beforeAll(async () => {
        const reply = await backend.api.request('/api/openapi.json')
        expect(reply.status).toBe(200)
        document = reply.body
      })

      it('is a valid OpenAPI 3.1 document', async () => {
        expect(document.openapi).toBe('3.1.0')
        const result = await validate(structuredClone(document))
        expect({ valid: result.valid, errors: result.valid ? [] : result.errors }).toEqual({
          valid: true,
          errors: [],
        })
      })

      it('documents the public reads, feeds, structured data and the signed donations webhook, and no staff operation', () => {
        const paths = Object.keys(document.paths)
        expect(paths).toEqual(
          expect.arrayContaining([
            '/api/posts',
            '/api/posts/{id}',
            '/api/events',
            '/api/campaigns',
            '/api/donation-appeals',
            '/api/categories',
            '/api/media',
            '/api/globals/site-settings',
            '/api/globals/navigation',
            '/api/posts/feed.xml',
            '/api/posts/feed.atom',
            '/api/posts/feed.json',
            '/api/events/calendar.ics',
            '/api/posts/{id}/jsonld',
            '/api/globals/site-settings/jsonld',
            '/api/donations/webhook',
            '/api/groups/near',
            '/api/sitemap.xml',
            '/api/search',
          ]),
        )
        // The public training form: anyone may send one, no one reads them back here.
        expect(Object.keys(document.paths['/api/training-requests'])).toEqual(['post'])
        for (const hidden of [
          'users',
          'donations',
          'webhook-endpoints',
          'webhook-deliveries',
          'payload-jobs',
        ]) {
          expect(
            paths.filter((path) => path === `/api/${hidden}` || path === `/api/${hidden}/{id}`),
          ).toEqual([])
          expect(document.components.schemas[hidden]).toBeUndefined()
        }
        // Nor the job queue's task inputs, nor anything else no public answer holds.
        expect(
          Object.keys(document.components.schemas).filter((name) =>
            /^(Task|Workflow)|^auth$|_select$|^payload-/.test(name),
          ),
        ).toEqual([])
        expect(document.paths['/api/posts'].get.parameters).toContainEqual(
          expect.objectContaining({
            name: 'depth',
            schema: { type: 'integer', minimum: 0, maximum: 3 },
          }),
        )
        // Fields anonymous readers never get are not described either.
        expect(Object.keys(document.components.schemas.posts.properties)).not.toEqual(
          expect.arrayContaining(['authors']),
        )
        expect(document.components.schemas.posts.properties.createdBy).toBeUndefined()
        expect(document.paths['/api/donations/webhook'].post.parameters[0]).toMatchObject({
          name: 'x-signature',
          in: 'header',
          required: true,
        })
        const methods = Object.values(document.paths).flatMap((item: any) => Object.keys(item))
        expect(methods.filter((method) => !['get', 'post'].includes(method))).toEqual([])
        expect(JSON.stringify(document)).not.toContain(secret)
      })

      it('holds to its word: every documented GET answers an anonymous reader as its schema says', async () => {
        const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false })
        ajv.addSchema({ $id: 'openapi', components: document.components })
        const resolveRefs = (schema: unknown): unknown =>
          JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'))
        const idOf: Record<string, unknown> = {
          posts: docs.post.id,
          events: docs.event.id,
          campaigns: docs.campaign.id,
          'donation-appeals': docs.appeal.id,
          groups: docs.group.id,
        }
        const checked: string[] = []
        const failures: unknown[] = []
        for (const [path, item] of Object.entries<any>(document.paths)) {
          if (!item.get) continue
          const collection = path.split('/')[2]
          let url = path
          if (path.includes('{id}')) {
            const id =
              idOf[collection] ??
              (await backend.api.request(`/api/${collection}?limit=1&depth=0`)).body.docs?.[0]?.id
            if (id === undefined) continue
            url = path.replace('{id}', String(id))
          }
          if (path.includes('{filename}')) url = path.replace('{filename}', docs.image.filename)
          if (path.endsWith('/near')) url = `${path}?lat=51.5&lng=-0.12&radiusKm=100`
          if (path.endsWith('/jsonld') && !path.includes('{id}') && !path.includes('globals')) {
            const slug = (await backend.api.request(`/api/${collection}?limit=1&depth=0`)).body
              .docs?.[0]?.slug
            url = `${path}?slug=${slug}`
          }
          // The group finder needs a place to search from.
          if (path.endsWith('/near')) url = `${path}?lat=51.5072&lng=-0.1276`
          // Search needs words to search for (without them it is a 400, documented too).
          if (path.endsWith('/search')) url = `${path}?q=a`
          // Compiling the schemas above blocks this process for seconds, so the pooled keep-alive
          // socket may have been closed by the server meanwhile: one retry on a fresh one.
          const response = await fetch(backend.url + url)
            .catch(() => fetch(backend.url + url))
            .catch((error: unknown) => {
              // The server went away: show why.
              throw new Error(
                `GET ${url} failed (${String(error)}):\n${backend.server.output().slice(-4000)}`,
              )
            })
          const type = (response.headers.get('content-type') ?? '').split(';')[0]
          const documented = item.get.responses[String(response.status)]
          expect({ url, status: response.status, documented: Boolean(documented) }).toEqual({
            url,
            status: 200,
            documented: true,
          })
          const content =
            documented.content?.[type] ?? documented.content?.[`${type.split('/')[0]}/*`]
          expect({ url, type, documentedType: Boolean(content) }).toEqual({
            url,
            type,
            documentedType: true,
          })
          const text = await response.text()
          if (type.endsWith('json')) {
            const check = ajv.compile(resolveRefs(content.schema) as object)
            if (!check(JSON.parse(text))) failures.push({ url, errors: check.errors?.slice(0, 3) })
          } else {
            expect(text.length).toBeGreaterThan(0)
          }
          checked.push(url)
        }
        expect(failures).toEqual([])
        expect(checked.length).toBeGreaterThanOrEqual(25)
      })

      it('is what the public types the package ships were generated from (npm run generate:public-types)', async () => {
        const committed = readFileSync(path.join(ROOT, PUBLIC_TYPES_FILE), 'utf8')
        expect(await publicTypesSource(document)).toBe(committed)
      })

      it('names the fields a related document brings at depth 1 (x-populated-fields, read by the depth-aware public types), and population brings those', async () => {
        const populated = (name: string): string[] =>
          document.components.schemas[name]['x-populated-fields']
        expect(populated('campaigns')).toEqual(expect.arrayContaining(['id', 'title', 'slug']))
        expect(document.components.schemas.media['x-populated-fields']).toBeUndefined()
        const category = created(await asAdmin('/api/categories', { title: 'Depth checks' }))
        const campaign = created(
          await asAdmin('/api/campaigns', {
            title: 'Pictured campaign',
            heroImage: docs.image.id,
            _status: 'published',
          }),
        )
        const post = created(
          await asAdmin('/api/posts', {
            title: 'Related at depth one',
            _status: 'published',
            publishedAt: inDays(-1),
            heroImage: docs.image.id,
            campaign: campaign.id,
            group: docs.group.id,
            categories: [category.id],
            relatedEvents: [docs.event.id],
          }),
        )
        const read = await backend.api.request(`/api/posts/${post.id}?depth=1`)
        expect(read.status).toBe(200)
        const related = {
          campaigns: read.body.campaign,
          groups: read.body.group,
          categories: read.body.categories[0],
          events: read.body.relatedEvents[0],
        }
        for (const [collection, value] of Object.entries(related)) {
          expect({ collection, keys: Object.keys(value).sort() }).toEqual({
            collection,
            keys: expect.arrayContaining(['id', 'title']),
          })
          const extra = Object.keys(value).filter((key) => !populated(collection).includes(key))
          expect({ collection, extra }).toEqual({ collection, extra: [] })
        }
        // Uploads have no defaultPopulate: the whole media document.
        expect(read.body.heroImage).toEqual(expect.objectContaining({ alt: expect.any(String) }))
        // One level down stays an id at depth 1.
        expect(read.body.campaign.heroImage).toBe(docs.image.id)
        // Joins populate the same way.
        const group = await backend.api.request(`/api/groups/${docs.group.id}?depth=1`)
        const joined = group.body.posts.docs.find((doc: { id: unknown }) => doc.id === post.id)
        expect(Object.keys(joined).filter((key) => !populated('posts').includes(key))).toEqual([])
      })

      it('documents exactly the GET routes an anonymous reader can call, no more and no fewer', async () => {
        const { stdout } = await run(path.join(ROOT, 'node_modules/.bin/tsx'), [PRINT_ROUTES], {
          cwd: ROOT,
          env: { ...process.env, NODE_OPTIONS: '--conditions=development --no-deprecation' },
        })
        const routes = (JSON.parse(stdout) as { method: string; path: string }[]).filter(
          (route) => route.method === 'get' && !isAdminMachinery(route.path),
        )
        // A category too, so every public collection has a document to read.
        await asAdmin('/api/categories', { title: `Topic ${unique('c')}` })
        const first: Record<string, { id: unknown; slug?: string } | undefined> = {}
        const callable: string[] = []
        for (const route of routes) {
          const collection = route.path.split('/')[1]
          if (!(collection in first)) {
            const list = await backend.api.request(`/api/${collection}?limit=1&depth=0`)
            first[collection] = list.body?.docs?.[0]
          }
          const doc = first[collection]
          const url = route.path
            .replace(/\/:\w+\?$/, '')
            .replace(':id', String(doc?.id ?? 1))
            .replace(':filename', docs.image.filename)
            .replace(/\/$/, '')
          const query = url.endsWith('/near')
            ? '?lat=51.5&lng=-0.12'
            : url === '/search'
              ? '?q=a'
              : route.path.endsWith('/jsonld') && route.path.split('/').length === 3
                ? `?slug=${doc?.slug}`
                : ''
          const response = await fetch(`${backend.url}/api${url}${query}`)
          await response.arrayBuffer()
          // Callable: an answer with content. Not: 401/403 (staff only), 404 (not served here, e.g. versions of a collection that keeps none).
          if (response.ok)
            callable.push(route.path.replace(/\/$/, '').replace(/:(\w+)\??/g, '{$1}'))
        }
        const documented = Object.entries<any>(document.paths)
          .filter(([, item]) => item.get)
          .map(([route]) => route.replace(/^\/api/, ''))
        expect([...new Set(callable)].sort()).toEqual(documented.sort())
      }, 120_000)
    })
  },
  { env: { FRONTEND_URL: 'https://charity.example' } },
)
