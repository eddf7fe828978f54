import type { TestBackend } from './helpers/harness.ts'

/**
 * Gift Aid through the real server: declarations sent with donations (stored,
 * reused, or named by id), kept append-only and admin-only, and the claim
 * export that marks donations claimed in one transaction, never twice.
 */
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { countDocs, createDoc, unique } from './helpers/content.ts'
import { deliver, externalId, WEBHOOK_SECRET } from './helpers/donations.ts'
import { describeEachAdapter } from './helpers/harness.ts'
import { runToExit, spawnScript } from './helpers/server.ts'
import { openSqlite } from './helpers/sql.ts'

/** Backdate a declaration's last claim in the database: no API may write it, which is the point. */
const backdateLastClaim = async (backend: TestBackend, id: number | string, at: string) => {
  const uri = backend.database.uri
  if (backend.adapter === 'sqlite') {
    const client = await openSqlite(uri)
    try {
      await client.execute({
        sql: 'UPDATE gift_aid_declarations SET last_claimed_at = ? WHERE id = ?',
        args: [at, id],
      })
    } finally {
      client.close()
    }
  } else if (backend.adapter === 'postgres') {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: uri })
    await client.connect()
    try {
      await client.query('UPDATE gift_aid_declarations SET last_claimed_at = $1 WHERE id = $2', [
        at,
        id,
      ])
    } finally {
      await client.end()
    }
  } else {
    const { MongoClient, ObjectId } = await import('mongodb')
    const client = await MongoClient.connect(uri)
    try {
      await client
        .db()
        .collection('gift-aid-declarations')
        .updateOne({ _id: new ObjectId(String(id)) }, { $set: { lastClaimedAt: new Date(at) } })
    } finally {
      await client.close()
    }
  }
}

const WORDING = '2026-12-01'

const declaration = (extra: Record<string, unknown> = {}) => ({
  title: 'Ms',
  firstName: 'Ada',
  lastName: unique('Lovelace'),
  house: '12',
  postcode: 'SW1A 1AA',
  country: 'GB',
  scope: 'past-four-years-and-future',
  wordingVersion: WORDING,
  declaredAt: '2025-01-10T12:00:00Z',
  method: 'online',
  ...extra,
})

