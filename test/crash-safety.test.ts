import type { AdapterName } from './helpers/databases.ts'
import type { TestBackend } from './helpers/harness.ts'
import type { RunningTestServer } from './helpers/server.ts'

import { ApiClient } from './helpers/client.ts'
import { createDoc, unique } from './helpers/content.ts'
import {
  deliver,
  externalId,
  ledgerOf,
  publicTotals,
  runReconcile,
  sumOf,
  WEBHOOK_SECRET,
} from './helpers/donations.ts'
import { bootBackend, describeForEachAdapter } from './helpers/harness.ts'
import { startServerProcess } from './helpers/server.ts'

/**
 * Crash safety: the server is killed with SIGKILL (no shutdown, no flush) in
 * the middle of a burst of signed donation deliveries and editors' saves, then
 * started again on the same database. Whatever was acknowledged must be there
 * exactly once, the totals must equal the ledger, and whatever was not
 * acknowledged must go through when the sender retries.
 */
const ENV = {
  DONATIONS_WEBHOOK_SECRET: WEBHOOK_SECRET,
  DONATIONS_WEBHOOK_RATE_LIMIT: '100000',
  LOGIN_RATE_LIMIT: '100000',
  LOGIN_ACCOUNT_RATE_LIMIT: '100000',
}
const DELIVERIES = 150
const SAVES = 40
const CONCURRENCY = 6

type Sent = { body: Record<string, unknown>; status: number | 'lost' }

/** Run `work` over `items`, a few at a time; a request the crash cut off counts as lost. */
const burst = async <T>(items: T[], work: (item: T) => Promise<number>) => {
  const outcomes: (number | 'lost')[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const index = next++
        outcomes[index] = await work(items[index]).catch(() => 'lost' as const)
      }
    }),
  )
  return outcomes
}

const acknowledged = (status: number | 'lost') => status === 200 || status === 201

describeForEachAdapter('surviving a crash (SIGKILL mid-burst)', (adapter: AdapterName) => {
  let backend: TestBackend
  let restarted: RunningTestServer | undefined

  afterAll(async () => {
    await restarted?.stop()
    await backend?.server.stop()
  }, 60_000)

  it('keeps every acknowledged donation and save exactly once, and takes the rest on retry', async () => {
    backend = await bootBackend(adapter, { env: ENV })
    const editor = await backend.createUser('editor')
    const appeal = await createDoc(backend, 'donation-appeals', {
      title: unique('Crash appeal'),
      currency: 'GBP',
      targetAmount: 1_000_000,
      _status: 'published',
    })

    const gifts = Array.from({ length: DELIVERIES }, (_, i) => ({
      externalId: externalId('crash'),
      appeal: appeal.id,
      amount: 100 + i,
      currency: 'GBP',
    }))
    const titles = Array.from({ length: SAVES }, () => unique('Saved before the crash'))

    // The kill lands once a third of the deliveries have been answered: mid-burst, with requests in flight.
    let answered = 0
    const killAt = Math.floor(DELIVERIES / 3)
    const send = async (gift: (typeof gifts)[number]) => {
      const response = await deliver(backend, gift)
      if (++answered === killAt) backend.server.child.kill('SIGKILL')
      return response.status
    }
    const save = async (title: string) =>
      (
        await backend.api.request('/api/posts', {
          body: { title, _status: 'published' },
          token: editor.token,
        })
      ).status
    const [deliveryStatuses, saveStatuses] = await Promise.all([
      burst(gifts, send),
      burst(titles, save),
    ])
    const sent: Sent[] = gifts.map((body, i) => ({ body, status: deliveryStatuses[i] }))
    const lostDeliveries = sent.filter((s) => !acknowledged(s.status))
    // The crash really did cut the burst short, and something was acknowledged before it.
    expect(lostDeliveries.length).toBeGreaterThan(0)
    expect(sent.filter((s) => acknowledged(s.status)).length).toBeGreaterThanOrEqual(killAt - 1)

    restarted = await startServerProcess({
      DATABASE_URI: backend.database.uri,
      PAYLOAD_ADMIN: 'false',
      ...ENV,
    })
    const after: TestBackend = { ...backend, url: restarted.url, api: new ApiClient(restarted.url) }
    // Ready means the schema is built; a connection refused or reset while it starts is retried.
    for (let waited = 0; waited < 60_000; waited += 200) {
      const health = await after.api.request('/api/health').catch(() => null)
      if (health?.status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 200))
    }

    // Every acknowledged delivery is in the ledger exactly once; nothing is there twice.
    const ledger = await ledgerOf(after, appeal.id)
    const count = new Map<string, number>()
    for (const row of ledger) count.set(row.externalId, (count.get(row.externalId) ?? 0) + 1)
    expect([...count.values()].filter((n) => n > 1)).toEqual([])
    for (const { body } of sent.filter((s) => acknowledged(s.status))) {
      expect(count.get(body.externalId as string)).toBe(1)
    }
    expect(await publicTotals(after, appeal.id)).toEqual(sumOf(ledger))

    // Every acknowledged save is there once.
    for (const [i, title] of titles.entries()) {
      if (!acknowledged(saveStatuses[i])) continue
      const found = await after.api.request(
        `/api/posts?where[title][equals]=${encodeURIComponent(title)}&depth=0`,
        { token: editor.token },
      )
      expect({ title, totalDocs: found.body.totalDocs }).toEqual({ title, totalDocs: 1 })
    }

    // The sender retries what it never heard back about: each goes through (200 if it had committed).
    for (const { body } of lostDeliveries) {
      const retry = await deliver(after, body)
      expect({ id: body.externalId, status: [200, 201].includes(retry.status) }).toEqual({
        id: body.externalId,
        status: true,
      })
    }
    const final = await ledgerOf(after, appeal.id)
    expect(final.length).toBe(DELIVERIES)
    expect(new Set(final.map((row) => row.externalId)).size).toBe(DELIVERIES)
    expect(await publicTotals(after, appeal.id)).toEqual(sumOf(final))

    const cli = await runReconcile(after)
    expect({ code: cli.code, stdout: cli.stdout }).toEqual({
      code: 0,
      stdout: expect.stringContaining('No drift'),
    })
  }, 600_000)
})
