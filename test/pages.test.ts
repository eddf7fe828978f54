import type { TestBackend, TestUser } from './helpers/harness.ts'

/**
 * Pages and the rest of an editor's site toolkit, through the real server:
 * blocks with live data, nested addresses, FAQ structured data, the website's
 * preview key, redirects, the sitemap (valid against the sitemaps.org schema),
 * and moments announced when they come, with a clock the test moves.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { validateXML } from 'xmllint-wasm'

import { createDoc, DAY, fromNow, unique, updateDoc } from './helpers/content.ts'
import { describeEachAdapter } from './helpers/harness.ts'
import { ROOT } from './helpers/server.ts'
import { sleep, WebhookReceiver } from './helpers/webhookReceiver.ts'

const WEBSITE = 'https://www.example.org'
const SITEMAP_MAX_URLS = 30

/** sitemap.xsd as the sitemap package ships it (the sitemaps.org schema), and the xhtml:link declaration. */
const SITEMAP_XSD = readFileSync(path.join(ROOT, 'node_modules/sitemap/schema/sitemap.xsd'), 'utf8')
const XHTML_LINK_XSD = readFileSync(path.join(ROOT, 'test/fixtures/sitemap/xhtml-link.xsd'), 'utf8')

const validUrlset = async (xml: string) => {
  const wrapper = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="sitemap.xsd"/>
  <xs:import namespace="http://www.w3.org/1999/xhtml" schemaLocation="xhtml-link.xsd"/>
</xs:schema>`
  return validateXML({
    xml: [{ fileName: 'sitemap.xml', contents: xml }],
    schema: [{ fileName: 'all.xsd', contents: wrapper }],
    preload: [
      { fileName: 'sitemap.xsd', contents: SITEMAP_XSD },
      { fileName: 'xhtml-link.xsd', contents: XHTML_LINK_XSD },
    ],
  })
}

/**
 * The sitemap index's structure, checked by hand (the package ships no
 * siteindex.xsd, and no schema is fetched at test time): one root
 * `sitemapindex` in the sitemaps.org namespace, and only `sitemap` entries,
 * each with one absolute `loc` (and at most one `lastmod`).
 */
const indexLocs = (xml: string): string[] => {
  const root =
    /<sitemapindex\s+xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9"[^>]*>([\s\S]*)<\/sitemapindex>\s*$/.exec(
      xml.replace(/^<\?xml[^>]*\?>\s*/, ''),
    )
  if (!root) throw new Error(`not a sitemap index: ${xml.slice(0, 200)}`)
  const entries = root[1].match(/<sitemap>[\s\S]*?<\/sitemap>/g) ?? []
  if (root[1].replace(/<sitemap>[\s\S]*?<\/sitemap>/g, '').trim()) {
    throw new Error('a sitemap index holds sitemap entries only')
  }
  return entries.map((entry) => {
    const locs = [...entry.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    const inner = entry
      .replace(/<\/?sitemap>/g, '')
      .replace(/<loc>[^<]*<\/loc>|<lastmod>[^<]*<\/lastmod>/g, '')
    if (locs.length !== 1 || inner.trim() || !/^https?:\/\//.test(locs[0])) {
      throw new Error(`a sitemap entry has one absolute loc: ${entry}`)
    }
    return locs[0].replace(/&amp;/g, '&')
  })
}

describeEachAdapter(
  'pages and the site toolkit',
  (backend: TestBackend) => {
    const asAdmin = (route: string, init: { method?: string; body?: unknown } = {}) =>
      backend.api.request(route, { ...init, token: backend.admin.token })
    let editor: TestUser
    let author: TestUser

    beforeAll(async () => {
      editor = await backend.createUser('editor', 'Edie Editor')
      author = await backend.createUser('author', 'Ada Author')
    })

    describe('a page of blocks', () => {
      it('reads its live data in one request at depth=1: appeal totals, upcoming events, latest posts, groups, the form', async () => {
        const appeal = await createDoc(backend, 'donation-appeals', {
          title: unique('Appeal'),
          targetAmount: 500_000,
          suggestedAmounts: [{ amount: 1000, impact: 'A workbook for one volunteer' }],
          _status: 'published',
        })
        const give = await asAdmin('/api/donations', {
          body: { appeal: appeal.id, amount: 2500, currency: 'GBP' },
        })
        expect(give.status).toBe(201)
        const event = (title: string, startsAt: string, status: string) =>
          createDoc(backend, 'events', {
            title: unique(title),
            eventType: 'training',
            attendanceMode: 'in-person',
            startsAt,
            endsAt: new Date(new Date(startsAt).getTime() + 3_600_000).toISOString(),
            _status: status,
          })
        const soon = await event('Soon', fromNow(DAY), 'published')
        const later = await event('Later', fromNow(2 * DAY), 'published')
        await event('Past', fromNow(-DAY), 'published')
        await event('Draft', fromNow(DAY / 2), 'draft')
        const post = await createDoc(backend, 'posts', {
          title: unique('News'),
          _status: 'published',
        })

        const page = await createDoc(backend, 'pages', {
          title: unique('Get involved'),
          _status: 'published',
          layout: [
            { blockType: 'donate', heading: 'Give', appeal: appeal.id },
            { blockType: 'upcomingEvents', eventType: 'training', limit: 2 },
            { blockType: 'latestPosts', limit: 1 },
            { blockType: 'findGroup', heading: 'Near you' },
            { blockType: 'trainingRequest', heading: 'Ask for a day' },
          ],
        })

        const { status, body } = await backend.api.request(
          `/api/pages?where[slug][equals]=${page.slug}&depth=1`,
        )
        expect(status).toBe(200)
        const [donate, upcoming, latest, groups, form] = body.docs[0].layout
        expect(donate.appeal).toMatchObject({
          id: appeal.id,
          raisedAmount: 2500,
          donationCount: 1,
          suggestedAmounts: [expect.objectContaining({ amount: 1000 })],
          isOpen: true,
        })
        // Published and still to come, soonest first, as many as asked for; drafts and past events never.
        expect(upcoming.events.map((e: { id: unknown }) => e.id)).toEqual([soon.id, later.id])
        expect(upcoming.events[0]).toMatchObject({ title: soon.title, startsAt: soon.startsAt })
        expect(latest.posts.map((p: { id: unknown }) => p.id)).toEqual([post.id])
        expect(Array.isArray(groups.groups)).toBe(true)
        expect(form.form).toMatchObject({
          action: '/training-requests',
          consent: { version: expect.any(String), wording: expect.any(String) },
          attendees: { min: 5, max: 500 },
        })
      })

      it('nests under a parent: breadcrumbs in the API, and the address follows the parent', async () => {
        const parent = await createDoc(backend, 'pages', {
          title: 'Get involved',
          slug: unique('get-involved'),
          _status: 'published',
        })
        const child = await createDoc(backend, 'pages', {
          title: 'Training',
          slug: unique('training'),
          parent: parent.id,
          _status: 'published',
        })
        const read = async () =>
          (await backend.api.request(`/api/pages/${child.id}?depth=0`)).body.breadcrumbs
        expect(await read()).toEqual([
          expect.objectContaining({
            doc: parent.id,
            url: `/${parent.slug}`,
            label: 'Get involved',
          }),
          expect.objectContaining({
            doc: child.id,
            url: `/${parent.slug}/${child.slug}`,
            label: 'Training',
          }),
        ])
        // The Welsh title shows in the Welsh trail.
        await backend.api.request(`/api/pages/${parent.id}?locale=cy`, {
          method: 'PATCH',
          body: { title: 'Cymryd rhan' },
          token: backend.admin.token,
        })
        const welsh = await backend.api.request(`/api/pages/${child.id}?depth=0&locale=cy`)
        expect(welsh.body.breadcrumbs[0].label).toBe('Cymryd rhan')

        // A page may not sit under its own subpage.
        const loop = await asAdmin(`/api/pages/${parent.id}`, {
          method: 'PATCH',
          body: { parent: child.id },
        })
        expect(loop.status).toBe(400)
        expect(JSON.stringify(loop.body)).toMatch(/cannot sit under itself/)
      })

      it('describes a page with questions and answers as an FAQPage', async () => {
        const page = await createDoc(backend, 'pages', {
          title: unique('Privacy'),
          _status: 'published',
          layout: [
            {
              blockType: 'faq',
              items: [
                { question: 'How long do you keep a request?', answer: 'A year after it closes.' },
              ],
            },
          ],
        })
        const { status, body } = await backend.api.request(`/api/pages/${page.id}/jsonld`)
        expect(status).toBe(200)
        expect(body).toMatchObject({
          '@type': 'FAQPage',
          url: `${WEBSITE}/${page.slug}`,
          mainEntity: [
            {
              '@type': 'Question',
              name: 'How long do you keep a request?',
              acceptedAnswer: { '@type': 'Answer', text: 'A year after it closes.' },
            },
          ],
        })
      })

      it('follows the rules of posts: an author drafts, only an editor publishes, the public sees published pages', async () => {
        const draft = await backend.api.request('/api/pages', {
          body: { title: unique('Draft page') },
          token: author.token,
        })
        expect(draft.status).toBe(201)
        const publish = await backend.api.request(`/api/pages/${draft.body.doc.id}`, {
          method: 'PATCH',
          body: { _status: 'published' },
          token: author.token,
        })
        expect(publish.status).toBeGreaterThanOrEqual(400)
        expect((await backend.api.request(`/api/pages/${draft.body.doc.id}`)).status).toBe(404)
        const published = await backend.api.request(`/api/pages/${draft.body.doc.id}`, {
          method: 'PATCH',
          body: { _status: 'published' },
          token: editor.token,
        })
        expect(published.status).toBe(200)
        expect((await backend.api.request(`/api/pages/${draft.body.doc.id}`)).status).toBe(200)
      })
    })

    describe('the website preview key', () => {
      let key: string
      beforeAll(async () => {
        const apiKey = `preview-${unique('key')}-${unique('k')}`
        const created = await asAdmin('/api/users', {
          body: {
            email: `${unique('preview')}@example.org`,
            password: `Pw-${unique('x')}`,
            name: 'Website preview',
            role: 'website-preview',
            enableAPIKey: true,
            apiKey,
          },
        })
        expect(created.status).toBe(201)
        key = `users API-Key ${apiKey}`
      })

      it('reads drafts over REST and GraphQL without anyone’s password', async () => {
        const page = await createDoc(backend, 'pages', {
          title: unique('Unpublished'),
          _status: 'draft',
        })
        expect((await backend.api.request(`/api/pages/${page.id}?draft=true`)).status).toBe(404)
        const rest = await backend.api.request(`/api/pages/${page.id}?draft=true`, { token: key })
        expect(rest.status).toBe(200)
        expect(rest.body.title).toBe(page.title)
        const gql = await backend.api.graphql(
          `{ Pages(draft: true, where: { slug: { equals: "${page.slug}" } }) { docs { title } } }`,
          undefined,
          key,
        )
        expect(gql.data?.Pages.docs).toEqual([{ title: page.title }])
      })

      it('writes nothing and reads nothing personal', async () => {
        const write = await backend.api.request('/api/pages', { body: { title: 'x' }, token: key })
        expect(write.status).toBe(403)
        for (const collection of [
          'training-requests',
          'donations',
          'gift-aid-declarations',
          'webhook-endpoints',
        ]) {
          const read = await backend.api.request(`/api/${collection}?limit=1`, { token: key })
          expect({ collection, status: read.status }).toEqual({ collection, status: 403 })
        }
        // Only its own account, and it cannot change even that.
        const users = await backend.api.request('/api/users?limit=100', { token: key })
        expect(users.body.docs).toHaveLength(1)
        const self = users.body.docs[0]
        expect(
          (
            await backend.api.request(`/api/users/${self.id}`, {
              method: 'PATCH',
              body: { name: 'x' },
              token: key,
            })
          ).status,
        ).toBe(403)
      })

      it('is the only kind of account an API key may be turned on for', async () => {
        const refused = await asAdmin(`/api/users/${author.id}`, {
          method: 'PATCH',
          body: { enableAPIKey: true, apiKey: `k-${unique('k')}` },
        })
        expect(refused.status).toBe(400)
        expect(refused.body.errors[0].message).toMatch(/only for the website preview account/)
      })
    })

    describe('redirects', () => {
      it('records the old address when a published page moves, in both languages, and drops it when the page moves back', async () => {
        const post = await createDoc(backend, 'posts', {
          title: unique('Old title'),
          _status: 'published',
        })
        const oldSlug = post.slug as string
        const newSlug = unique('new-title')
        await updateDoc(backend, 'posts', post.id, { slug: newSlug })
        for (const [from, to] of [
          [`/posts/${oldSlug}`, `/posts/${newSlug}`],
          [`/cy/posts/${oldSlug}/`, `/cy/posts/${newSlug}`],
        ]) {
          const { status, body } = await backend.api.request(
            `/api/redirects?from=${encodeURIComponent(from)}`,
          )
          expect(status).toBe(200)
          expect(body.docs).toHaveLength(1)
          expect(body.docs[0]).toMatchObject({
            to: { type: 'reference', reference: { relationTo: 'posts' } },
            type: '301',
            destination: to,
          })
        }
        await updateDoc(backend, 'posts', post.id, { slug: oldSlug })
        const back = await backend.api.request(`/api/redirects?from=/posts/${oldSlug}`)
        expect(back.body.docs).toEqual([])
        expect(
          (await backend.api.request(`/api/redirects?from=/posts/${newSlug}`)).body.docs[0]
            .destination,
        ).toBe(`/posts/${oldSlug}`)
      })

      it('records the old addresses of the published pages under a page that moves', async () => {
        const page = (title: string, parent?: unknown) =>
          createDoc(backend, 'pages', {
            title,
            slug: unique(title.toLowerCase()),
            ...(parent ? { parent } : {}),
            _status: 'published',
          })
        const top = await page('Involved')
        const middle = await page('Training', top.id)
        const bottom = await page('Venues', middle.id)
        const renamed = unique('take-part')
        await updateDoc(backend, 'pages', top.id, { slug: renamed })
        for (const [from, to] of [
          [`/${top.slug}`, `/${renamed}`],
          [`/${top.slug}/${middle.slug}`, `/${renamed}/${middle.slug}`],
          [
            `/cy/${top.slug}/${middle.slug}/${bottom.slug}`,
            `/cy/${renamed}/${middle.slug}/${bottom.slug}`,
          ],
        ]) {
          const { body } = await backend.api.request(
            `/api/redirects?from=${encodeURIComponent(from)}`,
          )
          expect({ from, destination: body.docs[0]?.destination }).toEqual({
            from,
            destination: to,
          })
        }
      })

      it('refuses a loop and collapses a chain', async () => {
        const [a, b, c] = [unique('/a'), unique('/b'), unique('/c')]
        const add = (from: string, url: string, token = editor.token) =>
          backend.api.request('/api/redirects', {
            body: { from, to: { type: 'custom', url } },
            token,
          })
        expect((await add(a, b)).status).toBe(201)
        const loop = await add(b, a)
        expect(loop.status).toBe(400)
        expect(loop.body.errors[0].message).toMatch(/round in circles/)
        expect((await add(b, c)).status).toBe(201)
        const first = await backend.api.request(`/api/redirects?from=${a}`)
        expect(first.body.docs[0].destination).toBe(c)
        // Authors do not add redirects.
        expect((await add(unique('/d'), c, author.token)).status).toBe(403)
      })
    })

    describe('the sitemap', () => {
      it('lists published pages in both languages with hreflang alternates, valid against the sitemaps.org schema, split into an index past its limit', async () => {
        const page = await createDoc(backend, 'pages', {
          title: unique('About'),
          _status: 'published',
        })
        const hidden = await createDoc(backend, 'pages', {
          title: unique('Hidden'),
          _status: 'draft',
        })
        // Enough pages that, in two languages, they pass the limit and make an index.
        for (let n = 0; n < SITEMAP_MAX_URLS / 2; n++) {
          await createDoc(backend, 'pages', { title: unique('Filler'), _status: 'published' })
        }
        const first = await backend.api.request('/api/sitemap.xml')
        expect(first.status).toBe(200)
        const text = String(first.body)
        const locs = indexLocs(text)
        expect(locs.length).toBeGreaterThan(1)
        let all = ''
        for (const loc of locs) {
          const url = new URL(loc)
          const file = await backend.api.request(`${url.pathname}${url.search}`)
          expect(file.status).toBe(200)
          const xml = String(file.body)
          const result = await validUrlset(xml)
          expect(result.errors).toEqual([])
          expect((xml.match(/<url>/g) ?? []).length).toBeLessThanOrEqual(SITEMAP_MAX_URLS)
          all += xml
        }
        expect(all).toContain(`<loc>${WEBSITE}/${page.slug}</loc>`)
        expect(all).toContain(`<loc>${WEBSITE}/cy/${page.slug}</loc>`)
        expect(all).toContain(`hreflang="cy" href="${WEBSITE}/cy/${page.slug}"`)
        expect(all).toContain(`hreflang="x-default" href="${WEBSITE}/${page.slug}"`)
        expect(all).not.toContain(hidden.slug)
        expect(all).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/)
        expect((await backend.api.request('/api/sitemap.xml?collection=nope&page=1')).status).toBe(
          400,
        )
        // A parameter it does not take is named, not ignored, as by the feeds.
        const unknown = await backend.api.request('/api/sitemap.xml?lang=cy')
        expect(unknown.status).toBe(400)
        expect(unknown.body.errors[0].message).toContain('collection, page')
      })
    })

    describe('moments, with a clock the test moves', () => {
      const receiver = new WebhookReceiver()
      beforeAll(async () => {
        await receiver.start()
        const created = await asAdmin('/api/webhook-endpoints', {
          body: { url: receiver.url, events: ['posts.published', 'donation-appeals.updated'] },
        })
        expect(created.status).toBe(201)
        receiver.secrets = [created.body.doc.secret]
      })
      afterAll(() => receiver.stop())

      /** Moves the server's clock on, and answers the server's time then (the test's own clock stays). */
      const moveClock = async (ms: number): Promise<number> => {
        const moved = await backend.api.request('/api/test-clock', { body: { advanceMs: ms } })
        expect(moved.status).toBe(200)
        return new Date(moved.body.now).getTime()
      }
      const runJobs = async () => {
        const run = await asAdmin(
          '/api/payload-jobs/run?queue=charity-webhooks&disableScheduling=true',
        )
        expect(run.status).toBe(200)
      }

      it('announces a post dated later when its date comes, not when it is saved; feeds, sitemap and caches follow', async () => {
        const post = await createDoc(backend, 'posts', {
          title: unique('Later'),
          publishedAt: fromNow(90_000),
          _status: 'published',
        })
        const appeal = await createDoc(backend, 'donation-appeals', {
          title: unique('Opening'),
          targetAmount: 10_000,
          opensAt: fromNow(90_000),
          _status: 'published',
        })
        const feed = async () => backend.api.request('/api/posts/feed.json')
        await feed()
        const cached = await feed()
        expect(cached.headers.get('x-cache')).toBe('HIT')
        expect(JSON.stringify(cached.body)).not.toContain(post.slug)
        await runJobs()
        await sleep(1000)
        expect(receiver.of('posts.published', post.id)).toEqual([])

        await moveClock(120_000)
        await runJobs()
        const [message] = await receiver.waitFor('posts.published', post.id)
        expect(message.body.data).toMatchObject({
          collection: 'posts',
          id: post.id,
          reason: 'scheduled',
          url: `${WEBSITE}/posts/${post.slug}`,
          urls: { en: `${WEBSITE}/posts/${post.slug}`, cy: `${WEBSITE}/cy/posts/${post.slug}` },
        })
        const [opened] = await receiver.waitFor('donation-appeals.updated', appeal.id)
        expect(opened.body.data).toMatchObject({ reason: 'opened', id: appeal.id })

        // The cached feed went with the moment: the next read is made afresh and has the post.
        const after = await feed()
        expect(after.headers.get('x-cache')).toBe('MISS')
        expect(JSON.stringify(after.body)).toContain(post.slug)
        expect(
          String((await backend.api.request('/api/sitemap.xml?collection=posts&page=1')).body),
        ).toContain(`/posts/${post.slug}<`)
        expect(receiver.of('posts.published', post.id)).toHaveLength(1)
      })

      it('announces a moment once when its date is moved away and back before it comes', async () => {
        const now = await moveClock(0)
        const at = (ms: number) => new Date(now + ms).toISOString()
        const post = await createDoc(backend, 'posts', {
          title: unique('Moved and back'),
          publishedAt: at(90_000),
          _status: 'published',
        })
        await updateDoc(backend, 'posts', post.id, { publishedAt: at(300_000) })
        await updateDoc(backend, 'posts', post.id, { publishedAt: at(90_000) })

        await moveClock(120_000)
        await runJobs()
        await receiver.waitFor('posts.published', post.id)
        await runJobs()
        await sleep(1000)
        expect(receiver.of('posts.published', post.id)).toHaveLength(1)
      })
    })
  },
  {
    env: {
      FRONTEND_URL: WEBSITE,
      TEST_MOVABLE_CLOCK: 'true',
      WEBHOOKS_ALLOW_PRIVATE: 'true',
      SITEMAP_MAX_URLS: String(SITEMAP_MAX_URLS),
      // Long enough that only the moment, not the cache's own expiry, can refresh a cached answer.
      RESPONSE_CACHE_TTL_SECONDS: '600',
    },
  },
)