describeEachAdapter(
  'Gift Aid',
  (backend) => {
    const admin = () => backend.admin.token
    const newAppeal = (extra: Record<string, unknown> = {}) =>
      createDoc(backend, 'donation-appeals', {
        title: unique('Gift Aid appeal'),
        currency: 'GBP',
        targetAmount: 1_000_000,
        _status: 'published',
        ...extra,
      })
    const gift = (appeal: number | string, extra: Record<string, unknown> = {}) => ({
      externalId: externalId(),
      appeal,
      amount: 2000,
      currency: 'GBP',
      ...extra,
    })
    const readDonation = async (id: number | string) =>
      (await backend.api.request(`/api/donations/${id}?depth=0`, { token: admin() })).body
    const claim = (body: Record<string, unknown>) =>
      backend.api.request('/api/gift-aid-declarations/claim', { body, token: admin() })
    /** Refund a delivered donation through the webhook: `amount` of it, or what remains. */
    const refund = (delivered: { body: { donation: { externalId: string } } }, amount?: number) =>
      deliver(backend, {
        type: 'refund',
        externalId: delivered.body.donation.externalId,
        refundId: externalId('re'),
        ...(amount === undefined ? {} : { amount }),
      })
    /**
     * Two gifts whose declarations are not in force for them: 1100 declared orally and never
     * confirmed in writing, and 1300 under a declaration for future gifts made after it.
     */
    const giveWithDeclarationsNotInForce = async (
      appeal: number | string,
      oralAt: string,
      laterAt: string,
      laterDeclaredAt: string,
    ) => {
      await deliver(
        backend,
        gift(appeal, {
          amount: 1100,
          receivedAt: oralAt,
          giftAid: declaration({ lastName: unique('Oral'), method: 'oral' }),
        }),
      )
      await deliver(
        backend,
        gift(appeal, {
          amount: 1300,
          receivedAt: laterAt,
          giftAid: declaration({
            lastName: unique('Later'),
            scope: 'future',
            declaredAt: laterDeclaredAt,
          }),
        }),
      )
    }

    describe('declarations sent with donations', () => {
      it('stores the declaration with its exact wording, links the donation, and reuses it for the same donor, person and address', async () => {
        const appeal = await newAppeal()
        const made = declaration({ postcode: 'sw1a1aa', donorEmail: undefined })
        const first = await deliver(
          backend,
          gift(appeal.id, { giftAid: made, donorEmail: 'Ada@Example.org' }),
        )
        expect(first.status).toBe(201)
        // The receipt names no one.
        expect(JSON.stringify(first.body)).not.toMatch(/Lovelace|example\.org/i)
        const donation = await readDonation(first.body.donation.id)
        expect(donation).toMatchObject({ giftAid: true, donorEmail: 'ada@example.org' })
        const stored = (
          await backend.api.request(
            `/api/gift-aid-declarations/${donation.giftAidDeclaration}?depth=0`,
            { token: admin() },
          )
        ).body
        expect(stored).toMatchObject({
          lastName: made.lastName,
          postcode: 'SW1A 1AA',
          wordingVersion: WORDING,
          wording: expect.stringMatching(/^I am a UK taxpayer/),
          donorEmail: 'ada@example.org',
        })

        // Same donor (email), same person and address, other case and spacing: the same declaration.
        const again = await deliver(
          backend,
          gift(appeal.id, {
            giftAid: { ...made, firstName: 'ADA', postcode: 'SW1A1AA', declaredAt: undefined },
            donorEmail: 'ADA@example.ORG',
          }),
        )
        expect(again.status).toBe(201)
        expect((await readDonation(again.body.donation.id)).giftAidDeclaration).toBe(stored.id)

        // The same details without the donor's email may be someone else: a declaration of its own.
        const unnamed = await deliver(backend, gift(appeal.id, { giftAid: made }))
        expect(unnamed.status).toBe(201)
        expect((await readDonation(unnamed.body.donation.id)).giftAidDeclaration).not.toBe(
          stored.id,
        )

        // Named by id: linked to it.
        const byId = await deliver(backend, gift(appeal.id, { giftAidDeclaration: stored.id }))
        expect(byId.status).toBe(201)
        expect((await readDonation(byId.body.donation.id)).giftAidDeclaration).toBe(stored.id)

        // A new address is a new declaration.
        const moved = await deliver(
          backend,
          gift(appeal.id, { giftAid: { ...made, house: '14', postcode: 'EH1 1YZ' } }),
        )
        expect((await readDonation(moved.body.donation.id)).giftAidDeclaration).not.toBe(stored.id)
      })

      it('refuses a bad declaration or an unknown declaration id with a 400/404 naming the problem, storing nothing', async () => {
        const appeal = await newAppeal()
        const declarationsBefore = await countDocs(backend, 'gift-aid-declarations')
        const donationsBefore = await countDocs(backend, 'donations')
        const bad = await deliver(
          backend,
          gift(appeal.id, {
            giftAid: declaration({
              postcode: 'NOT A CODE',
              scope: 'forever',
              wordingVersion: 'v0',
            }),
          }),
        )
        expect(bad.status).toBe(400)
        expect(bad.body.errors[0].message).toMatch(/giftAid\.postcode "NOT A CODE"/)
        expect(bad.body.errors[0].message).toMatch(/giftAid\.scope must be one of/)
        expect(bad.body.errors[0].message).toMatch(/giftAid\.wordingVersion "v0"/)

        const unknown = await deliver(backend, gift(appeal.id, { giftAidDeclaration: 999_999 }))
        expect(unknown.status).toBe(404)
        expect(unknown.body.errors[0].message).toMatch(/No Gift Aid declaration has the id/)

        const both = await deliver(
          backend,
          gift(appeal.id, { giftAid: declaration(), giftAidDeclaration: 1 }),
        )
        expect(both.status).toBe(400)

        // A currency mismatch after a valid declaration: the declaration is rolled back with the donation.
        const mismatch = await deliver(
          backend,
          gift(appeal.id, { currency: 'EUR', giftAid: declaration() }),
        )
        expect(mismatch.status).toBe(409)

        expect(await countDocs(backend, 'gift-aid-declarations')).toBe(declarationsBefore)
        expect(await countDocs(backend, 'donations')).toBe(donationsBefore)
      })

      it('a declaration for one donation covers that donation only (409 for another)', async () => {
        const appeal = await newAppeal()
        const first = await deliver(
          backend,
          gift(appeal.id, { giftAid: declaration({ scope: 'this-donation' }) }),
        )
        const id = (await readDonation(first.body.donation.id)).giftAidDeclaration
        const second = await deliver(backend, gift(appeal.id, { giftAidDeclaration: id }))
        expect(second.status).toBe(409)
        expect(second.body.errors[0].message).toMatch(/covers one donation only/)
      })

      it('accepts the old giftAid: true, recorded but never claimable without a declaration', async () => {
        const appeal = await newAppeal()
        const answer = await deliver(
          backend,
          gift(appeal.id, { giftAid: true, receivedAt: '2025-03-03T10:00:00Z' }),
        )
        expect(answer.status).toBe(201)
        const row = await readDonation(answer.body.donation.id)
        expect(row.giftAid).toBe(true)
        expect(row.giftAidDeclaration ?? null).toBeNull()
        const result = await claim({ from: '2025-03-03', to: '2025-03-03' })
        expect(result.status).toBe(200)
        expect(result.body.count).toBe(0)
        expect((await readDonation(answer.body.donation.id)).giftAidClaimedAt ?? null).toBeNull()
      })
    })

    describe('declarations are kept as made', () => {
      it('admins cancel a declaration but cannot rewrite it or delete one a donation relies on; editors cannot see them', async () => {
        const appeal = await newAppeal()
        const answer = await deliver(backend, gift(appeal.id, { giftAid: declaration() }))
        const id = (await readDonation(answer.body.donation.id)).giftAidDeclaration
        const rewrite = await backend.api.request(`/api/gift-aid-declarations/${id}`, {
          method: 'PATCH',
          body: { lastName: 'Byron' },
          token: admin(),
        })
        expect(rewrite.status).toBe(400)
        expect(rewrite.body.errors[0].message).toMatch(/lastName cannot be changed.*supersedes/)
        const cancel = await backend.api.request(`/api/gift-aid-declarations/${id}`, {
          method: 'PATCH',
          body: { cancelledAt: '2026-01-01T00:00:00Z', cancellationReason: 'No longer pays tax' },
          token: admin(),
        })
        expect(cancel.status).toBe(200)
        const remove = await backend.api.request(`/api/gift-aid-declarations/${id}`, {
          method: 'DELETE',
          token: admin(),
        })
        expect(remove.status).toBe(409)
        expect(remove.body.errors[0].message).toMatch(/Set cancelledAt to end it instead/)

        const editor = await backend.createUser('editor')
        for (const token of [editor.token, undefined]) {
          expect(
            (await backend.api.request(`/api/gift-aid-declarations/${id}`, { token })).status,
          ).toBe(403)
          const asThem = await backend.api.request('/api/gift-aid-declarations/claim', {
            body: { from: '2025-01-01', to: '2025-01-02' },
            token,
          })
          expect(asThem.status).toBe(403)
        }
        const asEditor = await backend.api.request(
          `/api/donations/${answer.body.donation.id}?depth=0`,
          { token: editor.token },
        )
        expect(asEditor.body).not.toHaveProperty('giftAidDeclaration')
        expect(asEditor.body).not.toHaveProperty('donorEmail')
      })
    })

    describe('the claim export', () => {
      it('claims exactly the eligible donations of the period, with partial refunds netted, once', async () => {
        const appeal = await newAppeal()
        const noGiftAid = await newAppeal({ giftAidEligible: false })
        const at = (day: number) => `2025-02-${String(day).padStart(2, '0')}T10:00:00Z`
        const person = declaration({ lastName: unique('Claimant') })
        const eligible = await deliver(
          backend,
          gift(appeal.id, { amount: 2500, receivedAt: at(3), giftAid: person }),
        )
        const declId = (await readDonation(eligible.body.donation.id)).giftAidDeclaration
        const partial = await deliver(
          backend,
          gift(appeal.id, { amount: 4000, receivedAt: at(4), giftAidDeclaration: declId }),
        )
        await deliver(backend, {
          type: 'refund',
          externalId: partial.body.donation.externalId,
          refundId: externalId('re'),
          amount: 1000,
        })
        const full = await deliver(
          backend,
          gift(appeal.id, { amount: 700, receivedAt: at(5), giftAidDeclaration: declId }),
        )
        await deliver(backend, {
          type: 'refund',
          externalId: full.body.donation.externalId,
          refundId: externalId('re'),
        })
        await deliver(
          backend,
          gift(noGiftAid.id, { amount: 900, receivedAt: at(6), giftAidDeclaration: declId }),
        )
        await giveWithDeclarationsNotInForce(appeal.id, at(7), at(8), '2025-02-20T00:00:00Z')
        // Outside the period.
        await deliver(
          backend,
          gift(appeal.id, {
            amount: 5000,
            receivedAt: '2025-03-01T10:00:00Z',
            giftAidDeclaration: declId,
          }),
        )

        const dry = await claim({ from: '2025-02-01', to: '2025-02-28', dryRun: true })
        expect(dry.body).toMatchObject({ count: 2, amount: 5500, batch: null })

        const [first, second] = await Promise.all([
          claim({ from: '2025-02-01', to: '2025-02-28' }),
          claim({ from: '2025-02-01', to: '2025-02-28' }),
        ])
        expect([first.status, second.status]).toEqual([200, 200])
        // Two exports at once: every donation claimed by exactly one of them.
        expect(first.body.count + second.body.count).toBe(2)
        const winner = first.body.count ? first.body : second.body
        expect(winner).toMatchObject({
          count: 2,
          amount: 5500,
          giftAid: 1375,
          batch: expect.stringMatching(/^ga-/),
          skipped: expect.objectContaining({
            refundedInFull: 1,
            appealNotEligible: 1,
            declarationNotInForce: 2,
          }),
        })
        expect(winner.csv.trim().split('\n')).toEqual([
          'Title,First name or initial,Last name,House name or number,Postcode,Aggregated donations,Sponsored event,Donation date,Amount',
          `Ms,Ada,${person.lastName},12,SW1A 1AA,,,03/02/25,25.00`,
          `Ms,Ada,${person.lastName},12,SW1A 1AA,,,04/02/25,30.00`,
        ])
        expect(await readDonation(eligible.body.donation.id)).toMatchObject({
          giftAidClaimedAt: expect.any(String),
          giftAidClaimBatch: winner.batch,
        })
        const decl = (
          await backend.api.request(`/api/gift-aid-declarations/${declId}`, { token: admin() })
        ).body
        expect(decl.lastClaimedAt).toEqual(expect.any(String))

        // A claimed donation keeps its declaration.
        const relink = await backend.api.request(`/api/donations/${eligible.body.donation.id}`, {
          method: 'PATCH',
          body: { giftAidDeclaration: null },
          token: admin(),
        })
        expect(relink.status).toBe(400)

        const again = await claim({ from: '2025-02-01', to: '2025-02-28' })
        expect(again.body).toMatchObject({ count: 0, amount: 0 })
      })

      it('`npm run gift-aid:export` writes the schedule and claims; bad dates are a usage error', async () => {
        const appeal = await newAppeal()
        await deliver(
          backend,
          gift(appeal.id, {
            amount: 1234,
            receivedAt: '2025-05-05T10:00:00Z',
            giftAid: declaration({ lastName: unique('Cli') }),
          }),
        )
        const env = { DATABASE_URI: backend.database.uri }
        const bad = await runToExit(
          spawnScript(
            'backend/cli/giftAidExport.ts',
            ['--from', '2025-05-31', '--to', '2025-05-01'],
            env,
          ),
          'gift-aid:export',
          120_000,
        )
        expect(bad.code).toBe(2)
        expect(bad.stderr).toMatch(/is before from/)

        const out = path.join(await mkdtemp(path.join(tmpdir(), 'gift-aid-')), 'claim.csv')
        const run = await runToExit(
          spawnScript(
            'backend/cli/giftAidExport.ts',
            ['--from', '2025-05-01', '--to', '2025-05-31', '--out', out],
            env,
          ),
          'gift-aid:export',
          120_000,
        )
        expect({ code: run.code, stdout: run.stdout }).toEqual({
          code: 0,
          stdout: expect.stringContaining('Claimed Gift Aid on 1 donation(s) worth £12.34'),
        })
        expect(await readFile(out, 'utf8')).toContain(',05/05/25,12.34')
        const again = await claim({ from: '2025-05-01', to: '2025-05-31' })
        expect(again.body.count).toBe(0)
      }, 240_000)

      it('the retention job erases declarations six years after their last claim, and keeps those still needed', async () => {
        const appeal = await newAppeal()
        const make = async (lastName: string) => {
          const answer = await deliver(
            backend,
            gift(appeal.id, { giftAid: declaration({ lastName }) }),
          )
          return (await readDonation(answer.body.donation.id)).giftAidDeclaration as number | string
        }
        const expired = await make(unique('Expired'))
        const recent = await make(unique('Recent'))
        const cancelledLongAgo = await make(unique('Cancelled'))
        const inForce = await make(unique('InForce'))
        const sevenYearsAgo = new Date(Date.now() - 7 * 366 * 24 * 60 * 60 * 1000).toISOString()
        await backdateLastClaim(backend, expired, sevenYearsAgo)
        await backdateLastClaim(backend, recent, new Date(Date.now() - 86_400_000).toISOString())
        const cancel = await backend.api.request(`/api/gift-aid-declarations/${cancelledLongAgo}`, {
          method: 'PATCH',
          body: { cancelledAt: sevenYearsAgo },
          token: admin(),
        })
        expect(cancel.status).toBe(200)

        const queued = await runToExit(
          spawnScript('test/helpers/queueTask.ts', ['eraseExpiredGiftAidDeclarations'], {
            DATABASE_URI: backend.database.uri,
            PAYLOAD_JOBS_AUTORUN: 'false',
          }),
          'queueing the Gift Aid retention job',
          120_000,
        )
        expect(queued.code).toBe(0)
        const run = await backend.api.request(
          '/api/payload-jobs/run?queue=default&disableScheduling=true',
          { token: admin() },
        )
        expect(run.status).toBe(200)

        const read = async (id: number | string) =>
          (
            await backend.api.request(`/api/gift-aid-declarations/${id}?depth=0`, {
              token: admin(),
            })
          ).body
        for (const id of [expired, cancelledLongAgo]) {
          expect(await read(id)).toMatchObject({
            firstName: '[erased]',
            lastName: '[erased]',
            house: '[erased]',
            postcode: null,
            erasedAt: expect.any(String),
            scope: 'past-four-years-and-future',
          })
        }
        for (const id of [recent, inForce]) {
          expect((await read(id)).erasedAt ?? null).toBeNull()
        }
      }, 240_000)

      it('answers a bad period with a 400 that says what to send', async () => {
        const answer = await claim({ from: '2025/01/01', to: '2025-01-31' })
        expect(answer.status).toBe(400)
        expect(answer.body.errors[0].message).toMatch(/from must be a date as YYYY-MM-DD/)
      })
    })

    describe('what an appeal shows it could add', () => {
      type Figures = { giftAidPotential: null | number; giftAidClaimed: null | number }
      const figuresOf = async (appealId: number | string, token = admin()): Promise<Figures> => {
        const { status, body } = await backend.api.request(
          `/api/donation-appeals/${appealId}?depth=0`,
          { token },
        )
        expect(status).toBe(200)
        return { giftAidPotential: body.giftAidPotential, giftAidClaimed: body.giftAidClaimed }
      }
      const figures = (potential: number, claimed = 0): Figures => ({
        giftAidPotential: potential,
        giftAidClaimed: claimed,
      })
      // July 2024: a month no other test here gives or claims in.
      const july = (day: number) => `2024-07-${String(day).padStart(2, '0')}T10:00:00Z`

      it('is 25% of the gifts a declaration in force covers, less refunds, and moves from potential to claimed with the claim export', async () => {
        const appeal = await newAppeal()
        expect(await figuresOf(appeal.id)).toEqual(figures(0))

        // Ticked Gift Aid but never declared: counted in the totals, not in the figure.
        await deliver(
          backend,
          gift(appeal.id, { amount: 1000, giftAid: true, receivedAt: july(1) }),
        )
        expect(await figuresOf(appeal.id)).toEqual(figures(0))

        const first = await deliver(
          backend,
          gift(appeal.id, {
            amount: 2000,
            receivedAt: july(2),
            giftAid: declaration({ lastName: unique('Figure') }),
          }),
        )
        expect(first.status).toBe(201)
        expect(await figuresOf(appeal.id)).toEqual(figures(500))

        // The same donor again, on the declaration on file.
        const declId = (await readDonation(first.body.donation.id)).giftAidDeclaration
        const second = await deliver(
          backend,
          gift(appeal.id, { amount: 4000, receivedAt: july(3), giftAidDeclaration: declId }),
        )
        expect(await figuresOf(appeal.id)).toEqual(figures(1500))

        // A partial refund takes its quarter back; a full refund takes the whole gift's.
        await refund(second, 1000)
        expect(await figuresOf(appeal.id)).toEqual(figures(1250))
        const refundedInFull = await deliver(
          backend,
          gift(appeal.id, { amount: 600, receivedAt: july(4), giftAidDeclaration: declId }),
        )
        expect(await figuresOf(appeal.id)).toEqual(figures(1400))
        await refund(refundedInFull)
        expect(await figuresOf(appeal.id)).toEqual(figures(1250))

        await giveWithDeclarationsNotInForce(appeal.id, july(5), july(5), '2024-07-20T00:00:00Z')
        expect(await figuresOf(appeal.id)).toEqual(figures(1250))

        // Cancelled: gifts before the cancellation still count, gifts on or after it no longer do.
        const leaver = await deliver(
          backend,
          gift(appeal.id, {
            amount: 800,
            receivedAt: july(6),
            giftAid: declaration({ lastName: unique('Leaver') }),
          }),
        )
        const leaverDecl = (await readDonation(leaver.body.donation.id)).giftAidDeclaration
        await deliver(
          backend,
          gift(appeal.id, { amount: 1200, receivedAt: july(10), giftAidDeclaration: leaverDecl }),
        )
        expect(await figuresOf(appeal.id)).toEqual(figures(1750))
        const cancel = await backend.api.request(`/api/gift-aid-declarations/${leaverDecl}`, {
          method: 'PATCH',
          body: { cancelledAt: july(8), cancellationReason: 'No longer pays tax' },
          token: admin(),
        })
        expect(cancel.status).toBe(200)
        expect(await figuresOf(appeal.id)).toEqual(figures(1450))

        // The claim agrees with the figure, and what it claimed moves over.
        const claimed = await claim({ from: '2024-07-01', to: '2024-07-31' })
        expect(claimed.status).toBe(200)
        expect(claimed.body).toMatchObject({ amount: 5800, giftAid: 1450 })
        expect(await figuresOf(appeal.id)).toEqual(figures(0, 1450))

        // A later gift waits for the next claim.
        await deliver(
          backend,
          gift(appeal.id, { amount: 400, receivedAt: july(20), giftAidDeclaration: declId }),
        )
        expect(await figuresOf(appeal.id)).toEqual(figures(100, 1450))

        // An appeal that does not take Gift Aid could add nothing, declarations or not.
        const noGiftAid = await newAppeal({ giftAidEligible: false })
        await deliver(
          backend,
          gift(noGiftAid.id, { amount: 2000, receivedAt: july(21), giftAidDeclaration: declId }),
        )
        expect(await figuresOf(noGiftAid.id)).toEqual(figures(0))
      })

      it('editors and admins read it over REST and GraphQL (drafts too, lists when they ask for it); anonymous readers and authors never do', async () => {
        const appeal = await newAppeal({ slug: unique('figure-appeal') })
        await deliver(
          backend,
          gift(appeal.id, {
            amount: 2000,
            receivedAt: july(22),
            giftAid: declaration({ lastName: unique('Seen') }),
          }),
        )
        const editor = await backend.createUser('editor')
        const author = await backend.createUser('author')
        const query = `query ($id: ${typeof appeal.id === 'number' ? 'Int' : 'String'}!) {
          DonationAppeal(id: $id) { id giftAidPotential giftAidClaimed }
          DonationAppeals(where: { id: { equals: $id } }) { docs { id giftAidPotential giftAidClaimed } }
          asking: DonationAppeals(where: { id: { equals: $id } }, select: true) { docs { id giftAidPotential giftAidClaimed } }
        }`
        const readers: [string, string | undefined, null | number][] = [
          ['admin', admin(), 500],
          ['editor', editor.token, 500],
          ['author', author.token, null],
          ['anonymous', undefined, null],
        ]
        for (const [who, token, expected] of readers) {
          const byId = await backend.api.request(`/api/donation-appeals/${appeal.id}?depth=0`, {
            token,
          })
          const draft = await backend.api.request(
            `/api/donation-appeals/${appeal.id}?depth=0&draft=true`,
            { token },
          )
          const list = await backend.api.request(
            `/api/donation-appeals?depth=0&where[id][equals]=${appeal.id}`,
            { token },
          )
          const listAsking = await backend.api.request(
            `/api/donation-appeals?depth=0&where[id][equals]=${appeal.id}&select[title]=true&select[giftAidPotential]=true`,
            { token },
          )
          const selected = await backend.api.request(
            `/api/donation-appeals/${appeal.id}?depth=0&select[giftAidPotential]=true`,
            { token },
          )
          const graphql = await backend.api.graphql(query, { id: appeal.id }, token)
          const seen = {
            who,
            byId: byId.body.giftAidPotential,
            draft: draft.body.giftAidPotential,
            list: list.body.docs[0]?.giftAidPotential,
            listAsking: listAsking.body.docs[0]?.giftAidPotential,
            selected: selected.body.giftAidPotential,
            graphqlOne: graphql.data?.DonationAppeal?.giftAidPotential ?? null,
            graphqlList: graphql.data?.DonationAppeals?.docs[0]?.giftAidPotential ?? null,
            graphqlListAsking: graphql.data?.asking?.docs[0]?.giftAidPotential ?? null,
          }
          if (expected === null) {
            // Not even the key: the field is not there for them at all.
            for (const body of [
              byId.body,
              draft.body,
              list.body.docs[0],
              listAsking.body.docs[0],
              selected.body,
            ]) {
              expect(body).not.toHaveProperty('giftAidPotential')
              expect(body).not.toHaveProperty('giftAidClaimed')
            }
            expect(seen).toEqual({
              who,
              byId: undefined,
              draft: undefined,
              list: undefined,
              listAsking: undefined,
              selected: undefined,
              graphqlOne: null,
              graphqlList: null,
              graphqlListAsking: null,
            })
          } else {
            expect(seen).toEqual({
              who,
              byId: expected,
              draft: expected,
              // A list that does not ask for the figures by name is not slowed down by them.
              list: null,
              listAsking: expected,
              selected: expected,
              graphqlOne: expected,
              graphqlList: null,
              graphqlListAsking: expected,
            })
          }
        }

        // Nor in the public API description or the structured data.
        const openapi = await backend.api.request('/api/openapi.json')
        expect(openapi.status).toBe(200)
        expect(JSON.stringify(openapi.body)).not.toMatch(/giftAidPotential|giftAidClaimed/)
        const jsonLd = await backend.api.request(`/api/donation-appeals/${appeal.id}/jsonld`, {
          token: admin(),
        })
        expect(jsonLd.status).toBe(200)
        expect(JSON.stringify(jsonLd.body)).not.toMatch(/giftAid/i)
      })
    })
  },
  {
    env: {
      DONATIONS_WEBHOOK_SECRET: WEBHOOK_SECRET,
      // The retention test runs the queue itself; the server's own minute cron could take the job from under that run.
      PAYLOAD_JOBS_AUTORUN: 'false',
    },
  },
)
