import type { ApiResponse } from './client.ts'
import type { TestBackend } from './harness.ts'
import type { ProcessResult } from './server.ts'

/**
 * Helpers for the donations suites: signing and delivering webhook bodies the
 * way a payment platform does, and reading an appeal and its ledger back.
 */
import { createHmac, randomBytes } from 'node:crypto'

import { runToExit, spawnScript } from './server.ts'

export const WEBHOOK_SECRET = `whsec-${randomBytes(16).toString('hex')}`

/** `sha256=<hex>` of the exact bytes, computed here (not with the server's code). */
export const sign = (body: string, secret = WEBHOOK_SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`

export type Delivery = {
  /** Send these bytes instead of JSON.stringify(body). */
  raw?: string
  /** Sign with another secret. */
  secret?: string
  /** Send this header instead of the right signature; null sends none. */
  signature?: null | string
  contentType?: string
}

/** POST one donation to the webhook, signed unless told otherwise. */
export const deliver = (
  backend: TestBackend,
  body: unknown,
  options: Delivery = {},
): Promise<ApiResponse> => {
  const raw = options.raw ?? JSON.stringify(body)
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json',
  }
  const signature = options.signature === undefined ? sign(raw, options.secret) : options.signature
  if (signature !== null) headers['x-signature'] = signature
  return backend.api.request('/api/donations/webhook', { method: 'POST', rawBody: raw, headers })
}

export const externalId = (prefix = 'pi') => `${prefix}_${randomBytes(8).toString('hex')}`

export type Totals = { raisedAmount: number; donationCount: number }

/** What the public sees on a published appeal. */
export const publicTotals = async (
  backend: TestBackend,
  appealId: number | string,
  /** Read as this account instead: after another process (a command line tool) changed the totals, an anonymous answer may still come from the server's cache (RESPONSE_CACHE_TTL_SECONDS), which cannot know of that change. */
  token?: string,
): Promise<Totals> => {
  const { status, body } = await backend.api.request(`/api/donation-appeals/${appealId}?depth=0`, {
    token,
  })
  if (status !== 200)
    throw new Error(`reading appeal ${appealId} failed: ${status} ${JSON.stringify(body)}`)
  return { raisedAmount: body.raisedAmount, donationCount: body.donationCount }
}

export type LedgerRow = {
  id: number | string
  amount: number
  externalId: string
  appeal: number | string
}

/** Every donation of an appeal, as an admin lists them over REST. */
export const ledgerOf = async (
  backend: TestBackend,
  appealId: number | string,
): Promise<LedgerRow[]> => {
  const { status, body } = await backend.api.request(
    `/api/donations?where[appeal][equals]=${appealId}&pagination=false&depth=0`,
    { token: backend.admin.token },
  )
  if (status !== 200) throw new Error(`listing donations failed: ${status} ${JSON.stringify(body)}`)
  return body.docs as LedgerRow[]
}

export const sumOf = (rows: { amount: number }[]): Totals => ({
  raisedAmount: rows.reduce((sum, row) => sum + row.amount, 0),
  donationCount: rows.length,
})

/** Every donation in the database, as an admin counts them. */
export const countDonations = async (backend: TestBackend): Promise<number> => {
  const { body } = await backend.api.request('/api/donations?limit=1&depth=0', {
    token: backend.admin.token,
  })
  return body.totalDocs as number
}

/** `npm run reconcile` against the backend's database, as an operator runs it. */
export const runReconcile = (backend: TestBackend, args: string[] = []): Promise<ProcessResult> =>
  runToExit(
    spawnScript('backend/cli/reconcile.ts', args, { DATABASE_URI: backend.database.uri }),
    'reconcile',
    120_000,
  )
