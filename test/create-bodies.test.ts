import { countDocs } from './helpers/content.ts'
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
