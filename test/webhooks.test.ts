import type { TestBackend } from './helpers/harness.ts'

/**
 * Outbound webhooks, end to end: the real server on a real database sends
 * Standard Webhooks to a real receiver on loopback, which checks every
 * signature with the `standardwebhooks` library.
 */
import path from 'node:path'
import { Webhook } from 'standardwebhooks'

import { WEBHOOK_DEFAULTS } from '../src/defaults.ts'
import { FAIL_AFTER_HOOKS } from './fixtures/webhooks/payload.config.ts'
import { unique } from './helpers/content.ts'
import { describeEachAdapter } from './helpers/harness.ts'
import { untilQueueSettles } from './helpers/jobQueue.ts'
import { ROOT, startServerProcess } from './helpers/server.ts'
import { sleep, WebhookReceiver } from './helpers/webhookReceiver.ts'

const FIXTURE_CONFIG = path.join(ROOT, 'test/fixtures/webhooks/payload.config.ts')

const ENV = { WEBHOOKS_ALLOW_PRIVATE: 'true', PAYLOAD_CONFIG_PATH: FIXTURE_CONFIG }

describeEachAdapter(
  'outbound webhooks',
  (backend: TestBackend) => {
    const receiver = new WebhookReceiver()
    const asAdmin = (route: string, init: { method?: string; body?: unknown } = {}) =>
      backend.api.request(route, { ...init, token: backend.admin.token })
    let endpointId: number | string
    let secret: string

    const deliveriesOf = async (type: string) => {
      const { body } = await asAdmin(
        `/api/webhook-deliveries?depth=0&limit=100&where[event][equals]=${encodeURIComponent(type)}&sort=createdAt`,
      )
      return body.docs as any[]
    }
    /**
     * Until the delivery queue has nothing due: every message the changes so far queued has been
     * sent, so a count of messages (one, or none) is final from here on.
     */
    const settled = () => untilQueueSettles(backend, WEBHOOK_DEFAULTS.queue)
    /**
     * The log rows about one post, by its id and its slug (each test's own): SQLite may give a new
     * post the id of one deleted a moment ago, whose rows are in the log too.
     */
    const deliveriesAbout = async (type: string, post: { id: number | string; slug: string }) =>
      (await deliveriesOf(type)).filter(
        (delivery) =>
          delivery.subject === `posts:${post.id}` && delivery.payload?.data?.slug === post.slug,
      )

    beforeAll(async () => {
      await receiver.start()
      const created = await asAdmin('/api/webhook-endpoints', {
        body: {
          url: receiver.url,
          description: 'The website’s revalidation route',
          events: [
            'posts.published',
            'posts.unpublished',
            'posts.updated',
            'posts.deleted',
            'events.published',
            'events.updated',
            'donation-appeals.published',
            'donation-appeals.totals-changed',
            'site-settings.updated',
          ],
        },
      })
      if (created.status !== 201) throw new Error(JSON.stringify(created.body))
      endpointId = created.body.doc.id
      secret = created.body.doc.secret
      receiver.secrets = [secret]
    })

    afterAll(async () => {
      await receiver.stop()
    })

    describe('the signing secret', () => {
      it('is made by the server, shown once in the create reply, and never read back (REST or GraphQL)', async () => {
        expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/)
        const rest = await asAdmin(`/api/webhook-endpoints/${endpointId}`)
        expect(rest.status).toBe(200)
        expect(rest.body.secret).toBeUndefined()
        expect(rest.body.previousSecret).toBeUndefined()
        const gql = await backend.api.graphql(
          `{ WebhookEndpoints { docs { id url secret previousSecret } } }`,
          undefined,
          backend.admin.token,
        )
        expect(gql.data.WebhookEndpoints.docs[0]).toMatchObject({
          secret: null,
          previousSecret: null,
        })
        expect(JSON.stringify([rest.body, gql])).not.toContain(secret)
      })

      it('cannot be chosen by the client', async () => {
        const chosen = 'whsec_' + Buffer.alloc(24, 7).toString('base64')
        const created = await asAdmin('/api/webhook-endpoints', {
          body: { url: receiver.url, events: ['posts.deleted'], secret: chosen, active: false },
        })
        expect(created.status).toBe(201)
        expect(created.body.doc.secret).toMatch(/^whsec_/)
        expect(created.body.doc.secret).not.toBe(chosen)
        await asAdmin(`/api/webhook-endpoints/${created.body.doc.id}`, { method: 'DELETE' })
      })

      it('answers a bad URL or event with a 400 naming the field, and stores nothing', async () => {
        const before = (await asAdmin('/api/webhook-endpoints?limit=0')).body.totalDocs
        for (const body of [
          { url: 'ftp://example.org/hooks', events: ['posts.published'] },
          { url: 'https://user:pw@example.org/hooks', events: ['posts.published'] },
          { url: receiver.url, events: ['posts.exploded'] },
          { url: receiver.url, events: [] },
        ]) {
          const reply = await asAdmin('/api/webhook-endpoints', { body })
          expect({ status: reply.status, message: reply.body.errors?.[0]?.message }).toEqual({
            status: 400,
            message: expect.any(String),
          })
        }
        expect((await asAdmin('/api/webhook-endpoints?limit=0')).body.totalDocs).toBe(before)
      })

      it('refuses an unknown event naming it and listing every event it could be', async () => {
        const reply = await asAdmin('/api/webhook-endpoints', {
          body: { url: receiver.url, events: ['posts.published', 'posts.exploded'] },
        })
        expect(reply.status).toBe(400)
        const message = JSON.stringify(reply.body.errors)
        expect(message).toContain('There is no event \\"posts.exploded\\"')
        for (const event of ['posts.published', 'events.updated', 'site-settings.updated']) {
          expect(message).toContain(event)
        }
      })
    })

    describe('content changes', () => {
      it('publishing a post sends exactly one signed message with a small public body', async () => {
        const title = `Published ${unique('post')}`
        const created = await asAdmin('/api/posts', {
          body: { title, excerpt: 'Public excerpt', _status: 'published' },
        })
        const post = created.body.doc
        const [message] = await receiver.waitFor('posts.published', post.slug)
        expect(message.body).toEqual({
          type: 'posts.published',
          timestamp: expect.any(String),
          data: {
            collection: 'posts',
            id: post.id,
            slug: post.slug,
            locales: ['en', 'cy'],
            status: 'published',
            // No website address in this suite, so no page addresses.
            url: null,
            urls: {},
            // Absolute, from the configured server URL: the receiver fetches it as it is.
            apiUrl: `${backend.url}/api/posts/${post.id}`,
          },
        })
        expect(message.id).toMatch(/^msg_/)
        expect(Math.abs(Number(message.timestamp) - Date.now() / 1000)).toBeLessThan(60)
        await settled()
        expect(receiver.of('posts.published', post.slug)).toHaveLength(1)

        const [logged] = await deliveriesAbout('posts.published', post)
        expect(logged).toMatchObject({
          status: 'succeeded',
          attempts: 1,
          statusCode: 204,
          messageId: message.id,
          endpoint: endpointId,
        })
        expect(logged.durationMs).toEqual(expect.any(Number))
      })

      it('saving drafts sends nothing: a new draft, an autosave, a draft over a published post', async () => {
        const hits = receiver.hits
        const draft = await asAdmin('/api/posts', { body: { title: `Draft ${unique('d')}` } })
        await asAdmin(`/api/posts/${draft.body.doc.id}?draft=true&autosave=true`, {
          method: 'PATCH',
          body: { title: 'Autosaved draft' },
        })
        const live = await asAdmin('/api/posts', {
          body: { title: `Live ${unique('l')}`, _status: 'published' },
        })
        await receiver.waitFor('posts.published', live.body.doc.slug)
        const afterPublish = receiver.hits
        await asAdmin(`/api/posts/${live.body.doc.id}?draft=true`, {
          method: 'PATCH',
          body: { title: 'Secret unreviewed change' },
        })
        await settled()
        expect(receiver.hits).toBe(afterPublish)
        expect(afterPublish - hits).toBe(1)
        expect(JSON.stringify(receiver.received)).not.toContain('Secret unreviewed change')
      })

      it('announces an update of live content, an unpublish and a delete, each once', async () => {
        const post = (
          await asAdmin('/api/posts', {
            body: { title: `Lifecycle ${unique('p')}`, _status: 'published' },
          })
        ).body.doc
        await receiver.waitFor('posts.published', post.slug)

        await asAdmin(`/api/posts/${post.id}?locale=cy`, {
          method: 'PATCH',
          body: { title: 'Teitl newydd' },
        })
        const [updated] = await receiver.waitFor('posts.updated', post.slug)
        // Only a Welsh text changed, so only Welsh pages need rebuilding.
        expect(updated.body.data.locales).toEqual(['cy'])

        await asAdmin(`/api/posts/${post.id}`, { method: 'PATCH', body: { _status: 'draft' } })
        const [unpublished] = await receiver.waitFor('posts.unpublished', post.slug)
        expect(unpublished.body.data.status).toBe('draft')

        await asAdmin(`/api/posts/${post.id}`, { method: 'PATCH', body: { _status: 'published' } })
        await receiver.waitFor('posts.published', post.slug, 2)
        await asAdmin(`/api/posts/${post.id}`, { method: 'DELETE' })
        const [deleted] = await receiver.waitFor('posts.deleted', post.slug)
        expect(deleted.body.data).toMatchObject({ slug: post.slug, status: 'deleted' })
        // Nothing left to fetch.
        expect(deleted.body.data.apiUrl).toBeUndefined()
        await settled()
        expect(receiver.of('posts.updated', post.slug)).toHaveLength(1)
        expect(receiver.of('posts.unpublished', post.slug)).toHaveLength(1)
      })

      it('sends only the events an endpoint chose, and none to a switched-off endpoint', async () => {
        const campaign = (
          await asAdmin('/api/campaigns', {
            body: { title: `Campaign ${unique('c')}`, _status: 'published' },
          })
        ).body.doc
        const event = (
          await asAdmin('/api/events', {
            body: {
              title: `Event ${unique('e')}`,
              _status: 'published',
              startsAt: new Date(Date.now() + 86_400_000).toISOString(),
              endsAt: new Date(Date.now() + 90_000_000).toISOString(),
            },
          })
        ).body.doc
        await receiver.waitFor('events.published', event.slug)
        expect(
          receiver.received.some((message) => message.body.type.startsWith('campaigns.')),
        ).toBe(false)
        expect((await deliveriesOf('campaigns.published')).length).toBe(0)
        expect(campaign.id).toBeDefined()
      })

      it("names a series' new rule, and each occurrence cancelled, moved, changed or restored", async () => {
        const asEvent = async (id: number | string, body: Record<string, unknown>) => {
          const reply = await asAdmin(`/api/events/${id}`, { method: 'PATCH', body })
          if (reply.status !== 200) throw new Error(JSON.stringify(reply.body))
        }
        // The second Tuesday of each month, 19:00 London time, from January 2031.
        const series = (
          await asAdmin('/api/events', {
            body: {
              title: `Series ${unique('s')}`,
              _status: 'published',
              timezone: 'Europe/London',
              startsAt: '2031-01-14T19:00:00.000Z',
              endsAt: '2031-01-14T21:00:00.000Z',
              recurrence: { frequency: 'monthly', weekdays: [{ day: 'TU', position: 'second' }] },
            },
          })
        ).body.doc
        const [published] = await receiver.waitFor('events.published', series.slug)
        expect(published.body.data.recurrence).toEqual({
          rule: 'FREQ=MONTHLY;BYDAY=+2TU',
          seriesStartsAt: '2031-01-14T19:00:00.000Z',
          seriesEndsAt: null,
          timezone: 'Europe/London',
        })

        const february = { occurrence: '2031-02-11T19:00:00.000Z', cancelled: true }
        const march = {
          occurrence: '2031-03-11T19:00:00.000Z',
          startsAt: '2031-03-13T19:00:00.000Z',
          endsAt: '2031-03-13T21:00:00.000Z',
        }
        await asEvent(series.id, { exceptions: [february, march] })
        const [exceptions] = await receiver.waitFor('events.updated', series.slug)
        expect(exceptions.body.data).toMatchObject({
          changed: ['occurrences'],
          occurrences: [
            { occurrence: february.occurrence, change: 'cancelled', startsAt: null, endsAt: null },
            {
              occurrence: march.occurrence,
              change: 'moved',
              startsAt: march.startsAt,
              endsAt: march.endsAt,
            },
          ],
        })

        // February is back; March keeps its move and gains a note; nothing else is named.
        await asEvent(series.id, { exceptions: [{ ...march, note: 'In the library.' }] })
        const [second] = (await receiver.waitFor('events.updated', series.slug, 2)).slice(1)
        expect(second.body.data).toMatchObject({
          changed: ['occurrences'],
          occurrences: [
            { occurrence: february.occurrence, change: 'restored' },
            { occurrence: march.occurrence, change: 'changed' },
          ],
        })

        await asEvent(series.id, { recurrence: { ends: 'count', count: 6 } })
        const [third] = (await receiver.waitFor('events.updated', series.slug, 3)).slice(2)
        expect(third.body.data).toMatchObject({
          changed: ['recurrence'],
          occurrences: [],
          recurrence: {
            rule: 'FREQ=MONTHLY;BYDAY=+2TU;COUNT=6',
            seriesStartsAt: '2031-01-14T19:00:00.000Z',
            // The sixth: Tuesday 10 June 2031, 19:00-21:00 summer time.
            seriesEndsAt: '2031-06-10T20:00:00.000Z',
          },
        })
        expect(third.verifiedWith).toEqual([secret])

        // Only the Welsh note of March's occurrence: still named, as a change to that occurrence.
        const [row] = (await asAdmin(`/api/events/${series.id}?depth=0&locale=en`)).body.exceptions
        const welsh = await asAdmin(`/api/events/${series.id}?locale=cy`, {
          method: 'PATCH',
          // A published event needs its Welsh title to be saved in Welsh.
          body: { title: 'Cyfarfod misol', exceptions: [{ ...row, note: 'Yn y llyfrgell.' }] },
        })
        expect(welsh.status).toBe(200)
        const [fourth] = (await receiver.waitFor('events.updated', series.slug, 4)).slice(3)
        expect(fourth.body.data).toMatchObject({
          changed: ['occurrences'],
          occurrences: [{ occurrence: march.occurrence, change: 'changed' }],
        })
      })

      it('announces a change to the site settings', async () => {
        await asAdmin('/api/globals/site-settings', {
          body: { organisationName: `Charity ${unique('o')}` },
        })
        const [message] = await receiver.waitFor('site-settings.updated', undefined)
        expect(message.body.data).toMatchObject({ global: 'site-settings', status: 'published' })
      })

      it('sends nothing for a change that was rolled back', async () => {
        const post = (await asAdmin('/api/posts', { body: { title: `Rollback ${unique('r')}` } }))
          .body.doc
        const refused = await asAdmin(`/api/posts/${post.id}`, {
          method: 'PATCH',
          body: { title: `${FAIL_AFTER_HOOKS} ${post.title}`, _status: 'published' },
        })
        expect(refused.status).toBe(400)
        await settled()
        const stored = (await asAdmin(`/api/posts/${post.id}?depth=0`)).body
        const sent = receiver.of('posts.published', post.slug)
        const logged = await deliveriesAbout('posts.published', post)
        if (backend.adapter === 'sqlite') {
          // Payload's SQLite adapter has no transactions: the refused save stays stored, and its
          // webhook goes out, so what websites hear matches what the database holds.
          expect({ status: stored._status, sent: sent.length, logged: logged.length }).toEqual({
            status: 'published',
            sent: 1,
            logged: 1,
          })
        } else {
          expect({ status: stored._status, sent: sent.length, logged: logged.length }).toEqual({
            status: 'draft',
            sent: 0,
            logged: 0,
          })
        }
      })
    })

    describe('delivery', () => {
      it('retries a receiver that is down, and delivers once with the same webhook-id when it is back', async () => {
        receiver.down = true
        // Whatever happens here, the receiver is back for the tests after this one.
        setTimeout(() => (receiver.down = false), 40_000).unref()
        const hits = receiver.hits
        const post = (
          await asAdmin('/api/posts', {
            body: { title: `Retry ${unique('r')}`, _status: 'published' },
          })
        ).body.doc
        // The first attempt meets the 503.
        for (let i = 0; i < 100 && receiver.hits === hits; i++) await sleep(100)
        expect(receiver.hits).toBeGreaterThan(hits)
        // The attempt is recorded once it has ended.
        let failing: any
        for (let i = 0; i < 100; i++) {
          ;[failing] = await deliveriesAbout('posts.published', post)
          if (failing?.status === 'retrying') break
          await sleep(100)
        }
        expect(failing).toMatchObject({ status: 'retrying', attempts: 1, statusCode: 503 })
        expect(new Date(failing.nextAttemptAt).getTime()).toBeGreaterThan(Date.now() - 1000)
        const endpoint = (await asAdmin(`/api/webhook-endpoints/${endpointId}`)).body
        expect(endpoint.failingSince).toEqual(expect.any(String))

        receiver.down = false
        const [message] = await receiver.waitFor('posts.published', post.slug, 1, 60_000)
        expect(message.id).toBe(failing.messageId)
        await settled()
        expect(receiver.of('posts.published', post.slug)).toHaveLength(1)
        const [done] = await deliveriesAbout('posts.published', post)
        expect(done).toMatchObject({ status: 'succeeded', attempts: 2, statusCode: 204 })
        expect((await asAdmin(`/api/webhook-endpoints/${endpointId}`)).body.failingSince).toBeNull()
      }, 90_000)

      it('signs with both secrets for a day after a rotation, and with the new one only when asked', async () => {
        const rotated = await asAdmin(`/api/webhook-endpoints/${endpointId}/rotate-secret`, {
          method: 'POST',
          body: {},
        })
        expect(rotated.status).toBe(200)
        expect(rotated.body.secret).toMatch(/^whsec_/)
        expect(new Date(rotated.body.previousSecretExpiresAt).getTime()).toBeGreaterThan(
          Date.now() + 23 * 3600_000,
        )
        const oldSecret = secret
        receiver.secrets = [oldSecret, rotated.body.secret]
        const first = (
          await asAdmin('/api/posts', {
            body: { title: `Rotated ${unique('r')}`, _status: 'published' },
          })
        ).body.doc
        const [both] = await receiver.waitFor('posts.published', first.slug)
        expect(both.verifiedWith).toEqual([oldSecret, rotated.body.secret])
        expect(both.signature.split(' ')).toHaveLength(2)

        const again = await asAdmin(`/api/webhook-endpoints/${endpointId}/rotate-secret`, {
          method: 'POST',
          body: { expirePrevious: true },
        })
        expect(again.body.previousSecretExpiresAt).toBeNull()
        receiver.secrets = [oldSecret, rotated.body.secret, again.body.secret]
        const second = (
          await asAdmin('/api/posts', {
            body: { title: `Rotated again ${unique('r')}`, _status: 'published' },
          })
        ).body.doc
        const [only] = await receiver.waitFor('posts.published', second.slug)
        expect(only.verifiedWith).toEqual([again.body.secret])
        secret = again.body.secret
        receiver.secrets = [secret]
      })

      it('refuses rotation to anyone but an admin, and a malformed body with a 400', async () => {
        const editor = await backend.createUser('editor')
        const refused = await backend.api.request(
          `/api/webhook-endpoints/${endpointId}/rotate-secret`,
          {
            method: 'POST',
            body: {},
            token: editor.token,
          },
        )
        const anonymous = await backend.api.request(
          `/api/webhook-endpoints/${endpointId}/rotate-secret`,
          {
            method: 'POST',
            body: {},
          },
        )
        const malformed = await asAdmin(`/api/webhook-endpoints/${endpointId}/rotate-secret`, {
          method: 'POST',
          body: { expirePrevious: 'yes' },
        })
        const missing = await asAdmin(`/api/webhook-endpoints/999999/rotate-secret`, {
          method: 'POST',
          body: {},
        })
        expect([refused.status, anonymous.status, malformed.status, missing.status]).toEqual([
          403, 403, 400, 404,
        ])
        // The secret did not change: the next message still verifies with it.
        const post = (
          await asAdmin('/api/posts', {
            body: { title: `Unrotated ${unique('u')}`, _status: 'published' },
          })
        ).body.doc
        const [message] = await receiver.waitFor('posts.published', post.slug)
        expect(message.verifiedWith).toEqual([secret])
      })

      it("announces an appeal's totals at most once a minute, the last change always following", async () => {
        const appeal = (
          await asAdmin('/api/donation-appeals', {
            body: { title: `Appeal ${unique('a')}`, targetAmount: 100_000, _status: 'published' },
          })
        ).body.doc
        const give = (amount: number) =>
          asAdmin('/api/donations', { body: { appeal: appeal.id, amount, currency: 'GBP' } })
        expect((await give(1000)).status).toBe(201)
        const [first] = await receiver.waitFor('donation-appeals.totals-changed', appeal.slug)
        expect(first.body.data).toEqual({
          collection: 'donation-appeals',
          id: appeal.id,
          slug: appeal.slug,
          currency: 'GBP',
          targetAmount: 100_000,
          raisedAmount: 1000,
          donationCount: 1,
          progressPercent: 1,
          apiUrl: `${backend.url}/api/donation-appeals/${appeal.id}`,
        })
        expect((await give(2000)).status).toBe(201)
        expect((await give(3000)).status).toBe(201)
        await settled()
        expect(receiver.of('donation-appeals.totals-changed', appeal.slug)).toHaveLength(1)
        const logged = (await deliveriesOf('donation-appeals.totals-changed')).filter(
          (delivery) => delivery.subject === `donation-appeals:${appeal.id}`,
        )
        // One sent, one waiting for the end of the minute (it will read the totals then); the third gift joined it.
        expect(logged.map((delivery) => delivery.status)).toEqual(['succeeded', 'pending'])
        const gap =
          new Date(logged[1].scheduledFor).getTime() - new Date(logged[0].scheduledFor).getTime()
        expect(gap).toBe(60_000)
        expect(logged[1].payload).toBeNull()
      })

      it('is kept for admins only: nobody else reads endpoints or the delivery log', async () => {
        const editor = await backend.createUser('editor')
        for (const token of [undefined, editor.token]) {
          const replies = await Promise.all([
            backend.api.request('/api/webhook-endpoints', { token }),
            backend.api.request('/api/webhook-deliveries', { token }),
          ])
          expect(replies.map((reply) => reply.status)).toEqual([403, 403])
        }
        const write = await asAdmin('/api/webhook-deliveries', {
          body: { event: 'posts.published', subject: 'x', messageId: 'msg_x', status: 'succeeded' },
        })
        expect(write.status).toBe(403)
      })
    })

    describe('a restart', () => {
      it('delivers what was queued before the server was killed, once, after it starts again', async () => {
        // Stop the suite's server, so only the servers started here run the queue.
        const main = backend.server.child
        await new Promise<void>((resolve) => {
          main.once('exit', () => resolve())
          main.kill('SIGTERM')
        })
        const env = { DATABASE_URI: backend.database.uri, MEDIA_DIR: '/tmp', ...ENV }
        const quiet = await startServerProcess({ ...env, PAYLOAD_JOBS_AUTORUN: 'false' })
        const hits = receiver.hits
        let postId: number | string
        let slug: string
        try {
          const reply = await fetch(`${quiet.url}/api/posts`, {
            method: 'POST',
            headers: {
              authorization: `JWT ${backend.admin.token}`,
              'content-type': 'application/json',
            },
            body: JSON.stringify({
              title: `Before the crash ${unique('k')}`,
              _status: 'published',
            }),
          })
          ;({ id: postId, slug } = (await reply.json()).doc)
          await sleep(2000)
          // This server runs no jobs: the delivery waits in the database.
          expect(receiver.hits).toBe(hits)
        } finally {
          quiet.child.kill('SIGKILL')
          await new Promise((resolve) => quiet.child.once('exit', resolve))
        }
        const restarted = await startServerProcess(env)
        try {
          const [message] = await receiver.waitFor('posts.published', slug, 1, 60_000)
          await settled()
          expect(receiver.of('posts.published', slug)).toHaveLength(1)
          const logged = await fetch(
            `${restarted.url}/api/webhook-deliveries?depth=0&where[subject][equals]=posts:${postId}`,
            { headers: { authorization: `JWT ${backend.admin.token}` } },
          ).then((reply) => reply.json())
          expect(logged.docs.filter((doc: any) => doc.messageId === message.id)).toEqual([
            expect.objectContaining({ status: 'succeeded', attempts: 1 }),
          ])
        } finally {
          await restarted.stop()
        }
      }, 180_000)
    })
  },
  { env: ENV },
)

describe('the standardwebhooks library agrees with our signatures', () => {
  it('rejects a tampered body', async () => {
    const { newSigningSecret, signedHeaders } = await import('../src/webhooks/signing.ts')
    const secret = newSigningSecret()
    const body = JSON.stringify({ type: 'posts.published' })
    const headers = signedHeaders('msg_1', new Date(), body, [secret])
    expect(() => new Webhook(secret).verify(body, headers)).not.toThrow()
    expect(() =>
      new Webhook(secret).verify(body.replace('published', 'deleted'), headers),
    ).toThrow()
  })
})
