/**
 * The donations ledger and live appeal totals, through the real server: the
 * signed webhook, staff entries and refunds, totals that stay exact under
 * concurrency and while editors save the appeal, and reconciliation.
 */
import { createDoc, idType, setAppealTotals, unique } from './helpers/content.ts'
import {
  countDonations,
  deliver,
  externalId,
  ledgerOf,
  publicTotals,
  runReconcile,
  sign,
  sumOf,
  WEBHOOK_SECRET,
} from './helpers/donations.ts'
import { describeEachAdapter } from './helpers/harness.ts'

describeEachAdapter(
  'donations ledger',
  (backend) => {
    const appealData = (extra: Record<string, unknown> = {}) => ({
      title: unique('Support us'),
      currency: 'GBP',
      targetAmount: 1_000_000,
      _status: 'published',
      ...extra,
    })
    const newAppeal = (extra: Record<string, unknown> = {}) =>
      createDoc(backend, 'donation-appeals', appealData(extra))
    const gift = (appeal: number | string, extra: Record<string, unknown> = {}) => ({
      externalId: externalId(),
      appeal,
      amount: 2500,
      currency: 'GBP',
      ...extra,
    })

    describe('the webhook', () => {
      it("refuses a donation that would take an appeal's total past the ledger's ceiling with a 4xx, and moves nothing", async () => {
        const appeal = await newAppeal()
        const near = await deliver(
          backend,
          gift(appeal.id, { amount: Number.MAX_SAFE_INTEGER - 10 }),
        )
        expect(near.status).toBe(201)
        const over = await deliver(backend, gift(appeal.id, { amount: 100 }))
        expect({ status: over.status, message: over.body.errors?.[0]?.message }).toEqual({
          status: 422,
          message: expect.stringMatching(/ceiling/),
        })
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: Number.MAX_SAFE_INTEGER - 10,
          donationCount: 1,
        })
      })

      it('records a signed donation (201), counted in its appeal over REST and GraphQL, named by id or slug', async () => {
        const appeal = await newAppeal()
        const byId = await deliver(
          backend,
          gift(appeal.id, { amount: 2500, giftAid: true, donorName: 'Ada' }),
        )
        expect(byId.status).toBe(201)
        expect(byId.body).toMatchObject({
          status: 'recorded',
          donation: { appeal: appeal.id, amount: 2500, currency: 'GBP' },
        })
        // The reply is a receipt for the sender: nothing about the donor.
        expect(JSON.stringify(byId.body)).not.toContain('Ada')

        const bySlug = await deliver(backend, gift(appeal.slug, { amount: 1000, currency: 'gbp' }))
        expect(bySlug.status).toBe(201)

        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 3500,
          donationCount: 2,
        })
        const gql = await backend.api.graphql(
          `query ($id: ${idType(appeal.id)}!) { DonationAppeal(id: $id) { raisedAmount donationCount progressPercent } }`,
          { id: appeal.id },
        )
        expect(gql.data.DonationAppeal).toEqual({
          raisedAmount: 3500,
          donationCount: 2,
          progressPercent: 0,
        })

        const ledger = await ledgerOf(backend, appeal.id)
        expect(ledger).toHaveLength(2)
        expect(ledger.find((row) => row.amount === 2500)).toMatchObject({
          source: 'webhook',
          giftAid: true,
          donorName: 'Ada',
        })
      })

      it('answers a replayed externalId with 200 and the original donation, and counts it once', async () => {
        const appeal = await newAppeal()
        const body = gift(appeal.id, { amount: 4200 })
        const first = await deliver(backend, body)
        expect(first.status).toBe(201)
        for (const replay of [body, { ...body, amount: 9999 }]) {
          const again = await deliver(backend, replay)
          expect(again.status).toBe(200)
          expect(again.body).toMatchObject({
            status: 'duplicate',
            donation: { id: first.body.donation.id, amount: 4200 },
          })
        }
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 4200,
          donationCount: 1,
        })
        expect(await ledgerOf(backend, appeal.id)).toHaveLength(1)
      })

      describe('refuses, stores nothing and counts nothing when', () => {
        let appeal: { id: number | string; slug: string }
        beforeAll(async () => {
          appeal = await newAppeal()
          await createDoc(
            backend,
            'donation-appeals',
            appealData({ slug: unique('euro-appeal'), currency: 'EUR' }),
          )
        })

        const valid = () => gift(appeal.id)
        const cases: [string, () => Parameters<typeof deliver>, number, RegExp][] = [
          [
            'the signature is missing',
            () => [backend, valid(), { signature: null }],
            401,
            /missing x-signature/i,
          ],
          [
            'the signature is garbage',
            () => [backend, valid(), { signature: 'sha256=nope' }],
            401,
            /does not match/i,
          ],
          [
            'the signature has no sha256= prefix',
            () => {
              const raw = JSON.stringify(valid())
              return [backend, null, { raw, signature: sign(raw).slice('sha256='.length) }]
            },
            401,
            /does not match/i,
          ],
          [
            'it is signed with another secret',
            () => [backend, valid(), { secret: 'not-the-secret' }],
            401,
            /does not match/i,
          ],
          [
            'the body was changed after signing',
            () => {
              const signed = JSON.stringify(valid())
              return [
                backend,
                null,
                { raw: signed.replace('2500', '250000'), signature: sign(signed) },
              ]
            },
            401,
            /does not match/i,
          ],
          [
            'the JSON is malformed',
            () => [backend, null, { raw: '{"externalId": "x", ' }],
            400,
            /malformed json/i,
          ],
          [
            'the JSON is malformed and sent as text',
            () => [backend, null, { raw: '{"externalId": ', contentType: 'text/plain' }],
            // The server's guard answers for the media type before anything reads the body.
            415,
            /Content-Type: application\/json/,
          ],
          ['the body is an array', () => [backend, [valid()]], 400, /must be a JSON object.*array/],
          [
            'the body is a string',
            () => [backend, 'donation'],
            400,
            /must be a JSON object.*not "donation"/,
          ],
          ['the body is null', () => [backend, null], 400, /must be a JSON object.*null/],
          [
            'externalId is missing',
            () => [backend, { ...valid(), externalId: undefined }],
            400,
            /externalId is required/,
          ],
          [
            'appeal is missing',
            () => [backend, { ...valid(), appeal: undefined }],
            400,
            /appeal is required/,
          ],
          [
            'amount is missing',
            () => [backend, { ...valid(), amount: undefined }],
            400,
            /amount is required/,
          ],
          [
            'currency is missing',
            () => [backend, { ...valid(), currency: undefined }],
            400,
            /currency is required/,
          ],
          [
            'amount is zero',
            () => [backend, { ...valid(), amount: 0 }],
            400,
            /amount must be a positive whole number/,
          ],
          [
            'amount is negative',
            () => [backend, { ...valid(), amount: -500 }],
            400,
            /amount must be a positive whole number/,
          ],
          [
            'amount has a fraction',
            () => [backend, { ...valid(), amount: 25.5 }],
            400,
            /amount must be a positive whole number/,
          ],
          [
            'amount is a string',
            () => [backend, { ...valid(), amount: '2500' }],
            400,
            /amount must be a positive whole number/,
          ],
          [
            'amount is not a safe integer',
            () => [backend, { ...valid(), amount: 2 ** 53 }],
            400,
            /amount must be a positive whole number/,
          ],
          [
            'currency is not ISO 4217',
            () => [backend, { ...valid(), currency: 'POUNDS' }],
            400,
            /not an ISO 4217 code/,
          ],
          [
            'receivedAt is not a date-time',
            () => [backend, { ...valid(), receivedAt: 'yesterday' }],
            400,
            /receivedAt must be an ISO 8601/,
          ],
          [
            'giftAid is not a boolean',
            () => [backend, { ...valid(), giftAid: 'yes' }],
            400,
            /giftAid must be the donor's declaration .* or true\/false/,
          ],
          [
            'a field is unknown',
            () => [backend, { ...valid(), giftaid: true }],
            400,
            /Unknown field "giftaid"/,
          ],
          [
            'the body sets source',
            () => [backend, { ...valid(), source: 'manual' }],
            400,
            /"source" is set by the server/,
          ],
          [
            'the appeal id does not exist',
            () => [
              backend,
              {
                ...valid(),
                appeal: typeof appeal.id === 'number' ? 987_654 : '0123456789abcdef01234567',
              },
            ],
            404,
            /No donation appeal has the id or slug/,
          ],
          [
            'the appeal slug does not exist',
            () => [backend, { ...valid(), appeal: 'no-such-appeal' }],
            404,
            /"no-such-appeal"/,
          ],
          [
            "the currency differs from the appeal's",
            () => [backend, { ...valid(), currency: 'EUR' }],
            409,
            /Currency mismatch.*EUR.*GBP/,
          ],
        ]

        it.each(cases)('%s', async (_case, args, status, message) => {
          const before = await countDonations(backend)
          const response = await deliver(...args())
          expect({ status: response.status, message: response.body?.errors?.[0]?.message }).toEqual(
            {
              status,
              message: expect.stringMatching(message),
            },
          )
          expect(await countDonations(backend)).toBe(before)
          expect(await publicTotals(backend, appeal.id)).toEqual({
            raisedAmount: 0,
            donationCount: 0,
          })
        })

        it('names every problem of a body at once', async () => {
          const response = await deliver(backend, { appeal: appeal.id, amount: -1, currency: 'XX' })
          expect(response.status).toBe(400)
          expect(response.body.errors[0].message).toMatch(
            /externalId is required.*amount must be.*not an ISO 4217/,
          )
        })
      })

      it('counts 200 concurrent deliveries with 20 replays mixed in exactly once each', async () => {
        const appeal = await newAppeal()
        const originals = Array.from({ length: 180 }, (_, i) =>
          gift(appeal.id, { amount: 100 + i * 7 }),
        )
        // Each replay is sent at the same moment as its original, as a retrying platform would.
        const replays = originals.filter((_, i) => i % 9 === 0).map((body) => ({ ...body }))
        expect(replays).toHaveLength(20)
        const bodies = [...originals, ...replays].sort(() => Math.random() - 0.5)

        const responses = await Promise.all(bodies.map((body) => deliver(backend, body)))
        const statuses = responses.map((response) => response.status)
        expect({
          recorded: statuses.filter((s) => s === 201).length,
          duplicate: statuses.filter((s) => s === 200).length,
        }).toEqual({
          recorded: 180,
          duplicate: 20,
        })

        const expected = sumOf(originals)
        expect(await publicTotals(backend, appeal.id)).toEqual(expected)
        const ledger = await ledgerOf(backend, appeal.id)
        expect(sumOf(ledger)).toEqual(expected)
        expect(new Set(ledger.map((row) => row.externalId))).toEqual(
          new Set(originals.map((body) => body.externalId)),
        )
      }, 180_000)
    })

    describe('editors saving the appeal while donations arrive', () => {
      it('never write back stale totals: drafts, publishes and unpublish all keep every donation', async () => {
        const editor = await backend.createUser('editor')
        const appeal = await newAppeal()
        const bodies = Array.from({ length: 60 }, (_, i) => gift(appeal.id, { amount: 1000 + i }))

        const saves = (async () => {
          for (let i = 0; i < 12; i++) {
            // What an edit form sends: the whole document as read a moment ago, totals included.
            const { body: current } = await backend.api.request(
              `/api/donation-appeals/${appeal.id}?depth=0&draft=true`,
              {
                token: editor.token,
              },
            )
            const query = i % 3 === 0 ? '?draft=true' : ''
            const status = i % 3 === 0 ? 'draft' : i === 7 ? 'draft' : 'published'
            const saved = await backend.api.request(`/api/donation-appeals/${appeal.id}${query}`, {
              method: 'PATCH',
              body: {
                ...current,
                summary: `Edit ${i}`,
                raisedAmount: 0,
                donationCount: 0,
                _status: status,
              },
              token: editor.token,
            })
            expect({
              status: saved.status,
              body: saved.status === 200 ? null : saved.body,
            }).toEqual({
              status: 200,
              body: null,
            })
          }
        })()
        const deliveries = Promise.all(bodies.map((body) => deliver(backend, body)))
        const [responses] = await Promise.all([deliveries, saves])
        expect(responses.map((response) => response.status)).toEqual(bodies.map(() => 201))

        // Published once more, so the public read below is of a published appeal.
        const { body: latest } = await backend.api.request(
          `/api/donation-appeals/${appeal.id}?depth=0&draft=true`,
          {
            token: editor.token,
          },
        )
        await backend.api.request(`/api/donation-appeals/${appeal.id}`, {
          method: 'PATCH',
          body: { ...latest, _status: 'published' },
          token: editor.token,
        })

        const expected = sumOf(bodies)
        expect(await publicTotals(backend, appeal.id)).toEqual(expected)
        expect(sumOf(await ledgerOf(backend, appeal.id))).toEqual(expected)
        const draft = await backend.api.request(
          `/api/donation-appeals/${appeal.id}?depth=0&draft=true`,
          { token: editor.token },
        )
        expect(draft.body).toMatchObject({
          ...expected,
          progressPercent: Math.floor((expected.raisedAmount / 1_000_000) * 100),
        })
      }, 180_000)

      it('changing the target while donations arrive: every save and every delivery succeeds, and the percent follows the last target', async () => {
        const editor = await backend.createUser('editor')
        const appeal = await newAppeal({ targetAmount: 100_000 })
        const bodies = Array.from({ length: 60 }, (_, i) => gift(appeal.id, { amount: 500 + i }))
        const targets = Array.from({ length: 12 }, (_, i) => 100_000 + (i + 1) * 5_000)

        const saves = (async () => {
          const statuses: number[] = []
          for (const [i, targetAmount] of targets.entries()) {
            // Drafts and publishes in turn: both orders of writing rows meet the ledger's.
            const query = i % 2 === 0 ? '?draft=true' : ''
            const saved = await backend.api.request(`/api/donation-appeals/${appeal.id}${query}`, {
              method: 'PATCH',
              body: { targetAmount, _status: i % 2 === 0 ? 'draft' : 'published' },
              token: editor.token,
            })
            statuses.push(saved.status)
          }
          return statuses
        })()
        const deliveries = Promise.all(bodies.map((body) => deliver(backend, body)))
        const [responses, saveStatuses] = await Promise.all([deliveries, saves])
        expect(responses.map((response) => response.status)).toEqual(bodies.map(() => 201))
        expect(saveStatuses).toEqual(targets.map(() => 200))

        const expected = sumOf(bodies)
        const lastTarget = targets[targets.length - 1]!
        expect(sumOf(await ledgerOf(backend, appeal.id))).toEqual(expected)
        const draft = await backend.api.request(
          `/api/donation-appeals/${appeal.id}?depth=0&draft=true`,
          { token: editor.token },
        )
        expect(draft.body).toMatchObject({
          ...expected,
          targetAmount: lastTarget,
          progressPercent: Math.floor((expected.raisedAmount / lastTarget) * 100),
        })
      }, 180_000)

      it('a draft saved before donations arrived shows the live totals, over REST and GraphQL', async () => {
        const editor = await backend.createUser('editor')
        const appeal = await newAppeal({ targetAmount: 10_000 })
        await backend.api.request(`/api/donation-appeals/${appeal.id}?draft=true`, {
          method: 'PATCH',
          body: { summary: 'A draft edit, not yet published' },
          token: editor.token,
        })
        expect((await deliver(backend, gift(appeal.id, { amount: 2500 }))).status).toBe(201)

        const rest = await backend.api.request(
          `/api/donation-appeals/${appeal.id}?depth=0&draft=true`,
          { token: editor.token },
        )
        expect(rest.body).toMatchObject({
          summary: 'A draft edit, not yet published',
          raisedAmount: 2500,
          donationCount: 1,
          progressPercent: 25,
        })
        const list = await backend.api.request(
          `/api/donation-appeals?depth=0&draft=true&where[id][equals]=${appeal.id}`,
          {
            token: editor.token,
          },
        )
        expect(list.body.docs[0]).toMatchObject({
          raisedAmount: 2500,
          donationCount: 1,
          progressPercent: 25,
        })
        const gql = await backend.api.graphql(
          `query ($id: ${idType(appeal.id)}!) { DonationAppeal(id: $id, draft: true) { summary raisedAmount donationCount progressPercent } }`,
          { id: appeal.id },
          editor.token,
        )
        expect(gql.data.DonationAppeal).toEqual({
          summary: 'A draft edit, not yet published',
          raisedAmount: 2500,
          donationCount: 1,
          progressPercent: 25,
        })
      })

      it('a list of draft appeals shows each appeal its own live totals', async () => {
        const editor = await backend.createUser('editor')
        const appeals = [
          await newAppeal({ targetAmount: 10_000 }),
          await newAppeal({ targetAmount: 20_000 }),
        ]
        for (const appeal of appeals) {
          await backend.api.request(`/api/donation-appeals/${appeal.id}?draft=true`, {
            method: 'PATCH',
            body: { summary: 'A draft edit' },
            token: editor.token,
          })
        }
        await deliver(backend, gift(appeals[0].id, { amount: 1000 }))
        await deliver(backend, gift(appeals[1].id, { amount: 3000 }))
        await deliver(backend, gift(appeals[1].id, { amount: 1000 }))

        const list = await backend.api.request(
          `/api/donation-appeals?depth=0&draft=true&sort=createdAt&where[id][in]=${appeals.map((a) => a.id).join(',')}`,
          { token: editor.token },
        )
        expect(
          list.body.docs.map((doc: Record<string, unknown>) => ({
            id: doc.id,
            raisedAmount: doc.raisedAmount,
            donationCount: doc.donationCount,
            progressPercent: doc.progressPercent,
          })),
        ).toEqual([
          { id: appeals[0].id, raisedAmount: 1000, donationCount: 1, progressPercent: 10 },
          { id: appeals[1].id, raisedAmount: 4000, donationCount: 2, progressPercent: 20 },
        ])
      })

      it('an appeal with donations cannot be deleted (409), and stays', async () => {
        const appeal = await newAppeal()
        await deliver(backend, gift(appeal.id))
        const response = await backend.api.request(`/api/donation-appeals/${appeal.id}`, {
          method: 'DELETE',
          token: backend.admin.token,
        })
        expect(response.status).toBe(409)
        expect(response.body.errors[0].message).toMatch(/has 1 donation\(s\).*cannot be deleted/)
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 2500,
          donationCount: 1,
        })
      })
    })

    describe('staff', () => {
      it('an admin recording a manual donation moves the totals like the webhook does', async () => {
        const appeal = await newAppeal()
        const created = await backend.api.request('/api/donations', {
          body: { appeal: appeal.id, amount: 5000, donorName: 'Cheque at the door', giftAid: true },
          token: backend.admin.token,
        })
        expect(created.status).toBe(201)
        // The appeal's currency, a made-up idempotency key, and `manual` as the source.
        expect(created.body.doc).toMatchObject({
          currency: 'GBP',
          source: 'manual',
          externalId: expect.stringMatching(/^manual-/),
        })
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 5000,
          donationCount: 1,
        })

        const gql = await backend.api.graphql(
          `mutation ($appeal: ${idType(appeal.id)}!) { createDonation(data: { appeal: $appeal, amount: 700, currency: "GBP", source: import }) { amount source } }`,
          { appeal: appeal.id },
          backend.admin.token,
        )
        expect(gql.errors).toBeUndefined()
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 5700,
          donationCount: 2,
        })
      })

      it('a manual donation in another currency than the appeal is refused (409) and counts nothing', async () => {
        const appeal = await newAppeal()
        const before = await countDonations(backend)
        const response = await backend.api.request('/api/donations', {
          body: { appeal: appeal.id, amount: 5000, currency: 'USD' },
          token: backend.admin.token,
        })
        expect(response.status).toBe(409)
        expect(await countDonations(backend)).toBe(before)
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 0,
          donationCount: 0,
        })
      })

      it('a donation is never deleted (403 pointing to refunds); the ledger and totals stay', async () => {
        const appeal = await newAppeal()
        const { body } = await deliver(backend, gift(appeal.id, { amount: 1500 }))
        const rest = await backend.api.request(`/api/donations/${body.donation.id}`, {
          method: 'DELETE',
          token: backend.admin.token,
        })
        expect(rest.status).toBe(403)
        expect(rest.body.errors[0].message).toMatch(/never deleted.*record a refund/i)
        const gql = await backend.api.graphql(
          `mutation ($id: ${idType(body.donation.id)}!) { deleteDonation(id: $id) { id } }`,
          { id: body.donation.id },
          backend.admin.token,
        )
        expect(gql.errors?.[0]?.message).toMatch(/never deleted/)
        expect(await ledgerOf(backend, appeal.id)).toHaveLength(1)
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 1500,
          donationCount: 1,
        })
      })

      it('a refund through the webhook is its own entry: totals move back once per refundId, however many times it is sent at once', async () => {
        const appeal = await newAppeal()
        const kept = await deliver(backend, gift(appeal.id, { amount: 1500 }))
        const refunded = await Promise.all(
          [4000, 300, 700, 900, 1100].map((amount) =>
            deliver(backend, gift(appeal.id, { amount })),
          ),
        )
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 8500,
          donationCount: 6,
        })

        // Six deliveries of each of five refunds, all at once (more than PostgreSQL's connection pool).
        const refunds = refunded.flatMap(({ body }) => {
          const refundId = externalId('re')
          return Array.from({ length: 6 }, () =>
            deliver(backend, { type: 'refund', externalId: body.donation.externalId, refundId }),
          )
        })
        const answers = await Promise.all(refunds)
        expect({
          recorded: answers.filter((a) => a.status === 201).length,
          replays: answers.filter((a) => a.status === 200 && a.body.status === 'duplicate').length,
        }).toEqual({ recorded: 5, replays: 25 })
        expect(answers[0].body.donation).toMatchObject({ type: 'refund', currency: 'GBP' })
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 1500,
          donationCount: 1,
        })
        // Nothing was deleted: five donations, five refunds and the one kept.
        const ledger = await ledgerOf(backend, appeal.id)
        expect(ledger).toHaveLength(11)
        expect(ledger.map((row) => row.id)).toContain(kept.body.donation.id)

        // Refunding again what is refunded in full: 409, nothing moves.
        const again = await deliver(backend, {
          type: 'refund',
          externalId: refunded[0].body.donation.externalId,
          refundId: externalId('re'),
        })
        expect(again.status).toBe(409)
        expect(again.body.errors[0].message).toMatch(/already been refunded in full/)
        expect(await ledgerOf(backend, appeal.id)).toHaveLength(11)
      })

      it('partial refunds take back part of a donation (which still counts) and never more than it', async () => {
        const appeal = await newAppeal()
        const { body } = await deliver(backend, gift(appeal.id, { amount: 5000 }))
        const partial = await deliver(backend, {
          type: 'refund',
          externalId: body.donation.externalId,
          refundId: externalId('re'),
          amount: 2000,
        })
        expect(partial.status).toBe(201)
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 3000,
          donationCount: 1,
        })
        const tooMuch = await deliver(backend, {
          type: 'refund',
          externalId: body.donation.externalId,
          refundId: externalId('re'),
          amount: 3001,
        })
        expect(tooMuch.status).toBe(409)
        expect(tooMuch.body.errors[0].message).toMatch(/more than the 3000 left/)
        // By hand in the admin: a refund entry naming the donation, the rest by default.
        const rest = await backend.api.request('/api/donations', {
          body: { type: 'refund', refundOf: body.donation.id },
          token: backend.admin.token,
        })
        expect(rest.status).toBe(201)
        expect(rest.body.doc).toMatchObject({
          type: 'refund',
          amount: 3000,
          currency: 'GBP',
          appeal: appeal.id,
          externalId: expect.stringMatching(/^manual-refund-/),
        })
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 0,
          donationCount: 0,
        })
        const nothingLeft = await backend.api.request('/api/donations', {
          body: { type: 'refund', refundOf: body.donation.id },
          token: backend.admin.token,
        })
        expect(nothingLeft.status).toBe(409)
        expect(nothingLeft.body.errors[0].message).toMatch(/already been refunded in full/)
      })

      it("refuses a donation whose externalId is an earlier refund's refundId with a 409, not a duplicate", async () => {
        const appeal = await newAppeal()
        const { body } = await deliver(backend, gift(appeal.id, { amount: 900 }))
        const refundId = externalId('re')
        const refund = await deliver(backend, {
          type: 'refund',
          externalId: body.donation.externalId,
          refundId,
          amount: 100,
        })
        expect(refund.status).toBe(201)
        const before = await publicTotals(backend, appeal.id)
        const clash = await deliver(backend, gift(appeal.id, { externalId: refundId, amount: 500 }))
        expect({ status: clash.status, message: clash.body.errors?.[0]?.message }).toEqual({
          status: 409,
          message: expect.stringMatching(/refundId of a refund/),
        })
        expect(await publicTotals(backend, appeal.id)).toEqual(before)
      })

      it('refuses refunds that name no donation, a refund, or reuse a donation id, changing nothing', async () => {
        const appeal = await newAppeal()
        const { body } = await deliver(backend, gift(appeal.id, { amount: 900 }))
        const before = await countDonations(backend)
        const cases: [Record<string, unknown>, number, RegExp][] = [
          [{ type: 'refund', refundId: externalId('re') }, 400, /externalId is required/],
          [{ type: 'refund', externalId: body.donation.externalId }, 400, /refundId is required/],
          [
            { type: 'refund', externalId: externalId(), refundId: externalId('re') },
            404,
            /No donation has the externalId/,
          ],
          [
            {
              type: 'refund',
              externalId: body.donation.externalId,
              refundId: body.donation.externalId,
            },
            400,
            /refundId must differ/,
          ],
          [
            { type: 'refund', externalId: body.donation.externalId, refundId: 'x', amount: -5 },
            400,
            /amount must be a positive/,
          ],
          [{ type: 'chargeback', externalId: 'x' }, 400, /type must be "donation".*"refund"/],
        ]
        for (const [refund, status, message] of cases) {
          const answer = await deliver(backend, refund)
          expect({ status: answer.status, message: answer.body.errors?.[0]?.message }).toEqual({
            status,
            message: expect.stringMatching(message),
          })
        }
        const refundOfRefund = await backend.api.request('/api/donations', {
          body: { type: 'refund', refundOf: body.donation.id, amount: 100 },
          token: backend.admin.token,
        })
        expect(refundOfRefund.status).toBe(201)
        const nested = await backend.api.request('/api/donations', {
          body: { type: 'refund', refundOf: refundOfRefund.body.doc.id },
          token: backend.admin.token,
        })
        expect(nested.status).toBe(400)
        expect(nested.body.errors[0].message).toMatch(/itself a refund/)
        expect(await countDonations(backend)).toBe(before + 1)
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 800,
          donationCount: 1,
        })
      })

      it("a recorded donation's amount, appeal, type or date cannot be changed (400); its donor details can", async () => {
        const appeal = await newAppeal()
        const other = await newAppeal()
        const { body } = await deliver(backend, gift(appeal.id, { amount: 1200 }))
        const id = body.donation.id
        for (const change of [
          { amount: 99_999 },
          { appeal: other.id },
          { externalId: 'changed' },
          { type: 'refund' },
          { receivedAt: '2020-01-01T00:00:00.000Z' },
        ]) {
          const response = await backend.api.request(`/api/donations/${id}`, {
            method: 'PATCH',
            body: change,
            token: backend.admin.token,
          })
          expect(response.status).toBe(400)
          expect(response.body.errors[0].message).toMatch(/cannot be changed.*append-only.*refund/)
        }
        const fixed = await backend.api.request(`/api/donations/${id}`, {
          method: 'PATCH',
          body: { donorName: 'Grace', anonymous: true },
          token: backend.admin.token,
        })
        expect(fixed.status).toBe(200)
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 1200,
          donationCount: 1,
        })
        expect(await publicTotals(backend, other.id)).toEqual({ raisedAmount: 0, donationCount: 0 })
      })

      it('editors read the ledger without donor details; authors and the public cannot read it; only admins write it', async () => {
        const appeal = await newAppeal()
        const { body } = await deliver(backend, gift(appeal.id, { donorName: 'Private Person' }))
        const id = body.donation.id
        const editor = await backend.createUser('editor')
        const author = await backend.createUser('author')

        const asEditor = await backend.api.request(`/api/donations/${id}?depth=0`, {
          token: editor.token,
        })
        expect(asEditor.status).toBe(200)
        expect(asEditor.body).toMatchObject({ amount: 2500, currency: 'GBP', appeal: appeal.id })
        expect(asEditor.body).not.toHaveProperty('donorName')
        expect(asEditor.body).not.toHaveProperty('externalId')
        const gql = await backend.api.graphql(
          `query ($id: ${idType(id)}!) { Donation(id: $id) { amount donorName externalId } }`,
          { id },
          editor.token,
        )
        expect(gql.data.Donation).toEqual({ amount: 2500, donorName: null, externalId: null })

        expect(
          (await backend.api.request(`/api/donations/${id}`, { token: author.token })).status,
        ).toBe(403)
        expect((await backend.api.request(`/api/donations/${id}`)).status).toBe(403)
        expect((await backend.api.request('/api/donations')).status).toBe(403)

        const before = await countDonations(backend)
        const byEditor = await backend.api.request('/api/donations', {
          body: { appeal: appeal.id, amount: 100, currency: 'GBP' },
          token: editor.token,
        })
        expect(byEditor.status).toBe(403)
        expect(
          (
            await backend.api.request(`/api/donations/${id}`, {
              method: 'DELETE',
              token: editor.token,
            })
          ).status,
        ).toBe(403)
        expect(await countDonations(backend)).toBe(before)
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 2500,
          donationCount: 1,
        })
      })
    })

    describe('reconcile', () => {
      it('finds no drift after everything above, over the admin endpoint and `npm run reconcile`', async () => {
        const report = await backend.api.request('/api/donations/reconcile', {
          token: backend.admin.token,
        })
        expect(report.status).toBe(200)
        expect(report.body).toMatchObject({ drifted: [], unsettled: [] })
        expect(report.body.appealsChecked).toBeGreaterThan(5)

        const cli = await runReconcile(backend)
        expect({ code: cli.code, stdout: cli.stdout }).toEqual({
          code: 0,
          stdout: expect.stringContaining('No drift'),
        })
      }, 180_000)

      it('is for admins only', async () => {
        const editor = await backend.createUser('editor')
        expect(
          (await backend.api.request('/api/donations/reconcile', { token: editor.token })).status,
        ).toBe(403)
        expect(
          (
            await backend.api.request('/api/donations/reconcile', {
              method: 'POST',
              token: editor.token,
            })
          ).status,
        ).toBe(403)
        expect(
          (await backend.api.request('/api/donations/reconcile', { method: 'POST' })).status,
        ).toBe(403)
      })

      it('reports totals tampered with in the database, and --fix repairs them', async () => {
        const appeal = await newAppeal()
        await deliver(backend, gift(appeal.id, { amount: 3000 }))
        await deliver(backend, gift(appeal.id, { amount: 2000 }))
        await setAppealTotals(backend, appeal.id, { raisedAmount: 123_456, donationCount: 9 })
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 123_456,
          donationCount: 9,
        })

        const report = await backend.api.request('/api/donations/reconcile', {
          token: backend.admin.token,
        })
        expect(report.body.drifted).toEqual([
          {
            appeal: appeal.id,
            slug: appeal.slug,
            stored: { raisedAmount: 123_456, donationCount: 9 },
            ledger: { raisedAmount: 5000, donationCount: 2 },
            drift: { raisedAmount: 5000 - 123_456, donationCount: -7 },
            fixed: false,
          },
        ])
        // Reporting changes nothing.
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 123_456,
          donationCount: 9,
        })

        const check = await runReconcile(backend)
        expect(check.code).toBe(1)
        expect(check.stdout).toContain(`DRIFT ${appeal.slug}`)
        expect(check.stdout).toContain('--fix')

        const fix = await runReconcile(backend, ['--fix'])
        expect(fix.code).toBe(0)
        expect(fix.stdout).toContain(`FIXED ${appeal.slug}`)
        // As staff: the fix was made by another process, which the server's cache cannot know of.
        expect(await publicTotals(backend, appeal.id, backend.admin.token)).toEqual({
          raisedAmount: 5000,
          donationCount: 2,
        })

        const after = await backend.api.request('/api/donations/reconcile', {
          token: backend.admin.token,
        })
        expect(after.body.drifted).toEqual([])
      }, 180_000)

      it('repairs totals that were wiped out altogether (NULL in the database)', async () => {
        const appeal = await newAppeal()
        await deliver(backend, gift(appeal.id, { amount: 650 }))
        // No API can store a missing total; only the database can, which is what this stands for.
        const wiped = null as unknown as number
        await setAppealTotals(backend, appeal.id, { raisedAmount: wiped, donationCount: wiped })
        const fixed = await backend.api.request('/api/donations/reconcile', {
          method: 'POST',
          token: backend.admin.token,
        })
        expect(fixed.body.drifted).toEqual([
          expect.objectContaining({
            appeal: appeal.id,
            ledger: { raisedAmount: 650, donationCount: 1 },
            fixed: true,
          }),
        ])
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 650,
          donationCount: 1,
        })
        // And the next donation counts on top of the repaired totals.
        await deliver(backend, gift(appeal.id, { amount: 50 }))
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 700,
          donationCount: 2,
        })
      })

      it('repairs over the admin endpoint too (POST)', async () => {
        const appeal = await newAppeal()
        await deliver(backend, gift(appeal.id, { amount: 800 }))
        await setAppealTotals(backend, appeal.id, { raisedAmount: 0, donationCount: 0 })
        const fixed = await backend.api.request('/api/donations/reconcile', {
          method: 'POST',
          token: backend.admin.token,
        })
        expect(fixed.status).toBe(200)
        expect(fixed.body.drifted).toEqual([
          expect.objectContaining({
            appeal: appeal.id,
            drift: { raisedAmount: 800, donationCount: 1 },
            fixed: true,
          }),
        ])
        expect(await publicTotals(backend, appeal.id)).toEqual({
          raisedAmount: 800,
          donationCount: 1,
        })
      })
    })
  },
  { env: { DONATIONS_WEBHOOK_SECRET: WEBHOOK_SECRET } },
)

describeEachAdapter(
  'donations webhook without a secret',
  (backend) => {
    it('answers 503 and says how to configure it, storing nothing', async () => {
      const appeal = await createDoc(backend, 'donation-appeals', {
        title: unique('Appeal'),
        currency: 'GBP',
        targetAmount: 1000,
        _status: 'published',
      })
      const response = await deliver(backend, {
        externalId: externalId(),
        appeal: appeal.id,
        amount: 100,
        currency: 'GBP',
      })
      expect(response.status).toBe(503)
      expect(response.body.errors[0].message).toMatch(
        /not configured: set DONATIONS_WEBHOOK_SECRET/,
      )
      expect(await countDonations(backend)).toBe(0)
      expect(await publicTotals(backend, appeal.id)).toEqual({ raisedAmount: 0, donationCount: 0 })
    })
  },
  { env: { DONATIONS_WEBHOOK_SECRET: undefined } },
)
