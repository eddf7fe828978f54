import type { Cluster } from '../deploy/cluster.ts'

/**
 * Several API nodes on one PostgreSQL, sharing state through Redis and media
 * through one S3 bucket, behind haproxy, with the jobs worker apart: the
 * deployment docs/scaling.md describes, started by deploy/cluster.ts exactly
 * as `npm run cluster` does, and proven under failure. Real processes, real
 * Redis, a real S3-compatible server, real haproxy.
 */
import { randomBytes } from 'node:crypto'
import sharp from 'sharp'

import { findProgram, startCluster } from '../deploy/cluster.ts'
import { WEBHOOK_DEFAULTS } from '../src/defaults.ts'
import { requestBody } from './helpers/accessFixtures.ts'
import { ApiClient } from './helpers/client.ts'
import { postgresSkipReason } from './helpers/databases.ts'
import { sign } from './helpers/donations.ts'
import { untilQueueSettles } from './helpers/jobQueue.ts'
import { createFreshDatabase, type FreshDatabase } from './helpers/server.ts'
import { sleep, WebhookReceiver } from './helpers/webhookReceiver.ts'

const missing = [
  postgresSkipReason(),
  findProgram('redis-server') ? null : 'no redis-server (apt install redis-server)',
  findProgram('haproxy') ? null : 'no haproxy (apt install haproxy)',
].filter(Boolean)

const WEBHOOK_SECRET = `whsec-${randomBytes(12).toString('hex')}`
const RATE_LIMIT = 4
const CHECK_INTERVAL_MS = 500

const suite = missing.length
  ? (title: string, body: () => void) =>
      describe.skip(`${title} [skipped: ${missing.join('; ')}]`, () => {
        it.skip('runs when PostgreSQL, redis-server and haproxy are available', body)
      })
  : describe

