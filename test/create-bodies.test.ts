import { countDocs, unique } from './helpers/content.ts'
import { describeEachAdapter } from './helpers/harness.ts'

const COLLECTIONS = ['posts', 'campaigns', 'donation-appeals', 'donations', 'users']

describeEachAdapter('create requests with a body Payload cannot read', (backend) => {
  it.each(COLLECTIONS)(
    'POST /api/%s as the admin: no body, text/plain or a multipart body whose boundary does not match is a 4xx with a message, and nothing is stored',
    async (collection) => {
      const before = await countDocs(backend, collection)
      const bodies: [string, Record<string, string>, string | undefined][] = [
        ['no body', {}, undefined],
        ['no body, JSON type', { 'content-type': 'application/json' }, undefined],
        ['text/plain', { 'content-type': 'text/plain' }, '{"title":"x"}'],
        [
          'mismatched boundary',
          { 'content-type': 'multipart/form-data; boundary=expected' },
          '--other\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":"x"}\r\n--other--\r\n',
        ],
        [
          // Ends with the header's boundary but opens with none: a form with no parts.
          'no part opens with the boundary',
          { 'content-type': 'multipart/form-data; boundary=abc' },
          'garbage --abc--',
        ],
        [
          'a form whose only part is not the document',
          { 'content-type': 'multipart/form-data; boundary=abc' },
          '--abc\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--abc--\r\n',
        ],
      ]
      for (const [what, headers, rawBody] of bodies) {
        const reply = await backend.api.request(`/api/${collection}`, {
          method: 'POST',
          headers,
          rawBody,
          token: backend.admin.token,
        })
        const answer = { what, status: reply.status, message: reply.body?.errors?.[0]?.message }
        expect(answer).toEqual({ what, status: answer.status, message: expect.any(String) })
        expect([400, 415]).toContain(answer.status)
      }
      expect(await countDocs(backend, collection)).toBe(before)
    },
  )
})

describeEachAdapter('create and update requests with values of the wrong JSON type', (backend) => {
  const refused = async (path: string, method: string, body: unknown, message: RegExp) => {
    const reply = await backend.api.request(path, { method, body, token: backend.admin.token })
    expect({ path, body, status: reply.status, message: reply.body?.errors?.[0]?.message }).toEqual(
      { path, body, status: 400, message: expect.stringMatching(message) },
    )
  }

  it('answers 400 naming the field, where it sits and what it takes, and stores nothing (Payload stored `true` as the text "true")', async () => {
    const counts = async () =>
      Promise.all(['categories', 'events', 'pages', 'posts'].map((c) => countDocs(backend, c)))
    const before = await counts()
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['categories', { title: [[[]]], slug: 'wrong-type' }, /^title takes text, not an array/],
      ['categories', { title: 'Wrong type', slug: true }, /^slug takes text, not true/],
      [
        'events',
        { title: 'Wrong type', registration: { capacity: false } },
        /^registration\.capacity takes a number, not false/,
      ],
      [
        'events',
        { title: 'Wrong type', speakers: [5] },
        /^speakers\[0\] takes an object, not a number/,
      ],
      [
        'pages',
        { title: 'Wrong type', layout: [{ blockType: 'faq', items: [{ question: {} }] }] },
        /^layout\[0\]\.items\[0\]\.question takes text, not an object/,
      ],
      ['pages', { title: 'Wrong type', layout: [7] }, /^layout\[0\] takes a block/],
      ['posts', { title: 'Wrong type', categories: 'news' }, /^categories takes a list, not text/],
    ]
    for (const [collection, body, message] of cases) {
      await refused(`/api/${collection}`, 'POST', body, message)
    }
    expect(await counts()).toEqual(before)
  })

  it('refuses the same on an update and on a global, leaving the stored values as they were', async () => {
    const created = await backend.api.request('/api/categories', {
      body: { title: 'Typed right', slug: unique('typed-right') },
      token: backend.admin.token,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await refused(
      `/api/categories/${id}`,
      'PATCH',
      { title: 12345 },
      /^title takes text, not a number/,
    )
    const after = await backend.api.request(`/api/categories/${id}`, { token: backend.admin.token })
    expect(after.body.title).toBe('Typed right')
    await refused(
      '/api/globals/site-settings',
      'POST',
      { organisationName: ['x'] },
      /^organisationName takes text, not an array/,
    )
  })

  it('still takes null to clear a value, numbers written as text and an empty list', async () => {
    const reply = await backend.api.request('/api/events?draft=true', {
      body: {
        title: 'Cleared',
        _status: 'draft',
        registration: { url: null, capacity: null, isFree: true },
        speakers: [],
        location: { latitude: '51.5', longitude: null },
      },
      token: backend.admin.token,
    })
    expect({ status: reply.status, errors: reply.body.errors }).toEqual({
      status: 201,
      errors: undefined,
    })
  })

  it('clears a group sent as null, as the API answers an empty one (Payload failed on it with a 500)', async () => {
    const token = backend.admin.token
    const created = await backend.api.request('/api/events?draft=true', {
      body: { title: 'Registration to clear', _status: 'draft', registration: { capacity: 40 } },
      token,
    })
    expect(created.status).toBe(201)
    const path = `/api/events/${created.body.doc.id}?draft=true`
    const cleared = await backend.api.request(path, {
      method: 'PATCH',
      body: { registration: null },
      token,
    })
    expect({ status: cleared.status, errors: cleared.body.errors }).toEqual({
      status: 200,
      errors: undefined,
    })
    const read = await backend.api.request(path, { token })
    expect(read.body.registration?.capacity ?? null).toBeNull()
    // On a create too.
    const createdEmpty = await backend.api.request('/api/events?draft=true', {
      body: { title: 'No registration', _status: 'draft', registration: null },
      token,
    })
    expect(createdEmpty.status).toBe(201)
  })
})
