/**
 * Per-person export and erasure through the real server and database: one
 * person seeded across the ledger, Gift Aid and training requests is found
 * everywhere, and erased without a trace in any table while every total stays
 * exact; records the law keeps are reported; every request is audited.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { requestBody } from './helpers/accessFixtures.ts'
import { createDoc, unique } from './helpers/content.ts'
import { deliver, externalId, publicTotals, WEBHOOK_SECRET } from './helpers/donations.ts'
import { whereInDatabase } from './helpers/everyRow.ts'
import { describeEachAdapter } from './helpers/harness.ts'
import { runToExit, spawnScript } from './helpers/server.ts'
import { sqlRows } from './helpers/sql.ts'

const token = () => randomBytes(4).toString('hex')

describeEachAdapter(
  'per-person export and erasure',
  (backend) => {
    const admin = () => backend.admin.token
    const person = () => {
      const tag = token()
      return {
        email: `Person-${tag}@Example.org`,
        firstName: `Zebedee${tag}`,
        lastName: `Quux${tag}`,
      }
    }
    const declaration = (who: { firstName: string; lastName: string }, extra = {}) => ({
      title: 'Mx',
      firstName: who.firstName,
      lastName: who.lastName,
      house: 'Flat 3',
      postcode: 'LS1 4DY',
      scope: 'past-four-years-and-future',
      wordingVersion: '2026-12-01',
      declaredAt: '2024-01-01T00:00:00Z',
      method: 'online',
      ...extra,
    })
    const newAppeal = (title: string) =>
      createDoc(backend, 'donation-appeals', {
        title: unique(title),
        currency: 'GBP',
        targetAmount: 100_000,
        _status: 'published',
      })
    const post = (path: string, body: unknown, as: string | undefined = admin()) =>
      backend.api.request(path, { body, token: as })

    it('finds a person everywhere they appear, erases them from every table, keeps every total, and audits both', async () => {
      const who = person()
      const fullName = `${who.firstName} ${who.lastName}`
      const appeal = await newAppeal('Privacy appeal')
      const withGiftAid = await deliver(backend, {
        externalId: externalId(),
        appeal: appeal.id,
        amount: 3000,
        currency: 'GBP',
        donorName: fullName,
        donorEmail: who.email,
        donorConsentToContact: true,
        consentWordingVersion: 'newsletter-1',
        giftAid: declaration(who),
      })
      expect(withGiftAid.status).toBe(201)
      const plain = await deliver(backend, {
        externalId: externalId(),
        appeal: appeal.id,
        amount: 1000,
        currency: 'GBP',
        donorName: fullName,
        donorEmail: who.email,
      })
      await deliver(backend, {
        type: 'refund',
        externalId: plain.body.donation.externalId,
        refundId: externalId('re'),
        amount: 400,
      })
      const noted = await backend.api.request(`/api/donations/${plain.body.donation.id}`, {
        method: 'PATCH',
        body: { notes: `Phoned ${fullName} to thank them` },
        token: admin(),
      })
      expect(noted.status).toBe(200)
      const asked = await post(
        '/api/training-requests',
        { ...requestBody(fullName), email: who.email },
        '',
      )
      expect(asked.status).toBe(201)
      const totalsBefore = await publicTotals(backend, appeal.id)
      expect(totalsBefore).toEqual({ raisedAmount: 3600, donationCount: 2 })

      // Export: every place, matched on the email whatever its case.
      const exported = await post('/api/privacy/export', { email: who.email.toUpperCase() })
      expect(exported.status).toBe(200)
      expect(exported.body).toMatchObject({
        email: who.email.toLowerCase(),
        donations: expect.arrayContaining([
          expect.objectContaining({ id: withGiftAid.body.donation.id, donorName: fullName }),
          expect.objectContaining({ id: plain.body.donation.id, notes: expect.any(String) }),
        ]),
        giftAidDeclarations: [expect.objectContaining({ lastName: who.lastName })],
        trainingRequests: [expect.objectContaining({ id: asked.body.id, name: fullName })],
        accounts: [],
      })
      expect(exported.body.donations).toHaveLength(2)

      // Erase: a report, then no trace anywhere in the database.
      const erased = await post('/api/privacy/erase', { email: who.email })
      expect(erased.status).toBe(200)
      expect(erased.body).toMatchObject({
        erased: { donations: 2, giftAidDeclarations: 1, trainingRequests: 1 },
        kept: [],
      })
      expect(await whereInDatabase(backend, [who.email, who.firstName, who.lastName])).toEqual([])

      // Amounts, dates and totals exact; the ledger still reconciles.
      expect(await publicTotals(backend, appeal.id)).toEqual(totalsBefore)
      const row = (
        await backend.api.request(`/api/donations/${plain.body.donation.id}?depth=0`, {
          token: admin(),
        })
      ).body
      expect(row).toMatchObject({ amount: 1000, donorName: '[erased]' })
      const reconcile = await backend.api.request('/api/donations/reconcile', { token: admin() })
      expect(reconcile.body).toMatchObject({ drifted: [], unsettled: [] })

      // Nothing is found a second time.
      const again = await post('/api/privacy/export', { email: who.email })
      expect(again.body).toMatchObject({
        donations: [],
        giftAidDeclarations: [],
        trainingRequests: [],
      })

      // The audit log: who and what, never the email.
      const log = await backend.api.request('/api/privacy-audit-log?depth=0&limit=10', {
        token: admin(),
      })
      expect(log.status).toBe(200)
      expect(log.body.docs.slice(0, 3)).toEqual([
        expect.objectContaining({
          action: 'export',
          via: 'api',
          found: expect.objectContaining({ donations: 0 }),
        }),
        expect.objectContaining({
          action: 'erase',
          actor: backend.admin.email,
          erased: expect.objectContaining({ donations: 2 }),
        }),
        expect.objectContaining({
          action: 'export',
          found: expect.objectContaining({ donations: 2 }),
        }),
      ])
      expect(log.body.docs[0].subjectHash).toBe(log.body.docs[1].subjectHash)
      expect(JSON.stringify(log.body)).not.toContain(who.email.toLowerCase())
    })

    it('keeps and reports what the law requires (a claimed declaration, a staff account), over the CLI too', async () => {
      const who = person()
      const email = who.email.toLowerCase()
      const account = await post('/api/users', {
        email,
        password: `Pw-${token()}${token()}`,
        name: `${who.firstName} ${who.lastName}`,
        role: 'author',
      })
      expect(account.status).toBe(201)
      const appeal = await newAppeal('Claimed appeal')
      await deliver(backend, {
        externalId: externalId(),
        appeal: appeal.id,
        amount: 2000,
        currency: 'GBP',
        donorEmail: email,
        receivedAt: '2024-07-15T10:00:00Z',
        giftAid: declaration(who),
      })
      const claimed = await post('/api/gift-aid-declarations/claim', {
        from: '2024-07-15',
        to: '2024-07-15',
      })
      expect(claimed.body.count).toBe(1)

      const env = { DATABASE_URI: backend.database.uri }
      const out = path.join(await mkdtemp(path.join(tmpdir(), 'privacy-')), 'export.json')
      const exported = await runToExit(
        spawnScript('backend/cli/privacy.ts', ['export', '--email', email, '--out', out], env),
        'privacy:export',
        120_000,
      )
      expect(exported.code).toBe(0)
      const file = JSON.parse(await readFile(out, 'utf8'))
      expect(file.accounts).toEqual([expect.objectContaining({ email })])
      expect(file.giftAidDeclarations).toHaveLength(1)

      const erased = await runToExit(
        spawnScript('backend/cli/privacy.ts', ['erase', '--email', email], env),
        'privacy:erase',
        120_000,
      )
      expect(erased.code).toBe(0)
      // The report is the JSON after anything the database adapter prints while it starts.
      const report = JSON.parse(erased.stdout.slice(erased.stdout.search(/^\{/m)))
      expect(report.erased).toEqual({ donations: 1 })
      expect(report.kept).toEqual([
        expect.objectContaining({
          collection: 'gift-aid-declarations',
          reason: expect.stringMatching(/HMRC may ask for it for 6 years/),
          keepUntil: expect.stringMatching(/^20\d\d-/),
        }),
        expect.objectContaining({
          collection: 'users',
          reason: expect.stringMatching(/staff account/),
        }),
      ])
      // Kept for HMRC: name and address stay, the email goes.
      const kept = (
        await backend.api.request(`/api/gift-aid-declarations/${report.kept[0].id}`, {
          token: admin(),
        })
      ).body
      expect(kept).toMatchObject({ lastName: who.lastName, house: 'Flat 3' })
      expect(kept.donorEmail ?? null).toBeNull()
      const log = await backend.api.request('/api/privacy-audit-log?depth=0&limit=2', {
        token: admin(),
      })
      expect(
        log.body.docs.map((doc: { action: string; via: string }) => [doc.action, doc.via]),
      ).toEqual([
        ['erase', 'cli'],
        ['export', 'cli'],
      ])

      const usage = await runToExit(
        spawnScript('backend/cli/privacy.ts', ['erase', '--email', 'not-an-email'], env),
        'privacy:erase',
        120_000,
      )
      expect(usage.code).toBe(2)
      expect(usage.stderr).toMatch(/Send the person's email address/)
    }, 360_000)

    it('finds and erases a donation an admin recorded with a capitalised email, stored lower-cased', async () => {
      const tag = token()
      const appeal = await newAppeal('Case appeal')
      const recorded = await post('/api/donations', {
        appeal: appeal.id,
        amount: 2500,
        donorName: `Zed Case ${tag}`,
        donorEmail: `  Zed.Case-${tag}@Example.ORG `,
      })
      expect(recorded.status).toBe(201)
      expect(recorded.body.doc.donorEmail).toBe(`zed.case-${tag}@example.org`)
      // A row written before emails were stored lower-cased is found too.
      await sqlRows(
        backend.adapter,
        backend.database.uri,
        `UPDATE donations SET donor_email = 'Zed.Case-${tag}@Example.ORG' WHERE id = ${recorded.body.doc.id}`,
      )
      const exported = await post('/api/privacy/export', { email: `zed.case-${tag}@example.org` })
      expect(exported.body.donations.map((d: { id: unknown }) => d.id)).toEqual([
        recorded.body.doc.id,
      ])
      const erased = await post('/api/privacy/erase', { email: `ZED.case-${tag}@example.org` })
      expect(erased.body.erased).toMatchObject({ donations: 1 })
      const after = await backend.api.request(`/api/donations/${recorded.body.doc.id}`, {
        token: admin(),
      })
      expect(after.body.donorEmail).toBeNull()
      expect(after.body.donorName).not.toMatch(/Zed/)
    })

    it('keeps two donors apart whose Gift Aid declarations read the same (name, house, postcode)', async () => {
      const who = person()
      const appeal = await newAppeal('Shared declaration appeal')
      const gifts = []
      for (const email of [`first-${token()}@example.org`, `second-${token()}@example.org`]) {
        const delivered = await deliver(backend, {
          externalId: externalId(),
          appeal: appeal.id,
          amount: 1000,
          currency: 'GBP',
          donorName: `${who.firstName} ${who.lastName}`,
          donorEmail: email,
          giftAid: declaration(who),
        })
        expect(delivered.status).toBe(201)
        const stored = await backend.api.request(
          `/api/donations/${delivered.body.donation.id}?depth=0`,
          { token: admin() },
        )
        gifts.push({ email, donation: stored.body })
      }
      const [first, second] = gifts
      expect(String(first.donation.giftAidDeclaration)).not.toBe(
        String(second.donation.giftAidDeclaration),
      )
      const exported = await post('/api/privacy/export', { email: first.email })
      expect(exported.body.donations.map((d: { id: unknown }) => d.id)).toEqual([first.donation.id])
      await post('/api/privacy/erase', { email: first.email })
      const theirs = await backend.api.request(`/api/donations/${second.donation.id}`, {
        token: admin(),
      })
      expect(theirs.body.donorEmail).toBe(second.email)
      const declarationOfSecond = await backend.api.request(
        `/api/gift-aid-declarations/${second.donation.giftAidDeclaration}`,
        { token: admin() },
      )
      expect(declarationOfSecond.body).toMatchObject({
        donorEmail: second.email,
        firstName: who.firstName,
      })
      expect(declarationOfSecond.body.cancelledAt ?? null).toBeNull()
    })

    it('is for admins only, and a bad email is a 400 that says what to send', async () => {
      const editor = await backend.createUser('editor')
      for (const path of ['/api/privacy/export', '/api/privacy/erase']) {
        expect((await post(path, { email: 'someone@example.org' }, editor.token)).status).toBe(403)
        expect((await post(path, { email: 'someone@example.org' }, '')).status).toBe(403)
        const bad = await post(path, { name: 'Someone' })
        expect(bad.status).toBe(400)
        expect(bad.body.errors[0].message).toMatch(/Send the person's email address/)
      }
      expect(
        (await backend.api.request('/api/privacy-audit-log', { token: editor.token })).status,
      ).toBe(403)
      expect(
        (
          await post('/api/privacy-audit-log', {
            action: 'export',
            via: 'api',
            subjectHash: 'x',
          })
        ).status,
      ).toBe(403)
    })
  },
  { env: { DONATIONS_WEBHOOK_SECRET: WEBHOOK_SECRET } },
)
