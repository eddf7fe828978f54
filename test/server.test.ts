import { describeEachAdapter } from './helpers/harness.ts'
import { runServerToExit } from './helpers/server.ts'

describeEachAdapter('the backend', (backend) => {
  it('answers GET /api/health with ok and the name of the database adapter', async () => {
    const { status, body } = await backend.api.request('/api/health')
    expect(status).toBe(200)
    expect(body).toEqual({ status: 'ok', database: backend.adapter })
  })

  it('makes the first registered account an admin', async () => {
    expect(backend.admin.role).toBe('admin')
  })

  it('lets an admin create a user over REST and read it back over REST and GraphQL', async () => {
    const created = await backend.api.request('/api/users', {
      body: {
        email: 'rest-created@example.org',
        password: 'a-long-password-1',
        name: 'Rita Rest',
        role: 'editor',
      },
      token: backend.admin.token,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    const read = await backend.api.request(`/api/users/${id}`, { token: backend.admin.token })
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({
      email: 'rest-created@example.org',
      name: 'Rita Rest',
      role: 'editor',
    })

    const gql = await backend.api.graphql(
      `query ($id: ${typeof id === 'number' ? 'Int' : 'String'}!) { User(id: $id) { email name role } }`,
      { id },
      backend.admin.token,
    )
    expect(gql.errors).toBeUndefined()
    expect(gql.data.User).toEqual({
      email: 'rest-created@example.org',
      name: 'Rita Rest',
      role: 'editor',
    })
  })

  it('lets an admin create a user over GraphQL and read it back over REST', async () => {
    const gql = await backend.api.graphql(
      `mutation { createUser(data: { email: "gql-created@example.org", password: "a-long-password-2", name: "Gwen GraphQL", role: author }) { id email role } }`,
      undefined,
      backend.admin.token,
    )
    expect(gql.errors).toBeUndefined()
    expect(gql.data.createUser).toMatchObject({ email: 'gql-created@example.org', role: 'author' })

    const read = await backend.api.request(`/api/users/${gql.data.createUser.id}`, {
      token: backend.admin.token,
    })
    expect(read.body).toMatchObject({ name: 'Gwen GraphQL', role: 'author' })
  })

  it('does not let anonymous readers list users over REST or GraphQL', async () => {
    const rest = await backend.api.request('/api/users')
    expect(rest.status).toBe(403)

    const gql = await backend.api.graphql('{ Users { docs { email } } }')
    expect(gql.data?.Users ?? null).toBeNull()
    expect(gql.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  it('answers malformed JSON with a 400 that says so, and stores nothing', async () => {
    const before = await backend.api.request('/api/users?limit=0', { token: backend.admin.token })
    const rest = await backend.api.request('/api/users', {
      method: 'POST',
      rawBody: '{"email": "broken@example.org", ',
      headers: { 'content-type': 'application/json' },
      token: backend.admin.token,
    })
    expect(rest.status).toBe(400)
    expect(rest.body.errors[0].message).toMatch(/Malformed JSON/)

    const gql = await backend.api.request('/api/graphql', {
      method: 'POST',
      rawBody: '{"query": ',
      headers: { 'content-type': 'application/json' },
    })
    expect(gql.status).toBe(400)

    const after = await backend.api.request('/api/users?limit=0', { token: backend.admin.token })
    expect(after.body.totalDocs).toBe(before.body.totalDocs)
  })

  it('answers an oversized JSON body with a 413 that names the limit', async () => {
    const huge = JSON.stringify({ email: 'big@example.org', name: 'x'.repeat(3 * 1024 * 1024) })
    const response = await backend.api.request('/api/users', {
      method: 'POST',
      rawBody: huge,
      headers: { 'content-type': 'application/json' },
      token: backend.admin.token,
    })
    expect(response.status).toBe(413)
    expect(response.body.errors[0].message).toMatch(/too large: the limit is 2mb/)
  })
})

describe('start-up refusals', () => {
  it('stops on an unknown DATABASE_URI scheme and lists the accepted forms', async () => {
    const result = await runServerToExit({ DATABASE_URI: 'mysql://user:hunter2@localhost/charity' })
    expect(result.code).not.toBe(0)
    const output = result.stdout + result.stderr
    expect(output).toMatch(/unsupported scheme "mysql:"/)
    expect(output).toMatch(/postgres:\/\//)
    expect(output).toMatch(/mongodb:\/\//)
    expect(output).toMatch(/file:/)
    // Credentials in the URI are never echoed.
    expect(output).not.toMatch(/hunter2/)
  })

  it.each([
    ['a known default', 'YOUR_SECRET_HERE', /known default/],
    ['missing', '', /missing/],
    ['too short', 'short-but-not-default', /shorter than 32/],
  ])('refuses to start in production when PAYLOAD_SECRET is %s', async (_case, secret, reason) => {
    const result = await runServerToExit({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })
    expect(result.code).not.toBe(0)
    expect(result.stdout + result.stderr).toMatch(/Refusing to start in production: PAYLOAD_SECRET/)
    expect(result.stdout + result.stderr).toMatch(reason)
  })

  it.each([
    ['unset', undefined, /SERVER_URL is not set/],
    ['not an origin', 'https://cms.example.org/api', /origin only/],
    ['not http', 'ftp://cms.example.org', /not http/],
  ])(
    'refuses to start in production when SERVER_URL is %s, saying what to set',
    async (_case, serverUrl, reason) => {
      const result = await runServerToExit({
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'a'.repeat(64),
        SERVER_URL: serverUrl,
      })
      expect(result.code).not.toBe(0)
      const output = result.stdout + result.stderr
      expect(output).toMatch(/Refusing to start in production: SERVER_URL/)
      expect(output).toMatch(reason)
      expect(output).toMatch(/Set SERVER_URL to the address the public reaches this backend at/)
    },
  )
})

describeEachAdapter(
  'a first production start on an empty database',
  (backend) => {
    it('creates the tables, so the first admin registers and content can be written and read', async () => {
      // bootBackend has already registered the first admin on this production server.
      expect(backend.admin.role).toBe('admin')
      const created = await backend.api.request('/api/posts', {
        body: { title: 'First post in production', _status: 'published' },
        token: backend.admin.token,
      })
      expect(created.status).toBe(201)
      const list = await backend.api.request('/api/posts')
      expect(list.body.docs.map((doc: { title: string }) => doc.title)).toEqual([
        'First post in production',
      ])
    })
  },
  { env: { NODE_ENV: 'production', PAYLOAD_JOBS_AUTORUN: 'false' } },
)