suite('several API nodes behind a load balancer [PostgreSQL + Redis + haproxy]', () => {
  let database: FreshDatabase
  let cluster: Cluster
  let token: string
  const receiver = new WebhookReceiver()
  const through = (url: string) => new ApiClient(url)
  const balancer = () => through(cluster.url)
  const asAdmin = (route: string, init: { method?: string; body?: unknown } = {}, url?: string) =>
    through(url ?? cluster.url).request(route, { ...init, token })

  beforeAll(async () => {
    database = await createFreshDatabase('postgres')
    await receiver.start()
    cluster = await startCluster({
      databaseUri: database.uri,
      nodes: 3,
      workers: 2,
      checkIntervalMs: CHECK_INTERVAL_MS,
      env: {
        NODE_ENV: 'test',
        SEED_ON_START: 'false',
        DONATIONS_WEBHOOK_SECRET: WEBHOOK_SECRET,
        TRAINING_REQUEST_RATE_LIMIT: String(RATE_LIMIT),
        LOGIN_ACCOUNT_RATE_LIMIT: String(RATE_LIMIT),
        WEBHOOKS_ALLOW_PRIVATE: 'true',
        // Far longer than the 1 s the test allows: only the shared invalidation can make it.
        RESPONSE_CACHE_TTL_SECONDS: '60',
      },
    })
    const first = await balancer().request('/api/users/first-register', {
      body: {
        email: 'admin@cluster.example',
        password: `Pw-${randomBytes(8).toString('hex')}`,
        name: 'Admin',
      },
    })
    if (first.status !== 200) throw new Error(`first-register: ${JSON.stringify(first.body)}`)
    token = first.body.token
  }, 600_000)

  afterAll(async () => {
    await cluster?.stop()
    await receiver.stop()
    await database?.drop()
  }, 60_000)

  it('shows a publish made through one node to anonymous readers of every node within 1 s, caches included', async () => {
    const slug = `cluster-${randomBytes(4).toString('hex')}`
    const draft = await asAdmin(
      '/api/posts',
      { body: { title: `Across nodes ${slug}`, slug } },
      cluster.nodes[0].url,
    )
    expect(draft.status).toBe(201)
    const read = `/api/posts?where[slug][equals]=${slug}&depth=0`
    const readers = [...cluster.nodes.map((node) => node.url as string), cluster.url]
    // Every node has the empty answer cached before the publish.
    for (const url of readers) {
      await through(url).request(read)
      const again = await through(url).request(read)
      expect({ url, docs: again.body.docs.length }).toEqual({ url, docs: 0 })
    }
    for (const node of cluster.nodes) {
      expect((await through(node.url as string).request(read)).headers.get('x-cache')).toBe('HIT')
    }

    const published = await asAdmin(
      `/api/posts/${draft.body.doc.id}`,
      { method: 'PATCH', body: { _status: 'published' } },
      cluster.nodes[1].url,
    )
    expect(published.status).toBe(200)
    const started = Date.now()
    const seenAfter: Record<string, number> = {}
    while (Object.keys(seenAfter).length < readers.length && Date.now() - started < 5_000) {
      for (const url of readers) {
        if (seenAfter[url] !== undefined) continue
        const { body } = await through(url).request(read)
        if (body.docs.length === 1) seenAfter[url] = Date.now() - started
      }
      await sleep(20)
    }
    for (const url of readers)
      expect({ url, within1s: seenAfter[url] <= 1000 }).toEqual({ url, within1s: true })
  }, 60_000)

  it('serves an image uploaded through one API node from another, through the API and from the shared bucket', async () => {
    const png = await sharp({
      create: { width: 900, height: 600, channels: 3, background: '#2b8a3e' },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'across-nodes.png')
    form.append('_payload', JSON.stringify({ alt: 'A green rectangle' }))
    const uploaded = await through(cluster.nodes[0].url as string).request('/api/media', {
      method: 'POST',
      rawBody: form,
      token,
    })
    expect(uploaded.status).toBe(201)
    const doc = uploaded.body.doc
    const { body: read } = await through(cluster.nodes[1].url as string).request(
      `/api/media/${doc.id}?depth=0`,
    )
    expect(read.url).toBe(doc.url)
    expect(read.url.startsWith(`${cluster.media.S3_PUBLIC_URL}/`)).toBe(true)
    for (const filename of [doc.filename, doc.sizes.card.filename]) {
      const reply = await fetch(
        `${cluster.nodes[1].url}/api/media/file/${encodeURIComponent(filename)}`,
      )
      expect({ filename, status: reply.status }).toEqual({ filename, status: 200 })
      const { width } = await sharp(Buffer.from(await reply.arrayBuffer())).metadata()
      expect(width).toBe(filename === doc.filename ? 900 : 768)
    }
    const direct = await fetch(read.url)
    expect(direct.status).toBe(200)
    expect(Buffer.from(await direct.arrayBuffer()).equals(png)).toBe(true)
  })

  it('holds a client to one rate limit across all nodes (training requests, logins to one account), as one node would', async () => {
    const statuses: number[] = []
    for (let i = 0; i < RATE_LIMIT + 3; i++) {
      // Round robin: every node answers some of these.
      const reply = await balancer().request('/api/training-requests', {
        body: requestBody(`Cluster asker ${i}`),
      })
      statuses.push(reply.status)
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(RATE_LIMIT)
    expect(statuses.slice(RATE_LIMIT)).toEqual(Array(3).fill(429))

    // Someone guessing one account's password, their attempts spread over every node.
    const logins: number[] = []
    for (let i = 0; i < RATE_LIMIT + 3; i++) {
      const reply = await balancer().request('/api/users/login', {
        body: { email: 'someone@cluster.example', password: `guess-${i}` },
      })
      logins.push(reply.status)
    }
    expect(logins).toEqual([...Array(RATE_LIMIT).fill(401), ...Array(3).fill(429)])
  })

  it('records 300 signed donation deliveries spread over the nodes, replays included, once each with exact totals', async () => {
    const appeal = await asAdmin('/api/donation-appeals', {
      body: {
        title: 'Cluster appeal',
        summary: 'Many donations at once',
        currency: 'GBP',
        targetAmount: 1_000_000,
        donateUrl: 'https://charity.example/donate',
        _status: 'published',
      },
    })
    expect(appeal.status).toBe(201)
    const appealId = appeal.body.doc.id
    const unique = Array.from({ length: 240 }, (_, i) => ({
      externalId: `pi_cluster_${i}_${randomBytes(4).toString('hex')}`,
      appeal: appealId,
      amount: 100 + i,
      currency: 'GBP',
    }))
    // 60 replays of deliveries also sent once: a payment platform retrying.
    const bodies = [...unique, ...unique.slice(0, 60)].sort(() => Math.random() - 0.5)
    const statuses: number[] = []
    let next = 0
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (next < bodies.length) {
          const raw = JSON.stringify(bodies[next++])
          const reply = await balancer().request('/api/donations/webhook', {
            method: 'POST',
            rawBody: raw,
            headers: {
              'content-type': 'application/json',
              'x-signature': sign(raw, WEBHOOK_SECRET),
            },
          })
          statuses.push(reply.status)
        }
      }),
    )
    expect(statuses.filter((status) => status !== 200 && status !== 201)).toEqual([])
    const ledger = await asAdmin(
      `/api/donations?where[appeal][equals]=${appealId}&pagination=false&depth=0`,
    )
    const ids = ledger.body.docs.map((row: { externalId: string }) => row.externalId)
    expect(new Set(ids).size).toBe(240)
    expect(ids).toHaveLength(240)
    const totals = (await asAdmin(`/api/donation-appeals/${appealId}?depth=0`)).body
    expect({ raised: totals.raisedAmount, count: totals.donationCount }).toEqual({
      raised: unique.reduce((sum, body) => sum + body.amount, 0),
      count: 240,
    })
  }, 240_000)

  it('runs each webhook job once with two workers, and delivers every one after the running worker is killed', async () => {
    const endpoint = await asAdmin('/api/webhook-endpoints', {
      body: { url: receiver.url, events: ['posts.published'] },
    })
    expect(endpoint.status).toBe(201)
    receiver.secrets = [endpoint.body.doc.secret]
    const publish = async (count: number, label: string) => {
      const slugs: string[] = []
      for (let i = 0; i < count; i++) {
        const slug = `${label}-${i}-${randomBytes(3).toString('hex')}`
        const reply = await asAdmin(
          '/api/posts',
          { body: { title: slug, slug, _status: 'published' } },
          cluster.nodes[i % cluster.nodes.length].url,
        )
        expect(reply.status).toBe(201)
        slugs.push(slug)
      }
      return slugs
    }
    const messagesAbout = (slugs: string[]) =>
      receiver.received.filter((message) => slugs.includes(message.body.data.slug))

    // Both workers are up; only the lock holder runs jobs.
    const calm = await publish(10, 'calm')
    await receiver.waitFor('posts.published', undefined, 10, 60_000)
    // Every delivery queued so far has run: a repeat would be in by now.
    await untilQueueSettles({ adapter: 'postgres', database }, WEBHOOK_DEFAULTS.queue)
    const calmMessages = messagesAbout(calm)
    expect(calmMessages).toHaveLength(10)
    expect(new Set(calmMessages.map((message) => message.id)).size).toBe(10)

    // Now the running worker dies in the middle of slow deliveries.
    receiver.delayMs = 400
    const holder = cluster.workers.find((worker) => /holding the jobs lock/.test(worker.output()))
    expect(holder).toBeDefined()
    const stormy = await publish(10, 'stormy')
    const started = Date.now()
    while (messagesAbout(stormy).length === 0 && Date.now() - started < 30_000) await sleep(50)
    holder?.child.kill('SIGKILL')
    receiver.delayMs = 0
    // The standby takes the lock and delivers the rest, abandoned jobs included.
    const deadline = Date.now() + 90_000
    while (Date.now() < deadline) {
      const seen = new Set(messagesAbout(stormy).map((message) => message.body.data.slug))
      if (seen.size === stormy.length) break
      await sleep(200)
    }
    const stormyMessages = messagesAbout(stormy)
    expect(new Set(stormyMessages.map((message) => message.body.data.slug))).toEqual(
      new Set(stormy),
    )
    // At least once: a message cut off mid-delivery is sent again under the same webhook-id, which
    // receivers use to ignore the repeat; no post ever gets two different messages.
    const idsPerSlug = new Map<string, Set<string>>()
    for (const message of stormyMessages) {
      const ids = idsPerSlug.get(message.body.data.slug) ?? new Set<string>()
      ids.add(message.id)
      idsPerSlug.set(message.body.data.slug, ids)
    }
    expect([...idsPerSlug.values()].map((ids) => ids.size)).toEqual(Array(10).fill(1))
    const standby = cluster.workers.find((worker) => worker !== holder)
    expect(standby?.output()).toMatch(/holding the jobs lock/)
  }, 180_000)

  it('keeps serving reads when an API node is killed, and the balancer stops sending to it', async () => {
    const victim = cluster.nodes[2]
    const failures: string[] = []
    let ok = 0
    let stop = false
    const concurrency = 6
    const readers = Array.from({ length: concurrency }, async () => {
      while (!stop) {
        try {
          const reply = await fetch(`${cluster.url}/api/posts?limit=5&depth=0&page=${1 + (ok % 3)}`)
          await reply.arrayBuffer()
          if (reply.status === 200) ok++
          else failures.push(String(reply.status))
        } catch (error) {
          failures.push(String(error))
        }
      }
    })
    await sleep(1_500)
    victim.child.kill('SIGKILL')
    const killedAt = Date.now()
    let downAfter: number | undefined
    while (Date.now() - killedAt < 10_000) {
      const status = await cluster.backendStatus()
      if (status[victim.name]?.startsWith('DOWN')) {
        downAfter = Date.now() - killedAt
        break
      }
      await sleep(50)
    }
    await sleep(2_000)
    stop = true
    await Promise.all(readers)
    // At most the reads that were in flight on the victim; haproxy retries most of those elsewhere.
    expect(failures.length).toBeLessThanOrEqual(concurrency)
    expect(ok).toBeGreaterThan(20)
    // fall 2 checks, every CHECK_INTERVAL_MS (fastinter is shorter), plus slack for a busy machine.
    expect(downAfter).toBeDefined()
    expect(downAfter as number).toBeLessThanOrEqual(CHECK_INTERVAL_MS * 2 + 2_000)
    console.log(
      `cluster: ${ok} reads, ${failures.length} failed (${failures.join(', ')}); node marked down after ${downAfter} ms`,
    )
  }, 60_000)
})
