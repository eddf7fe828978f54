import type { Id } from './helpers/accessFixtures.ts'
import type { TestBackend, TestUser } from './helpers/harness.ts'

/**
 * Leak probes: the side doors the access matrix does not walk through.
 * Drafts through `draft=true`, versions, relationships, joins, filters and
 * sorting; scheduled posts; accounts (first admin, own role, unlock, lockout);
 * and every path by which an author might get something published. Each probe
 * has a control (an editor, or the admin) that does see the thing, so a probe
 * that sees nothing because of a broken fixture cannot pass.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'

import { contentData, fromGraphQL, lit, tag, uploadImage } from './helpers/accessFixtures.ts'
import { describeEachAdapter } from './helpers/harness.ts'
import { createFreshDatabase, ROOT, startServerProcess, TEST_SECRET } from './helpers/server.ts'

const CONTENT = [
  { slug: 'posts', one: 'Post', many: 'Posts' },
  { slug: 'events', one: 'Event', many: 'Events' },
  { slug: 'campaigns', one: 'Campaign', many: 'Campaigns' },
  { slug: 'donation-appeals', one: 'DonationAppeal', many: 'DonationAppeals' },
] as const

const DAY = 24 * 60 * 60 * 1000
const AUTHORS_MESSAGE = /authors cannot publish.*editor or admin/i

describeEachAdapter(
  'leak probes',
  (backend: TestBackend) => {
    let author: TestUser
    let otherAuthor: TestUser
    let editor: TestUser
    const api = () => backend.api
    const asAdmin = (route: string) => backend.api.request(route, { token: backend.admin.token })
    const asAdminRequest = (route: string, body: unknown) =>
      backend.api.request(route, { body, token: backend.admin.token })

    /** Secrets: text that must never reach a reader who may not see it. */
    const secret = {
      campaign: `Unannounced campaign ${tag()}`,
      event: `Unannounced event ${tag()}`,
      post: `Unpublished post ${tag()}`,
      future: `Embargoed post ${tag()}`,
      changes: `Unreviewed changes ${tag()}`,
    }
    const ids = {} as {
      draftCampaign: Id
      draftEvent: Id
      publicCampaign: Id
      publishedPost: Id
      draftPost: Id
      futurePost: Id
      /** Per content collection: a draft and a published document with unreviewed changes. */
      drafts: Record<string, Id>
      pending: Record<string, { id: Id; liveTitle: string; versionId: Id }>
    }

    const create = async (
      user: TestUser,
      slug: string,
      data: Record<string, unknown>,
      query = '',
    ) => {
      const { status, body } = await api().request(`/api/${slug}${query}`, {
        body: data,
        token: user.token,
      })
      if (status !== 201)
        throw new Error(`fixture: creating ${slug} failed: ${status} ${JSON.stringify(body)}`)
      return body.doc.id as Id
    }
    const patch = async (
      user: TestUser,
      slug: string,
      id: Id,
      data: Record<string, unknown>,
      query = '',
    ) => {
      const { status, body } = await api().request(`/api/${slug}/${id}${query}`, {
        method: 'PATCH',
        body: data,
        token: user.token,
      })
      if (status !== 200)
        throw new Error(`fixture: updating ${slug}/${id} failed: ${status} ${JSON.stringify(body)}`)
      return body.doc
    }
    const adminDoc = async (slug: string, id: Id, query = '') =>
      (await asAdmin(`/api/${slug}/${id}?depth=0${query}`)).body

    beforeAll(async () => {
      author = await backend.createUser('author', 'Ada Author')
      otherAuthor = await backend.createUser('author', 'Otto Otherauthor')
      editor = await backend.createUser('editor', 'Edie Editor')

      ids.draftCampaign = await create(
        editor,
        'campaigns',
        contentData('campaigns', secret.campaign),
      )
      ids.draftEvent = await create(editor, 'events', contentData('events', secret.event))
      ids.publicCampaign = await create(editor, 'campaigns', {
        ...contentData('campaigns', `Public campaign ${tag()}`),
        _status: 'published',
      })
      ids.publishedPost = await create(editor, 'posts', {
        title: `Public post ${tag()}`,
        _status: 'published',
        campaign: ids.draftCampaign,
        relatedEvents: [ids.draftEvent],
        authors: [author.id],
      })
      ids.draftPost = await create(editor, 'posts', {
        title: secret.post,
        campaign: ids.publicCampaign,
      })
      ids.futurePost = await create(editor, 'posts', {
        title: secret.future,
        _status: 'published',
        publishedAt: new Date(Date.now() + 30 * DAY).toISOString(),
        campaign: ids.publicCampaign,
      })

      ids.drafts = {}
      ids.pending = {}
      for (const { slug } of CONTENT) {
        ids.drafts[slug] = await create(author, slug, contentData(slug, `${secret.post} ${slug}`))
        const liveTitle = `Live ${slug} ${tag()}`
        const id = await create(author, slug, contentData(slug, liveTitle))
        await patch(editor, slug, id, { _status: 'published' })
        await patch(editor, slug, id, { title: `${secret.changes} ${slug}` }, '?draft=true')
        const versions = await asAdmin(`/api/${slug}/versions?depth=0&where[parent][equals]=${id}`)
        ids.pending[slug] = { id, liveTitle, versionId: versions.body.docs[0].id }
      }
    }, 180_000)

    /** The whole reply as text: the surest check that a secret is not in it anywhere. */
    const text = (value: unknown) => JSON.stringify(value)

    describe('an anonymous reader', () => {
      it.each(CONTENT)(
        'sees no draft of $slug through draft=true, over REST or GraphQL',
        async ({ slug, one, many }) => {
          const draftId = ids.drafts[slug]
          const pending = ids.pending[slug]
          const hidden = new RegExp(`${secret.post}|${secret.changes}`)

          const list = await api().request(`/api/${slug}?draft=true&limit=100&depth=1`)
          const byId = await api().request(`/api/${slug}/${draftId}?draft=true`)
          const live = await api().request(`/api/${slug}/${pending.id}?draft=true`)
          expect({ list: list.status, byId: byId.status, live: live.status }).toEqual({
            list: 200,
            byId: 404,
            live: 200,
          })
          expect(live.body.title).toBe(pending.liveTitle)
          expect(text(list.body)).not.toMatch(hidden)
          expect(text(byId.body)).not.toMatch(hidden)

          const gql = await api().graphql(
            `{ list: ${many}(draft: true, limit: 100) { docs { id title } } draft: ${one}(id: ${lit(draftId)}, draft: true) { title } live: ${one}(id: ${lit(pending.id)}, draft: true) { title } }`,
          )
          expect(gql.data.live.title).toBe(pending.liveTitle)
          expect(gql.data.draft).toBeNull()
          expect(text(gql.data)).not.toMatch(hidden)

          // Control: an editor asking the same way does get the draft and the changes.
          const editorView = await api().request(`/api/${slug}/${pending.id}?draft=true`, {
            token: editor.token,
          })
          expect(editorView.body.title).toBe(`${secret.changes} ${slug}`)
        },
      )

      it.each(CONTENT)(
        'is refused every version endpoint of $slug',
        async ({ slug, one, many }) => {
          const { id, versionId } = ids.pending[slug]
          const rest = await Promise.all([
            api().request(`/api/${slug}/versions`),
            api().request(`/api/${slug}/versions?where[parent][equals]=${id}`),
            api().request(`/api/${slug}/versions/${versionId}`),
          ])
          expect(rest.map((reply) => reply.status)).toEqual([403, 403, 403])
          const gql = await api().graphql(
            `{ list: versions${many} { docs { id version { title } } } one: version${one}(id: ${lit(versionId)}) { version { title } } }`,
          )
          expect(gql.data).toEqual({ list: null, one: null })
          expect(gql.errors?.map((error) => error.extensions?.statusCode)).toEqual([403, 403])
          expect(text(rest.map((reply) => reply.body)) + text(gql)).not.toContain(secret.changes)

          // Control: the admin reads the same history.
          expect((await asAdmin(`/api/${slug}/versions/${versionId}`)).status).toBe(200)
        },
      )

      it('cannot read a draft campaign or event by id', async () => {
        const rest = await Promise.all([
          api().request(`/api/campaigns/${ids.draftCampaign}`),
          api().request(`/api/events/${ids.draftEvent}`),
        ])
        expect(rest.map((reply) => reply.status)).toEqual([404, 404])
        const gql = await api().graphql(
          `{ c: Campaign(id: ${lit(ids.draftCampaign)}) { title } e: Event(id: ${lit(ids.draftEvent)}) { title } }`,
        )
        expect(gql.data).toEqual({ c: null, e: null })
      })

      it('gets no draft through relationship population (a published post pointing at a draft campaign and event)', async () => {
        const rest = await api().request(`/api/posts/${ids.publishedPost}?depth=2`)
        expect(rest.status).toBe(200)
        // Population fails closed: the related draft stays an unreadable id, never a document.
        expect(typeof rest.body.campaign === 'object' && rest.body.campaign !== null).toBe(false)
        expect(
          rest.body.relatedEvents.every(
            (event: unknown) => typeof event !== 'object' || event === null,
          ),
        ).toBe(true)
        const list = await api().request(`/api/posts?depth=2&limit=100`)
        const gql = await api().graphql(
          `{ Post(id: ${lit(ids.publishedPost)}) { campaign { title } relatedEvents { title } } Posts(limit: 100) { docs { campaign { title } relatedEvents { title } } } }`,
        )
        expect(gql.data.Post.campaign).toBeNull()
        for (const reply of [rest.body, list.body, gql]) {
          expect(text(reply)).not.toContain(secret.campaign)
          expect(text(reply)).not.toContain(secret.event)
        }

        // Control: an editor gets both related drafts populated.
        const editorView = await api().request(`/api/posts/${ids.publishedPost}?depth=2`, {
          token: editor.token,
        })
        expect(editorView.body.campaign.title).toBe(secret.campaign)
        expect(editorView.body.relatedEvents[0].title).toBe(secret.event)
      })

      it('gets no draft or embargoed post through a join (a published campaign listing its posts)', async () => {
        const rest = await api().request(`/api/campaigns/${ids.publicCampaign}?depth=1`)
        const gql = await api().graphql(
          `{ Campaign(id: ${lit(ids.publicCampaign)}) { posts { docs { id title } } } }`,
        )
        expect(rest.body.posts.docs).toEqual([])
        expect(gql.data.Campaign.posts.docs).toEqual([])
        for (const reply of [rest.body, gql]) {
          expect(text(reply)).not.toContain(secret.post)
          expect(text(reply)).not.toContain(secret.future)
        }

        // Control: an editor sees both in the same join.
        const editorView = await api().request(`/api/campaigns/${ids.publicCampaign}?depth=1`, {
          token: editor.token,
        })
        const joined = editorView.body.posts.docs.map((doc: { id: Id } | Id) =>
          String(typeof doc === 'object' ? doc.id : doc),
        )
        expect(joined.sort()).toEqual([String(ids.draftPost), String(ids.futurePost)].sort())
      })

      it('cannot filter or sort on fields it cannot read (authors, createdBy), over REST or GraphQL', async () => {
        const probes = [
          `where[authors][equals]=${author.id}`,
          `where[authors][exists]=true`,
          `where[createdBy][equals]=${editor.id}`,
          `where[authors.email][like]=example`,
          `where[createdBy.name][like]=Edie`,
          `sort=createdBy`,
          `sort=-authors`,
        ]
        for (const probe of probes) {
          const reply = await api().request(`/api/posts?${probe}`)
          expect({ probe, status: reply.status, message: reply.body.errors?.[0]?.message }).toEqual(
            {
              probe,
              status: 400,
              message: expect.stringMatching(/cannot be queried: .*(authors|createdBy)/),
            },
          )
          expect(text(reply.body)).not.toContain('"docs"')
          // Control: signed-in staff may filter and sort this way.
          expect((await api().request(`/api/posts?${probe}`, { token: editor.token })).status).toBe(
            200,
          )
        }
        const gql = await Promise.all([
          api().graphql(
            `{ Posts(where: { authors: { equals: ${lit(author.id)} } }) { docs { id } } }`,
          ),
          api().graphql(
            `{ Posts(where: { createdBy: { equals: ${lit(editor.id)} } }) { docs { id } } }`,
          ),
          api().graphql(`{ Posts(sort: "createdBy") { docs { id } } }`),
        ])
        for (const reply of gql) {
          expect(reply.data?.Posts ?? null).toBeNull()
          expect(reply.errors?.[0]?.extensions?.statusCode).toBe(400)
        }
      })

      it("cannot match on a related draft's fields (where[campaign.title] of a draft campaign)", async () => {
        for (const probe of [
          `where[campaign.title][equals]=${encodeURIComponent(secret.campaign)}`,
          `where[campaign._status][equals]=draft`,
          `where[relatedEvents.title][like]=${encodeURIComponent(secret.event)}`,
        ]) {
          const anonymous = await api().request(`/api/posts?depth=0&${probe}`)
          expect({ probe, status: anonymous.status, found: anonymous.body.docs?.length }).toEqual({
            probe,
            status: 200,
            found: 0,
          })
          // Control: an editor's identical query finds the published post through its draft campaign or event.
          const staff = await api().request(`/api/posts?depth=0&${probe}`, { token: editor.token })
          expect(staff.body.docs.map((doc: { id: Id }) => String(doc.id))).toContain(
            String(ids.publishedPost),
          )
        }
      })

      it('does not see a post whose publishedAt is in the future, in lists, by id, in counts or over GraphQL', async () => {
        const byId = await api().request(`/api/posts/${ids.futurePost}`)
        const list = await api().request(`/api/posts?limit=100&depth=0`)
        const count = await api().request(`/api/posts/count`)
        const gql = await api().graphql(
          `{ Post(id: ${lit(ids.futurePost)}) { title } Posts(limit: 100) { docs { id } } countPosts { totalDocs } }`,
        )
        expect(byId.status).toBe(404)
        expect(list.body.docs.map((doc: { id: Id }) => String(doc.id))).not.toContain(
          String(ids.futurePost),
        )
        expect(gql.data.Post).toBeNull()
        expect(gql.data.Posts.docs.map((doc: { id: Id }) => String(doc.id))).not.toContain(
          String(ids.futurePost),
        )
        expect(count.body.totalDocs).toBe(list.body.totalDocs)
        expect(gql.data.countPosts.totalDocs).toBe(list.body.totalDocs)
        expect(text([byId.body, list.body, gql])).not.toContain(secret.future)

        // Nor does an author who did not write it; an editor does.
        expect(
          (await api().request(`/api/posts/${ids.futurePost}`, { token: otherAuthor.token }))
            .status,
        ).toBe(404)
        expect(
          (await api().request(`/api/posts/${ids.futurePost}`, { token: editor.token })).status,
        ).toBe(200)
      })

      it('does not learn which accounts wrote a post (createdBy, authors), only the public bylines', async () => {
        const rest = await api().request(`/api/posts/${ids.publishedPost}?depth=1`)
        expect(rest.body).not.toHaveProperty('createdBy')
        expect(rest.body).not.toHaveProperty('authors')
        expect(rest.body.populatedAuthors).toEqual([{ id: author.id, name: 'Ada Author' }])
        const gql = await api().graphql(
          `{ Post(id: ${lit(ids.publishedPost)}) { createdBy { email } authors { email } } }`,
        )
        expect(gql.data.Post.createdBy).toBeNull()
        expect(gql.data.Post.authors ?? []).toEqual([])
        expect(text([rest.body, gql])).not.toMatch(/@example\.org/)
      })

      it('reads the globals, media and categories over REST and GraphQL', async () => {
        const image = await uploadImage(backend, `Public image ${tag()}`, editor.token)
        await api().request('/api/categories', {
          body: { title: `Public category ${tag()}` },
          token: editor.token,
        })
        const replies = await Promise.all([
          api().request('/api/globals/site-settings'),
          api().request('/api/globals/navigation'),
          api().request('/api/media'),
          api().request('/api/categories'),
          api().request(image.body.doc.url.replace(/^https?:\/\/[^/]+/, '')),
        ])
        expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 200])
        expect(replies[2].body.totalDocs).toBeGreaterThan(0)
        expect(replies[3].body.totalDocs).toBeGreaterThan(0)
        const gql = await api().graphql(
          '{ SiteSetting { organisationName } Navigation { header { id } } allMedia { totalDocs } Categories { totalDocs } }',
        )
        expect(gql.errors).toBeUndefined()
        expect(gql.data.allMedia.totalDocs).toBeGreaterThan(0)
      })

      it('never reads accounts or donations: lists, by id, counts, GraphQL', async () => {
        const rest = await Promise.all([
          api().request('/api/users'),
          api().request(`/api/users/${author.id}`),
          api().request('/api/users/count'),
          api().request('/api/donations'),
          api().request('/api/donations/count'),
        ])
        expect(rest.map((reply) => reply.status)).toEqual([403, 403, 403, 403, 403])
        const me = await api().request('/api/users/me')
        expect(me.body.user).toBeNull()
        const gql = await api().graphql(
          `{ Users { docs { email } } User(id: ${lit(author.id)}) { email } countUsers { totalDocs } Donations { docs { id } } }`,
        )
        expect(gql.data).toEqual({ Users: null, User: null, countUsers: null, Donations: null })
        expect(text([rest.map((reply) => reply.body), gql])).not.toMatch(/@example\.org/)
      })

      it('never reads Gift Aid declarations or the privacy audit log, and sees no donor on a public appeal', async () => {
        const appeal = await create(editor, 'donation-appeals', {
          title: `Leak appeal ${tag()}`,
          currency: 'GBP',
          targetAmount: 10_000,
          _status: 'published',
        })
        const donor = `leaky-donor-${tag()}@example.org`
        const recorded = await api().request('/api/donations', {
          body: {
            appeal,
            amount: 1500,
            donorName: `Donor ${donor}`,
            donorEmail: donor,
            notes: `Knows ${donor}`,
          },
          token: backend.admin.token,
        })
        expect(recorded.status).toBe(201)
        const declaration = await api().request('/api/gift-aid-declarations', {
          body: {
            firstName: 'Leaky',
            lastName: donor,
            house: '1',
            postcode: 'SW1A 1AA',
            scope: 'future',
            wordingVersion: '2026-12-01',
            donorEmail: donor,
          },
          token: backend.admin.token,
        })
        expect(declaration.status).toBe(201)
        const rest = await Promise.all([
          api().request('/api/gift-aid-declarations'),
          api().request(`/api/gift-aid-declarations/${declaration.body.doc.id}`),
          api().request('/api/gift-aid-declarations/count'),
          api().request('/api/privacy-audit-log'),
          api().request(`/api/donation-appeals/${appeal}?depth=3`),
          api().request('/api/donation-appeals?depth=3&limit=100'),
        ])
        expect(rest.map((reply) => reply.status)).toEqual([403, 403, 403, 403, 200, 200])
        const gql = await api().graphql(
          `{ GiftAidDeclarations { docs { lastName } } PrivacyAuditLog { docs { id } } DonationAppeal(id: ${lit(appeal)}) { raisedAmount donationCount } }`,
        )
        expect(gql.data).toMatchObject({
          GiftAidDeclarations: null,
          PrivacyAuditLog: null,
          DonationAppeal: { raisedAmount: 1500, donationCount: 1 },
        })
        const feeds = await Promise.all(
          ['/api/posts/feed.json', '/api/posts/feed.xml', '/api/openapi.json'].map((path) =>
            fetch(backend.url + path).then((reply) => reply.text()),
          ),
        )
        expect(text([rest.map((reply) => reply.body), gql, feeds])).not.toContain(donor)
      })
    })

    describe("the plugin's own endpoints", () => {
      it('keep to the same rules: feeds show only what is public, reconciling is for admins', async () => {
        const raw = (path: string, token?: string) =>
          fetch(backend.url + path, {
            headers: token ? { authorization: `JWT ${token}` } : {},
          }).then(async (reply) => ({ status: reply.status, text: await reply.text() }))
        const published = (await adminDoc('posts', ids.publishedPost)).title
        for (const token of [undefined, editor.token]) {
          const feeds = await Promise.all(
            [
              '/api/posts/feed.xml',
              '/api/posts/feed.atom',
              '/api/posts/feed.json',
              `/api/posts/feed.json?campaign=${ids.publicCampaign}`,
              '/api/events/calendar.ics',
            ].map((path) => raw(path, token)),
          )
          expect(feeds.map((feed) => feed.status)).toEqual([200, 200, 200, 200, 200])
          // Control: the feeds do carry the public post.
          for (const feed of feeds.slice(0, 3)) expect(feed.text).toContain(published)
          for (const hidden of [secret.post, secret.future, secret.changes, secret.event]) {
            for (const feed of feeds) expect(feed.text).not.toContain(hidden)
          }
        }

        for (const token of [undefined, author.token, editor.token]) {
          const report = await api().request('/api/donations/reconcile', { token })
          const repair = await api().request('/api/donations/reconcile', { method: 'POST', token })
          expect({ report: report.status, repair: repair.status }).toEqual({
            report: 403,
            repair: 403,
          })
        }
        expect((await asAdmin('/api/donations/reconcile')).status).toBe(200)
      })

      it('describe only published content as JSON-LD, to anyone, and the OpenAPI document carries no secret', async () => {
        const raw = (path: string, token?: string) =>
          fetch(backend.url + path, {
            headers: token ? { authorization: `JWT ${token}` } : {},
          }).then(async (reply) => ({ status: reply.status, text: await reply.text() }))
        for (const { slug } of CONTENT) {
          const { id } = ids.pending[slug]
          for (const token of [undefined, author.token, editor.token]) {
            const draft = await raw(`/api/${slug}/${ids.drafts[slug]}/jsonld`, token)
            const pending = await raw(`/api/${slug}/${id}/jsonld`, token)
            expect({ slug, draft: draft.status, pending: pending.status }).toEqual({
              slug,
              draft: 404,
              pending: 200,
            })
            // The live version is described, never the unreviewed changes.
            expect(pending.text).toContain(ids.pending[slug].liveTitle)
            expect(draft.text + pending.text).not.toMatch(
              new RegExp(`${secret.post}|${secret.changes}`),
            )
          }
        }
        const embargoed = await raw(`/api/posts/${ids.futurePost}/jsonld`, editor.token)
        expect(embargoed.status).toBe(404)
        const openapi = await raw('/api/openapi.json', editor.token)
        expect(openapi.status).toBe(200)
        for (const hidden of Object.values(secret)) expect(openapi.text).not.toContain(hidden)
        expect(openapi.text).not.toMatch(/@example\.org/)
      })

      it('keep webhooks admin-only and out of the server’s own network', async () => {
        for (const token of [undefined, author.token, editor.token]) {
          const replies = await Promise.all([
            api().request('/api/webhook-endpoints', { token }),
            api().request('/api/webhook-deliveries', { token }),
            api().request('/api/webhook-endpoints', {
              body: { url: 'https://example.org/hook', events: ['posts.published'] },
              token,
            }),
          ])
          expect(replies.map((reply) => reply.status)).toEqual([403, 403, 403])
        }
        const gql = await api().graphql(
          '{ WebhookEndpoints { docs { url } } WebhookDeliveries { docs { payload } } }',
          undefined,
          editor.token,
        )
        expect(gql.data).toEqual({ WebhookEndpoints: null, WebhookDeliveries: null })
        // Without WEBHOOKS_ALLOW_PRIVATE, even an admin cannot point a webhook at loopback, private or metadata addresses.
        for (const url of [
          'http://127.0.0.1:3000/hook',
          'https://localhost/hook',
          'https://169.254.169.254/latest/meta-data',
          'https://[::1]/hook',
          'https://[::ffff:10.0.0.1]/hook',
          'https://10.0.0.8/hook',
        ]) {
          const reply = await asAdminRequest('/api/webhook-endpoints', {
            url,
            events: ['posts.published'],
          })
          expect({ url, status: reply.status }).toEqual({ url, status: 400 })
          expect(JSON.stringify(reply.body)).toMatch(/https:\/\/|public addresses/)
        }
        expect((await asAdmin('/api/webhook-endpoints?limit=0')).body.totalDocs).toBe(0)
      })
    })

    describe('staff who may read donations', () => {
      it('cannot filter or sort donations on donor details, which only admins read', async () => {
        for (const probe of [
          'where[donorName][like]=a',
          'where[externalId][exists]=true',
          'sort=donorName',
          'where[donorEmail][like]=example',
          'where[giftAidDeclaration][exists]=true',
          'where[notes][like]=a',
        ]) {
          const reply = await api().request(`/api/donations?${probe}`, { token: editor.token })
          expect({ probe, status: reply.status }).toEqual({ probe, status: 400 })
          // Control: the admin may.
          expect((await asAdmin(`/api/donations?${probe}`)).status).toBe(200)
        }
        for (const path of ['/api/gift-aid-declarations', '/api/privacy-audit-log']) {
          expect((await api().request(path, { token: editor.token })).status).toBe(403)
        }
      })
    })

    describe('accounts', () => {
      it('makes the first account ever an admin, whatever role it asks for, and then closes first-register', async () => {
        const database = await createFreshDatabase(backend.adapter)
        const server = await startServerProcess({ DATABASE_URI: database.uri })
        try {
          const request = (route: string, body: unknown) =>
            fetch(server.url + route, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(body),
            }).then(async (reply) => ({ status: reply.status, body: await reply.json() }))
          const first = await request('/api/users/first-register', {
            email: 'first@example.org',
            password: 'a-long-first-password',
            name: 'First',
            role: 'author',
          })
          expect({ status: first.status, role: first.body.user?.role }).toEqual({
            status: 200,
            role: 'admin',
          })
          const second = await request('/api/users/first-register', {
            email: 'second@example.org',
            password: 'a-long-second-password',
            name: 'Second',
          })
          expect(second.status).toBe(403)
          const signup = await request('/api/users', {
            email: 'third@example.org',
            password: 'a-long-third-password',
            name: 'Third',
            role: 'admin',
          })
          expect(signup.status).toBe(403)
        } finally {
          await server.stop()
          await database.drop()
        }
      }, 180_000)

      it('lets staff read and change their own account but never their own role', async () => {
        for (const user of [author, editor]) {
          const own = await api().request(`/api/users/${user.id}`, { token: user.token })
          const other = await api().request(`/api/users/${otherAuthor.id}`, { token: user.token })
          expect({ own: own.status, other: other.status }).toEqual({ own: 200, other: 404 })

          // Sending the role one already has (as the admin's account form does) is fine.
          const rename = await api().request(`/api/users/${user.id}`, {
            method: 'PATCH',
            body: { name: `${user.role} renamed`, role: user.role },
            token: user.token,
          })
          expect(rename.status).toBe(200)

          const raise = await api().request(`/api/users/${user.id}`, {
            method: 'PATCH',
            body: { role: 'admin' },
            token: user.token,
          })
          expect({ status: raise.status, message: raise.body.errors?.[0]?.message }).toEqual({
            status: 403,
            message: expect.stringMatching(/only an admin can change a role/i),
          })
          const gql = await api().graphql(
            `mutation { updateUser(id: ${lit(user.id)}, data: { role: admin }) { role } }`,
            undefined,
            user.token,
          )
          expect(fromGraphQL(gql, 'updateUser')).toMatchObject({ ok: false, status: 403 })
          // Even by a bulk update that matches only themselves.
          const bulk = await api().request(`/api/users?where[id][equals]=${user.id}`, {
            method: 'PATCH',
            body: { role: 'admin' },
            token: user.token,
          })
          expect(bulk.status).toBe(403)
          expect((await adminDoc('users', user.id)).role).toBe(user.role)
        }

        // The admin cannot change their own role either (the last admin could lock everyone out).
        const self = await api().request(`/api/users/${backend.admin.id}`, {
          method: 'PATCH',
          body: { role: 'editor' },
          token: backend.admin.token,
        })
        expect({ status: self.status, message: self.body.errors?.[0]?.message }).toEqual({
          status: 403,
          message: expect.stringMatching(/own role/i),
        })
        expect((await adminDoc('users', backend.admin.id)).role).toBe('admin')
      })

      it('locks an account after 5 failed logins, even against the right password, until an admin unlocks it (answered as a wrong password, so it names no account)', async () => {
        const victim = await backend.createUser('author', 'Locked Out')
        const login = (password: string) =>
          api().request('/api/users/login', { body: { email: victim.email, password } })
        for (let attempt = 1; attempt <= 5; attempt++) {
          expect((await login('wrong-password')).status).toBe(401)
        }
        const locked = await login(victim.password)
        expect({ status: locked.status, message: locked.body.errors?.[0]?.message }).toEqual({
          status: 401,
          message: expect.stringMatching(/email or password provided is incorrect/i),
        })

        // Unlocking is for admins only: Payload would let any signed-in user do it.
        for (const user of [editor, author]) {
          const rest = await api().request('/api/users/unlock', {
            body: { email: victim.email },
            token: user.token,
          })
          expect(rest.status).toBe(403)
          const gql = await api().graphql(
            `mutation { unlockUser(email: ${JSON.stringify(victim.email)}) }`,
            undefined,
            user.token,
          )
          expect(gql.errors?.[0]?.extensions?.statusCode).toBe(403)
        }
        expect(
          (await api().request('/api/users/unlock', { body: { email: victim.email } })).status,
        ).toBe(403)
        expect((await login(victim.password)).status).toBe(401)

        expect(
          (
            await api().request('/api/users/unlock', {
              body: { email: victim.email },
              token: backend.admin.token,
            })
          ).status,
        ).toBe(200)
        expect((await login(victim.password)).status).toBe(200)
      })
    })

    describe('an author', () => {
      it("cannot read or rewrite the scheduler's record of when scheduled jobs last ran (payload-jobs-stats), nor can an editor or admin through the API", async () => {
        const route = '/api/globals/payload-jobs-stats'
        const answers = []
        for (const user of [author, editor, backend.admin]) {
          const read = await api().request(route, { token: user.token })
          const write = await api().request(route, { body: { stats: {} }, token: user.token })
          const graphql = await api().request('/api/graphql', {
            body: { query: 'mutation { updatePayloadJobsStat(data: { stats: {} }) { stats } }' },
            token: user.token,
          })
          answers.push([
            read.status,
            write.status,
            /not allowed/i.test(graphql.body?.errors?.[0]?.message ?? ''),
          ])
        }
        expect(answers).toEqual([
          [403, 403, true],
          [403, 403, true],
          [403, 403, true],
        ])
      })

      /** A fresh draft the author owns, and a way to check it is still exactly that. */
      const authorsDraft = async (slug = 'posts') => {
        const title = `Author's draft ${tag()}`
        const id = await create(author, slug, contentData(slug, title))
        const stillDraft = async () => {
          expect(await adminDoc(slug, id)).toMatchObject({ _status: 'draft', title })
          expect((await api().request(`/api/${slug}/${id}`)).status).toBe(404)
        }
        return { id, title, stillDraft }
      }

      it.each(CONTENT)(
        'cannot publish $slug through any path the API or the admin UI uses',
        async ({ slug, one }) => {
          const { id, stillDraft } = await authorsDraft(slug)
          const refusals = []
          refusals.push(
            await api().request(`/api/${slug}/${id}`, {
              method: 'PATCH',
              body: { _status: 'published' },
              token: author.token,
            }),
          )
          refusals.push(
            await api().request(`/api/${slug}/${id}?draft=true`, {
              method: 'PATCH',
              body: { _status: 'published' },
              token: author.token,
            }),
          )
          refusals.push(
            await api().request(`/api/${slug}/${id}?publishSpecificLocale=en`, {
              method: 'PATCH',
              body: { _status: 'published' },
              token: author.token,
            }),
          )
          refusals.push(
            await api().request(`/api/${slug}?where[id][equals]=${id}`, {
              method: 'PATCH',
              body: { _status: 'published' },
              token: author.token,
            }),
          )
          // The admin UI's form posts multipart data with the document in `_payload`.
          const form = new FormData()
          form.append('_payload', JSON.stringify({ _status: 'published' }))
          refusals.push(
            await api().request(`/api/${slug}/${id}?depth=0&locale=en`, {
              method: 'PATCH',
              rawBody: form,
              token: author.token,
            }),
          )
          refusals.push(
            await api().request(`/api/${slug}`, {
              body: { ...contentData(slug, `Straight to live ${tag()}`), _status: 'published' },
              token: author.token,
            }),
          )
          for (const reply of refusals) {
            expect({ status: reply.status, message: reply.body.errors?.[0]?.message }).toEqual({
              status: 403,
              message: expect.stringMatching(AUTHORS_MESSAGE),
            })
          }
          const gql = await Promise.all([
            api().graphql(
              `mutation { update${one}(id: ${lit(id)}, data: { _status: published }) { id } }`,
              undefined,
              author.token,
            ),
            api().graphql(
              `mutation ($data: mutation${one}Input!) { create${one}(data: $data) { id } }`,
              { data: { ...contentData(slug, `Straight to live ${tag()}`), _status: 'published' } },
              author.token,
            ),
          ])
          for (const reply of gql) {
            expect({
              status: reply.errors?.[0]?.extensions?.statusCode,
              message: reply.errors?.[0]?.message,
            }).toEqual({
              status: 403,
              message: expect.stringMatching(AUTHORS_MESSAGE),
            })
          }
          await stillDraft()
          expect(
            (
              await api().request(`/api/${slug}?where[title][like]=Straight to live`, {
                token: backend.admin.token,
              })
            ).body.totalDocs,
          ).toBe(0)
        },
      )

      it('cannot republish by restoring a published version, over REST or GraphQL', async () => {
        const { id, title } = await authorsDraft()
        await patch(editor, 'posts', id, { _status: 'published' })
        await patch(editor, 'posts', id, { _status: 'draft' })
        const versions = await asAdmin(
          `/api/posts/versions?depth=0&where[parent][equals]=${id}&where[version._status][equals]=published`,
        )
        const publishedVersion = versions.body.docs[0].id as Id

        const rest = await api().request(`/api/posts/versions/${publishedVersion}`, {
          method: 'POST',
          token: author.token,
        })
        const gql = await api().graphql(
          `mutation { restoreVersionPost(id: ${lit(publishedVersion)}) { id } }`,
          undefined,
          author.token,
        )
        expect({ rest: rest.status, gql: gql.errors?.[0]?.extensions?.statusCode }).toEqual({
          rest: 403,
          gql: 403,
        })
        expect(rest.body.errors[0].message).toMatch(/editor or admin/i)
        expect(await adminDoc('posts', id)).toMatchObject({ _status: 'draft', title })
        expect((await api().request(`/api/posts/${id}`)).status).toBe(404)
      })

      it('gets a draft, never a published copy, when duplicating a published post', async () => {
        const id = await create(editor, 'posts', {
          title: `Duplicated ${tag()}`,
          _status: 'published',
        })
        const copy = await api().request(`/api/posts/${id}/duplicate`, {
          body: { slug: `copy-${tag()}` },
          token: author.token,
        })
        expect(copy.status).toBe(200)
        expect((await adminDoc('posts', copy.body.doc.id))._status).toBe('draft')
        expect((await api().request(`/api/posts/${copy.body.doc.id}`)).status).toBe(404)
      })

      it('is offered no Publish or Schedule button: the admin asks the update rule with _status published', async () => {
        const { id } = await authorsDraft()
        // Payload answers `true`, `{ permission: true, where }`, or leaves `update` out when the answer is no.
        const ask = (token: string, status: string) =>
          api()
            .request(`/api/posts/access/${id}`, { body: { _status: status }, token })
            .then(({ body }) => body.update === true || body.update?.permission === true)
        expect({
          authorDraft: await ask(author.token, 'draft'),
          authorPublish: await ask(author.token, 'published'),
          editorPublish: await ask(editor.token, 'published'),
        }).toEqual({ authorDraft: true, authorPublish: false, editorPublish: true })
      })

      it('cannot replace a live document by saving over the draft an editor left on it, but may save a draft', async () => {
        const liveTitle = `Live ${tag()}`
        const id = await create(author, 'posts', { title: liveTitle })
        await patch(editor, 'posts', id, { _status: 'published' })
        await patch(editor, 'posts', id, { title: `Editor's revision ${tag()}` }, '?draft=true')

        const rest = await api().request(`/api/posts/${id}`, {
          method: 'PATCH',
          body: { title: 'Author overwrite' },
          token: author.token,
        })
        const gql = await api().graphql(
          `mutation { updatePost(id: ${lit(id)}, data: { title: "Author overwrite" }) { id } }`,
          undefined,
          author.token,
        )
        expect({ rest: rest.status, gql: gql.errors?.[0]?.extensions?.statusCode }).toEqual({
          rest: 403,
          gql: 403,
        })
        expect(rest.body.errors[0].message).toMatch(/draft=true.*editor or admin/i)
        expect(await adminDoc('posts', id)).toMatchObject({
          _status: 'published',
          title: liveTitle,
        })

        const draft = await api().request(`/api/posts/${id}?draft=true`, {
          method: 'PATCH',
          body: { title: 'Author revision' },
          token: author.token,
        })
        expect(draft.status).toBe(200)
        expect(await adminDoc('posts', id)).toMatchObject({
          _status: 'published',
          title: liveTitle,
        })
        expect((await api().request(`/api/posts/${id}`)).body.title).toBe(liveTitle)
      })

      it("does not get a post published by scheduling it in the admin; an editor's schedule does publish", async () => {
        const mine = await authorsDraft()
        const editorsTitle = `Editor's scheduled post ${tag()}`
        const editors = await create(editor, 'posts', { title: editorsTitle })
        const answers = await schedule(backend, [
          `posts:${mine.id}:${author.id}`,
          `posts:${editors}:${editor.id}`,
        ])
        // Both were queued: the admin's Schedule drawer itself checks nothing.
        expect(answers).toEqual([{ message: expect.any(String) }, { message: expect.any(String) }])

        // Only editors and admins run the queue (the plugin's jobs access); each job acts as the user who scheduled it.
        expect((await api().request('/api/payload-jobs/run', { token: author.token })).status).toBe(
          401,
        )
        const run = await api().request('/api/payload-jobs/run', { token: editor.token })
        expect(run.status).toBe(200)
        await mine.stillDraft()
        expect(await adminDoc('posts', editors)).toMatchObject({
          _status: 'published',
          title: editorsTitle,
        })
        expect((await api().request(`/api/posts/${editors}`)).status).toBe(200)
      }, 120_000)
    })
  },
  // The suite runs queued jobs itself (GET /api/payload-jobs/run); the server's own minute cron
  // could otherwise publish the editor's scheduled post before that run, or take it from under it.
  { env: { PAYLOAD_JOBS_AUTORUN: 'false' } },
)

/** Queue schedule-publish jobs through the admin UI's own handler (see test/helpers/schedulePublish.ts). */
const schedule = (backend: TestBackend, requests: string[]): Promise<unknown[]> =>
  new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        '--conditions=development',
        '--import',
        'tsx',
        path.join(ROOT, 'test/helpers/schedulePublish.ts'),
        ...requests,
      ],
      {
        cwd: ROOT,
        timeout: 90_000,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NODE_ENV: 'test',
          PAYLOAD_SECRET: TEST_SECRET,
          DATABASE_URI: backend.database.uri,
        },
      },
      (error, stdout, stderr) => {
        if (error)
          return reject(new Error(`schedulePublish failed: ${error.message}\n${stdout}\n${stderr}`))
        const last = stdout.trim().split('\n').pop() ?? ''
        try {
          resolve(JSON.parse(last))
        } catch {
          reject(new Error(`schedulePublish printed no answer:\n${stdout}\n${stderr}`))
        }
      },
    )
  })
