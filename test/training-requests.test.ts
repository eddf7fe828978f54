import type { SMTPServer as SMTPServerType } from 'smtp-server'

import type { Id } from './helpers/accessFixtures.ts'
import type { TestBackend, TestUser } from './helpers/harness.ts'

/**
 * "Run the training day in our community": the public form
 * (`POST /api/training-requests`), what it answers, what it stores, who is
 * told by email (through a real SMTP server on loopback), who may read it,
 * the honeypot, the size and rate limits, and the retention job that erases
 * closed requests' personal details.
 */
import { SMTPServer } from 'smtp-server'

import { groupData, requestBody, tag } from './helpers/accessFixtures.ts'
import { bootBackend, describeEachAdapter, describeEachBooted } from './helpers/harness.ts'
import { runToExit, spawnScript } from './helpers/server.ts'

type Mail = { from: string; to: string[]; raw: string }

/** A real SMTP server on loopback that keeps what it receives. */
const startSmtp = async () => {
  const mails: Mail[] = []
  const server: SMTPServerType = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as { port: number }
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

type Smtp = Awaited<ReturnType<typeof startSmtp>>

const waitFor = async <T>(what: string, check: () => T | undefined, timeoutMs = 15_000) => {
  const started = Date.now()
  for (;;) {
    const found = check()
    if (found) return found
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describeEachBooted(
  'training requests',
  async (adapter) => {
    const smtp = await startSmtp()
    const backend = await bootBackend(adapter, {
      env: {
        SMTP_URL: smtp.url,
        SMTP_FROM: 'ACT website <website@example.org>',
        SERVER_URL: 'https://cms.example.org',
        // Closed requests are erased on the retention job's next run.
        TRAINING_REQUEST_RETENTION_DAYS: '0',
        // The retention test runs the queue itself; the server's own minute cron could take the job from under that run.
        PAYLOAD_JOBS_AUTORUN: 'false',
      },
    })
    const stop = backend.server.stop
    backend.server.stop = async () => {
      await stop()
      await smtp.close().catch(() => undefined)
    }
    return Object.assign(backend, { smtp })
  },
  (backend: TestBackend & { smtp: Smtp }) => {
    const api = () => backend.api
    const asAdmin = (route: string) => backend.api.request(route, { token: backend.admin.token })
    const send = (body: unknown, token?: string) =>
      api().request('/api/training-requests', { body, token })
    const stored = async (where: string) =>
      (await asAdmin(`/api/training-requests?depth=0&limit=100&${where}`)).body.docs as any[]
    let londonCoordinator: TestUser
    let yorkshireCoordinator: TestUser
    let editor: TestUser
    let londonGroup: Id

    beforeAll(async () => {
      editor = await backend.createUser('editor', 'Edie Editor')
      const group = async (name: string, region: string) =>
        (
          await api().request('/api/groups', {
            body: groupData(name, region, { _status: 'published' }),
            token: editor.token,
          })
        ).body.doc.id as Id
      londonGroup = await group(`London ${tag()}`, 'london')
      londonCoordinator = await backend.createUser('coordinator', 'Lola London', {
        groups: [londonGroup],
      })
      yorkshireCoordinator = await backend.createUser('coordinator', 'Yan Yorkshire', {
        groups: [await group(`Sheffield ${tag()}`, 'yorkshire-and-the-humber')],
      })
      const settings = await api().request('/api/globals/site-settings', {
        body: { organisationName: 'ACT', contact: { email: 'office@example.org' } },
        token: backend.admin.token,
      })
      expect(settings.status).toBe(200)
    }, 120_000)

    describe('a website sending the form', () => {
      it('gets 201 with the id and "received" only, and the request is stored with its consent', async () => {
        const name = `Asker ${tag()}`
        const before = Date.now()
        const { status, body } = await send(requestBody(name))
        expect(status).toBe(201)
        expect(body).toEqual({ id: expect.anything(), status: 'received' })
        const [doc] = await stored(`where[name][equals]=${encodeURIComponent(name)}`)
        expect(doc).toMatchObject({
          id: body.id,
          requestStatus: 'new',
          region: 'london',
          expectedAttendees: 25,
          consent: true,
          consentVersion: expect.any(String),
        })
        expect(Date.parse(doc.consentedAt)).toBeGreaterThanOrEqual(before - 1000)
      })

      it('cannot set the staff fields or claim a consent version: each is refused by name', async () => {
        const name = `Sneaky ${tag()}`
        const { status, body } = await send({
          ...requestBody(name),
          requestStatus: 'scheduled',
          consentVersion: 'made-up',
          notes: 'hi',
        })
        expect(status).toBe(400)
        expect(body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
          'consentVersion',
          'notes',
          'requestStatus',
        ])
        expect(await stored(`where[name][equals]=${encodeURIComponent(name)}`)).toHaveLength(0)
      })

      it.each([
        ['expectedAttendees', { expectedAttendees: 4 }, /from 5 to 500/],
        ['expectedAttendees', { expectedAttendees: 501 }, /from 5 to 500/],
        ['message', { message: 'x'.repeat(2001) }, /at most 2000 characters/],
        ['consent', { consent: false }, /consent must be true/],
        ['email', { email: 'nobody' }, /email address/],
        ['region', { region: 'mars' }, /region must be one of/],
        ['town', { town: undefined }, /town is required/],
        // A line break in a one-line field would forge a line in the staff email ("Email: …").
        ['town', { town: 'Leeds\nEmail:      forged@example.org' }, /one line/],
        ['organisation', { organisation: 'Acme\r\nFrom: someone' }, /one line/],
        ['preferredDates', { preferredDates: 'May\u2028June' }, /one line/],
        // A NUL silently cut the stored message short.
        ['message', { message: 'Before\u0000after' }, /control character/],
      ])(
        'is told which field is wrong (%s) with a 400, and nothing is stored',
        async (field, change, message) => {
          const name = `Wrong ${field} ${tag()}`
          const { status, body } = await send({ ...requestBody(name), ...change })
          expect(status).toBe(400)
          expect(body.errors).toEqual([{ field, message: expect.stringMatching(message) }])
          expect(await stored(`where[name][equals]=${encodeURIComponent(name)}`)).toHaveLength(0)
        },
      )

      it('gets a 400 for malformed JSON and a 413 for an oversized body', async () => {
        const malformed = await api().request('/api/training-requests', {
          method: 'POST',
          rawBody: '{"name": ',
          headers: { 'content-type': 'application/json' },
        })
        expect(malformed.status).toBe(400)
        expect(malformed.body.errors[0].message).toMatch(/Malformed JSON/)
        const huge = await send({ ...requestBody('Huge'), message: 'x'.repeat(70 * 1024) })
        expect(huge.status).toBe(413)
        expect(huge.body.errors[0].message).toMatch(/64kb/)
      })

      it('cannot send one as a GraphQL mutation (only the rate-limited form takes them)', async () => {
        const { errors } = await api().graphql(
          'mutation { createTrainingRequest(data: { name: "x" }) { id } }',
        )
        expect(errors?.[0]?.message).toMatch(/Cannot query field "createTrainingRequest"/)
      })
    })

    describe('a bot that fills in the honeypot', () => {
      it('gets the same kind of reply, and nothing is stored or sent', async () => {
        const name = `Bot ${tag()}`
        const { status, body } = await send({
          ...requestBody(name),
          website: 'http://spam.example',
        })
        expect(status).toBe(201)
        expect(Object.keys(body).sort()).toEqual(['id', 'status'])
        expect(body.status).toBe('received')
        expect(typeof body.id).toBe(backend.adapter === 'mongodb' ? 'string' : 'number')
        expect(await stored(`where[name][equals]=${encodeURIComponent(name)}`)).toHaveLength(0)
        // A real request sent after the bot's is mailed: once its mail is in, a mail the bot's had
        // caused would be in too. Mails about earlier tests' requests may still land meanwhile.
        const after = `After the bot ${tag()}`
        expect((await send(requestBody(after))).status).toBe(201)
        await waitFor('the mail about the request after the bot', () =>
          backend.smtp.mails.find((mail) => mail.raw.includes(after)),
        )
        expect(backend.smtp.mails.filter((mail) => mail.raw.includes(name))).toEqual([])
      })
    })

    describe('nobody reads a request without signing in', () => {
      let id: Id
      const name = `Private Person ${tag()}`
      beforeAll(async () => {
        id = (await send(requestBody(name))).body.id
      })

      it('not as a list, by id, through a filter on its fields, or a count (REST)', async () => {
        const routes = [
          '/api/training-requests',
          `/api/training-requests/${id}`,
          `/api/training-requests?where[name][equals]=${encodeURIComponent(name)}`,
          '/api/training-requests?where[email][exists]=true',
          '/api/training-requests/count',
        ]
        for (const route of routes) {
          const { status, body } = await api().request(route)
          expect({ route, status: [403, 404].includes(status) }).toEqual({ route, status: true })
          expect(JSON.stringify(body)).not.toContain(name)
          expect(JSON.stringify(body)).not.toContain('asker@example.org')
        }
      })

      it('not over GraphQL, listed, by id or counted', async () => {
        for (const query of [
          '{ TrainingRequests { docs { id name email } } }',
          `{ TrainingRequest(id: ${JSON.stringify(id)}) { id name email } }`,
          '{ countTrainingRequests { totalDocs } }',
        ]) {
          const response = await api().graphql(query)
          expect(response.errors?.length ?? 0).toBeGreaterThan(0)
          expect(JSON.stringify(response)).not.toContain(name)
        }
      })

      it('nor as an author (requests hold contact details)', async () => {
        const author = await backend.createUser('author')
        const { status } = await api().request('/api/training-requests', { token: author.token })
        expect(status).toBe(403)
      })
    })

    describe('who is told about a new request', () => {
      it("emails the region's coordinators and the office, through the SMTP server", async () => {
        const name = `Notify Me ${tag()}`
        const { body } = await send({ ...requestBody(name), town: 'Hackney' })
        const mail = await waitFor('the email about the request', () =>
          backend.smtp.mails.find((candidate) => candidate.raw.includes(name)),
        )
        expect(mail.to.sort()).toEqual([londonCoordinator.email, 'office@example.org'].sort())
        expect(mail.to).not.toContain(yorkshireCoordinator.email)
        expect(mail.from).toBe('website@example.org')
        expect(mail.raw).toMatch(/Subject: Training day request: Hackney \(London\)/)
        expect(mail.raw).toContain(
          `https://cms.example.org/admin/collections/training-requests/${body.id}`,
        )
      })

      it('emails only the office when no group is in that region', async () => {
        const name = `Welsh Asker ${tag()}`
        await send({ ...requestBody(name, 'wales') })
        const mail = await waitFor('the email about the request', () =>
          backend.smtp.mails.find((candidate) => candidate.raw.includes(name)),
        )
        expect(mail.to).toEqual(['office@example.org'])
      })
    })

    describe('staff handling requests', () => {
      it('closing one sets closedAt, reopening clears it', async () => {
        const { body } = await send(requestBody(`Closing ${tag()}`))
        const patch = (requestStatus: string) =>
          api().request(`/api/training-requests/${body.id}`, {
            method: 'PATCH',
            body: { requestStatus },
            token: backend.admin.token,
          })
        expect((await patch('declined')).body.doc.closedAt).toEqual(expect.any(String))
        expect((await patch('contacted')).body.doc.closedAt).toBeNull()
      })

      it('a coordinator reads their region only, and cannot change a request', async () => {
        const { body } = await send(requestBody(`Regional ${tag()}`, 'yorkshire-and-the-humber'))
        const own = await api().request(`/api/training-requests/${body.id}`, {
          token: yorkshireCoordinator.token,
        })
        const other = await api().request(`/api/training-requests/${body.id}`, {
          token: londonCoordinator.token,
        })
        expect({ own: own.status, other: other.status }).toEqual({ own: 200, other: 404 })
        const change = await api().request(`/api/training-requests/${body.id}`, {
          method: 'PATCH',
          body: { requestStatus: 'declined' },
          token: yorkshireCoordinator.token,
        })
        expect(change.status).toBe(403)
      })

      it("a coordinator cannot widen their reach through their group's region; a region change counts once published", async () => {
        const far = (await send(requestBody(`Far Away ${tag()}`, 'yorkshire-and-the-humber'))).body
          .id as Id
        const patchGroup = (token: string, body: unknown, query = '') =>
          api().request(`/api/groups/${londonGroup}${query}`, { method: 'PATCH', body, token })
        const reach = async () => ({
          read: (
            await api().request(`/api/training-requests/${far}`, { token: londonCoordinator.token })
          ).status,
          listed: (
            await api().request(`/api/training-requests?where[id][equals]=${far}`, {
              token: londonCoordinator.token,
            })
          ).body.totalDocs,
        })
        // The probe's path: a draft save of their own group, then a published one.
        await patchGroup(
          londonCoordinator.token,
          { region: 'yorkshire-and-the-humber' },
          '?draft=true',
        )
        await patchGroup(londonCoordinator.token, {
          region: 'yorkshire-and-the-humber',
          _status: 'published',
        })
        const latest = await api().request(`/api/groups/${londonGroup}?draft=true`, {
          token: backend.admin.token,
        })
        expect(latest.body.region).toBe('london')
        expect(await reach()).toEqual({ read: 404, listed: 0 })
        // An editor's draft is not yet the group's region: neither reads nor emails follow it.
        expect(
          (await patchGroup(editor.token, { region: 'yorkshire-and-the-humber' }, '?draft=true'))
            .status,
        ).toBe(200)
        expect(await reach()).toEqual({ read: 404, listed: 0 })
        const name = `Draft Region ${tag()}`
        await send(requestBody(name, 'yorkshire-and-the-humber'))
        const mail = await waitFor('the email about the request', () =>
          backend.smtp.mails.find((candidate) => candidate.raw.includes(name)),
        )
        expect(mail.to).not.toContain(londonCoordinator.email)
        await patchGroup(editor.token, { region: 'london' }, '?draft=true')
      })
    })

    describe('retention', () => {
      it("erases closed requests' personal details and keeps the anonymous facts and open requests", async () => {
        const closedName = `Closed Person ${tag()}`
        const openName = `Open Person ${tag()}`
        const closed = (await send({ ...requestBody(closedName), phone: '07700 900000' })).body.id
        const open = (await send(requestBody(openName))).body.id
        await api().request(`/api/training-requests/${closed}`, {
          method: 'PATCH',
          body: { requestStatus: 'completed', notes: 'Called them back.' },
          token: backend.admin.token,
        })

        const queued = await runToExit(
          spawnScript('test/helpers/queueTask.ts', ['eraseClosedTrainingRequests'], {
            DATABASE_URI: backend.database.uri,
            PAYLOAD_JOBS_AUTORUN: 'false',
          }),
          'queueing the retention job',
          90_000,
        )
        expect({ code: queued.code, stderr: queued.code ? queued.stderr : '' }).toEqual({
          code: 0,
          stderr: '',
        })
        const run = await asAdmin('/api/payload-jobs/run?queue=default&disableScheduling=true')
        expect(run.status).toBe(200)

        const erased = (await asAdmin(`/api/training-requests/${closed}?depth=0`)).body
        expect(erased).toMatchObject({
          name: null,
          email: null,
          phone: null,
          organisation: null,
          preferredDates: null,
          message: null,
          notes: null,
          town: 'Somewhere',
          region: 'london',
          expectedAttendees: 25,
          requestStatus: 'completed',
          consentVersion: expect.any(String),
          erasedAt: expect.any(String),
        })
        const kept = (await asAdmin(`/api/training-requests/${open}?depth=0`)).body
        expect(kept).toMatchObject({ name: openName, email: 'asker@example.org', erasedAt: null })
      }, 120_000)
    })

    describe('when the mail server is down', () => {
      it('the request is still stored and acknowledged, and the failure is logged', async () => {
        await backend.smtp.close()
        const name = `Mail Down ${tag()}`
        const { status } = await send(requestBody(name))
        expect(status).toBe(201)
        expect(await stored(`where[name][equals]=${encodeURIComponent(name)}`)).toHaveLength(1)
        await waitFor('the logged failure', () =>
          backend.server.output().includes('telling the coordinators failed') ? true : undefined,
        )
      })
    })
  },
)

describeEachAdapter(
  'training requests: rate limit',
  (backend) => {
    const send = (name: string, forwardedFor?: string) =>
      backend.api.request('/api/training-requests', {
        body: requestBody(name),
        // From a website's form, as a browser sends it: the 429 must be readable there too.
        headers: {
          origin: 'https://charity.example',
          ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
        },
      })

    it('answers 429 with Retry-After past the limit, per client address behind the proxy, and stores nothing', async () => {
      const client = '203.0.113.7'
      for (let i = 0; i < 3; i++) expect((await send(`Allowed ${i}`, client)).status).toBe(201)
      const name = `Over the limit ${tag()}`
      const over = await send(name, client)
      expect(over.status).toBe(429)
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
      // A browser hands the website's script the answer, and its Retry-After, only with these.
      expect(over.headers.get('access-control-allow-origin')).toBe('*')
      expect(over.headers.get('access-control-expose-headers')).toMatch(/\bRetry-After\b/)
      expect(over.body).toEqual({
        errors: [{ message: expect.stringMatching(/Too many training requests.*at most 3/) }],
      })
      // A forged left-most address changes nothing: only the proxy's own entry counts.
      expect((await send(name, `198.51.100.1, ${client}`)).status).toBe(429)
      const stored = await backend.api.request(
        `/api/training-requests?where[name][equals]=${encodeURIComponent(name)}`,
        { token: backend.admin.token },
      )
      expect(stored.body.totalDocs).toBe(0)
      // Another visitor behind the same proxy is not held back.
      expect((await send(`Someone else ${tag()}`, '203.0.113.8')).status).toBe(201)
      // Reading is not limited.
      expect((await backend.api.request('/api/groups')).status).toBe(200)
    })

    it('does not hold staff entering a request taken by phone to the public form’s limit', async () => {
      const office = '203.0.113.9'
      for (let i = 0; i < 3; i++) expect((await send(`Public ${i}`, office)).status).toBe(201)
      expect((await send(`Public over ${tag()}`, office)).status).toBe(429)
      // The same office address, signed in: the admin's "Create New" for a phoned-in request.
      const byPhone = await backend.api.request('/api/training-requests', {
        body: requestBody(`By phone ${tag()}`),
        headers: { 'x-forwarded-for': office },
        token: backend.admin.token,
      })
      expect(byPhone.status).toBe(201)
    })
  },
  { env: { TRAINING_REQUEST_RATE_LIMIT: '3', TRUST_PROXY: 'true' } },
)
