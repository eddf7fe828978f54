import fc from 'fast-check'

/**
 * fast-check generators for the fuzz suite: every request they make is wrong
 * somewhere (content type, body, query, path or credentials), the way a
 * website developer's first attempts are.
 */

export type RouteField = { name: string; type: string; required: boolean }
export type Endpoint = { method: string; path: string; collection?: string; global?: string }
export type Routes = {
  endpoints: Endpoint[]
  collections: { slug: string; upload: boolean; auth: boolean; fields: RouteField[] }[]
  globals: { slug: string; fields: RouteField[] }[]
}
export type Role = 'admin' | 'anonymous' | 'author' | 'editor'

export type FuzzRequest = {
  role: Role
  method: string
  path: string
  /** What the request tries, for a failure message. */
  kind: string
  headers: Record<string, string>
  body?: Uint8Array | string
}

/** Percent-encoding; a lone surrogate (which has no UTF-8 form) becomes U+FFFD as a browser would send it. */
const enc = (value: string) => encodeURIComponent(value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'))

const WEIRD_STRINGS = [
  '',
  ' ',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '99999999999999999999999',
  '0x10',
  '__proto__',
  'constructor',
  "1' OR '1'='1",
  '1; DROP TABLE posts',
  '%',
  '%ZZ',
  '%00',
  '..',
  '../../etc/passwd',
  '..%2F..%2Fusers',
  '\u0000',
  '\u202etxt.exe',
  '\uFEFF',
  '\uD800',
  '😀'.repeat(50),
  'e\u0301'.repeat(40),
  'a'.repeat(3000),
  '<script>alert(1)</script>',
  '[object Object]',
]

const weirdString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WEIRD_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
)

/** Percent-encode what must be, but leave path tricks (`..`, `/`) raw half the time. */
const trickyId = fc
  .tuple(weirdString, fc.boolean())
  .map(([value, raw]) =>
    raw && /^[\x21-\x7e]*$/.test(value) && !value.includes('?') && !value.includes('#')
      ? value
      : enc(value),
  )

// Ids that look right (and may exist) take a request past the id check, into Payload.
const inPath = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('1', '2', '3', '999999') },
  { weight: 2, arbitrary: trickyId },
)

const badNumber = fc.oneof(
  fc.constantFrom(
    '-1',
    '-999999',
    '0',
    'NaN',
    'Infinity',
    '1e400',
    '1.5',
    'abc',
    '',
    '[]',
    '9007199254740993',
    '99999999999',
  ),
  fc.integer().map(String),
)

const deepWhere = fc.integer({ min: 20, max: 400 }).map((depth) => {
  let key = 'where'
  for (let i = 0; i < depth; i++) key += '[and][0]'
  return `${key}[title][equals]=x`
})

const whereParam = fc.oneof(
  deepWhere,
  fc.constantFrom(
    'where=notanobject',
    'where[title][unknownop]=x',
    'where[title]=x',
    'where[or]=x',
    'where[and][x][y]=z',
    'where[id][in]=a,b,,c',
    'where[id][equals]=..%2F..',
    'where[createdAt][greater_than]=not-a-date',
    'where[password][exists]=true',
    'where[hash][exists]=true',
    'where[salt][equals]=x',
    'where[nosuchfield][equals]=1',
    'where[title][like]=%25',
    'where[title][contains]=%00',
    'where[slug][equals][0][1]=x',
    'where[_status][equals]=draft',
    'where[id][near]=1,2,3',
    'where[location][near]=abc',
    'where[location][within]=x',
    'where[title][exists]=maybe',
    'where[author.email][equals]=a',
    'where[categories.title][like]=x',
    `where[title][equals]=${'x'.repeat(5000)}`,
    'where[__proto__][polluted]=1',
    'where[constructor][prototype][x]=1',
  ),
  fc
    .tuple(fc.constantFrom('title', 'slug', 'id', 'createdAt', 'status'), weirdString, weirdString)
    .map(([field, op, value]) => `where[${field}][${enc(op)}]=${enc(value)}`),
)

/** Site search's own: full-text operators, SQL and over-long text are words or a 400, never a 5xx. */
const searchWords = fc
  .oneof(
    weirdString,
    fc.constantFrom(
      '"',
      'a OR b',
      'NEAR(a b)',
      '{title}: x',
      'a:* & !b',
      '-',
      "'; DROP TABLE posts; --",
      'x'.repeat(201),
      'ﬁ Ⅻ ǅ',
    ),
  )
  .map((v) => `q=${enc(v)}`)

const queryString = fc
  .record(
    {
      limit: badNumber.map((v) => `limit=${enc(v)}`),
      page: badNumber.map((v) => `page=${enc(v)}`),
      depth: badNumber.map((v) => `depth=${enc(v)}`),
      where: whereParam,
      sort: weirdString.map((v) => `sort=${enc(v)}`),
      draft: fc.constantFrom('draft=yes', 'draft=', 'draft[]=1'),
      locale: weirdString.map((v) => `locale=${enc(v)}`),
      select: fc.constantFrom('select[password]=true', 'select=x', 'select[title][x][y]=true'),
      populate: fc.constantFrom('populate[x]=true', 'populate=1'),
      joins: fc.constantFrom('joins=false', 'joins[x][limit]=-1'),
      pagination: fc.constantFrom('pagination=no', 'pagination=false&limit=-5'),
      q: searchWords,
      type: weirdString.map((v) => `type=${enc(v)}`),
    },
    { requiredKeys: [] },
  )
  .map((parts) => Object.values(parts).join('&'))

/** Most requests carry no query or one bad parameter, so the body and path get tried too. */
const someQuery = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: queryString.chain((q) => fc.constantFrom(...(q ? q.split('&') : ['']))) },
  { weight: 1, arbitrary: queryString },
)

/** A value of the wrong type for a field of `type`. */
const wrongValue = (type: string) => {
  const options: fc.Arbitrary<unknown>[] = [
    fc.constant(null),
    fc.constant([]),
    fc.constant({}),
    fc.constant({ $ne: null }),
    fc.constant(true),
    fc.constant(-1),
    fc.constant(1e308),
    fc.constant('x'.repeat(70_000)),
    fc.constant([[[[[]]]]]),
    weirdString,
  ]
  if (['text', 'textarea', 'email', 'code', 'select', 'radio', 'date'].includes(type)) {
    options.push(fc.constant(12345), fc.constant({ nested: 'object' }))
  }
  if (['number', 'relationship', 'upload'].includes(type)) {
    options.push(fc.constant('not-a-number'), fc.constant(-99999999), fc.constant({ id: 'x' }))
  }
  return fc.oneof(...options)
}

/** An object body whose every field has a wrong value, and required ones are among them. */
const wrongTypedBody = (fields: RouteField[]) => {
  const editable = fields.filter((field) => !['id', 'createdAt', 'updatedAt'].includes(field.name))
  if (editable.length === 0) return fc.constant({ unknownField: '\u0000' })
  return fc.record(
    Object.fromEntries(editable.map((field) => [field.name, wrongValue(field.type)])),
  )
}

const deepJSON = fc
  .integer({ min: 200, max: 20_000 })
  .map((depth) => '['.repeat(depth) + ']'.repeat(depth))

type Body = { kind: string; headers: Record<string, string>; body?: string | Uint8Array }

const jsonBodies = (fields: RouteField[]): fc.Arbitrary<Body> =>
  fc.oneof(
    // The reported bug: JSON sent without a JSON content type (curl's default form type, text/plain).
    wrongTypedBody(fields).chain((object) =>
      fc.constantFrom<Body>(
        { kind: 'JSON with no content type', headers: {}, body: JSON.stringify(object) },
        {
          kind: 'JSON as text/plain',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify(object),
        },
        {
          kind: 'JSON as a form',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: JSON.stringify(object),
        },
      ),
    ),
    fc.constant<Body>({
      kind: 'form-encoded fields',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'title=x&_status=published&role=admin',
    }),
    wrongTypedBody(fields).map((object) => {
      const text = JSON.stringify(object)
      return {
        kind: 'truncated JSON',
        headers: { 'content-type': 'application/json' },
        body: text.slice(0, Math.max(1, text.length >> 1)),
      }
    }),
    deepJSON.map((text) => ({
      kind: 'deeply nested JSON',
      headers: { 'content-type': 'application/json' },
      body: text,
    })),
    fc
      .constantFrom('null', '[]', '"x"', '1', 'true', '{}', '[{}]', '{"__proto__":{"admin":true}}')
      .map((text) => ({
        kind: `JSON ${text}`,
        headers: { 'content-type': 'application/json' },
        body: text,
      })),
    wrongTypedBody(fields).map((object) => ({
      kind: 'wrong type for every field',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(object),
    })),
    fc.constant<Body>({
      kind: 'JSON with a wrong charset',
      headers: { 'content-type': 'application/json; charset=utf-16' },
      body: '{"title":"x"}',
    }),
    fc.constant<Body>({
      kind: 'invalid UTF-8 in JSON',
      headers: { 'content-type': 'application/json' },
      body: new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]),
    }),
    fc.constant<Body>({
      kind: 'an over-long JSON body',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(2_200_000) }),
    }),
  )

const multipart = (
  parts: { name: string; filename?: string; type?: string; content: Uint8Array | string }[],
  boundary = 'fuzzBoundary7MA4YWxk',
) => {
  const chunks: Buffer[] = []
  for (const part of parts) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`,
      ),
    )
    chunks.push(Buffer.from(part.content))
    chunks.push(Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: new Uint8Array(Buffer.concat(chunks)),
  }
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

/** An upload with valid alt text and one file that is wrong in the way `kind` says. */
const fileUpload = (
  kind: string,
  file: { filename: string; type: string; content: string | Uint8Array },
): Body => ({
  kind,
  ...multipart([
    { name: '_payload', content: '{"alt":"x"}' },
    { name: 'file', ...file },
  ]),
})

const multipartBodies: fc.Arbitrary<Body> = fc.oneof(
  fc.constant({
    kind: 'multipart with no file',
    ...multipart([{ name: '_payload', content: '{"alt":"x"}' }]),
  }),
  fc.constant({
    kind: 'multipart with a broken _payload',
    ...multipart([
      { name: '_payload', content: '{"alt":' },
      { name: 'file', filename: 'a.png', type: 'image/png', content: 'not a png' },
    ]),
  }),
  fc.constant(
    fileUpload('an SVG with a script', {
      filename: 'logo.svg',
      type: 'image/svg+xml',
      content: SVG,
    }),
  ),
  fc.constant(
    fileUpload('an SVG named .png', { filename: 'logo.png', type: 'image/png', content: SVG }),
  ),
  fc.constant(
    fileUpload('an empty file', { filename: 'empty.jpg', type: 'image/jpeg', content: '' }),
  ),
  fc.constant(
    fileUpload('a script named .pdf', {
      filename: 'doc.pdf',
      type: 'application/pdf',
      content: '#!/bin/sh\nrm -rf /\n',
    }),
  ),
  fc.constant(
    fileUpload('a path in the filename', {
      filename: '../../../etc/passwd',
      type: 'image/png',
      content: 'x',
    }),
  ),
  fc.constant({
    kind: 'multipart with no boundary',
    headers: { 'content-type': 'multipart/form-data' },
    body: 'garbage',
  }),
  fc.constant({
    kind: 'truncated multipart',
    headers: { 'content-type': 'multipart/form-data; boundary=abc' },
    body: '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nxx',
  }),
  fc.integer({ min: 1, max: 10 }).map((n) =>
    fileUpload('an oversized upload', {
      filename: 'big.png',
      type: 'image/png',
      content: new Uint8Array(21 * 1024 * 1024 + n),
    }),
  ),
)

/** Site search with any mix of its parameters: typed text is never an error beyond a 400. */
export const searchRequest = (): fc.Arbitrary<Omit<FuzzRequest, 'role'>> =>
  fc.tuple(searchWords, queryString).map(([words, query]) => ({
    kind: 'site search',
    method: 'GET',
    path: `/api/search?${[words, query].filter(Boolean).join('&')}`,
    headers: {},
  }))

/** A request to one discovered REST endpoint, wrong somewhere. */
export const restRequest = (
  routes: Routes,
): fc.Arbitrary<Omit<FuzzRequest, 'role'> & { role?: Role }> => {
  const fieldsOf = (endpoint: Endpoint) =>
    routes.collections.find((c) => c.slug === endpoint.collection)?.fields ??
    routes.globals.find((g) => g.slug === endpoint.global)?.fields ??
    []
  const isUpload = (endpoint: Endpoint) =>
    routes.collections.find((c) => c.slug === endpoint.collection)?.upload ?? false
  return fc.constantFrom(...routes.endpoints).chain((endpoint) => {
    const method = endpoint.method.toUpperCase()
    // A route that reads no body (a delete, a duplicate) given a real id is a good request
    // whatever body it carries: it would change the database, so such routes get ids that name nothing.
    const readsNoBody = method === 'DELETE' || /\/duplicate$/.test(endpoint.path)
    const idSegment = readsNoBody ? trickyId : inPath
    const path = fc
      .tuple(
        ...endpoint.path
          .split('/')
          .map((segment) => (segment.startsWith(':') ? idSegment : fc.constant(segment))),
      )
      .map((segments) => segments.join('/').replace(/\/+$/, ''))
    const bodies: fc.Arbitrary<Body> =
      method === 'GET'
        ? fc.constant({ kind: 'query', headers: {} })
        : isUpload(endpoint)
          ? fc.oneof(jsonBodies(fieldsOf(endpoint)), multipartBodies)
          : // A global requires nothing, so a well-formed form carrying only an unknown field is a
            // good (empty) update: it would write the global's first row.
            endpoint.global
            ? jsonBodies(fieldsOf(endpoint))
            : fc.oneof(
                { weight: 6, arbitrary: jsonBodies(fieldsOf(endpoint)) },
                { weight: 1, arbitrary: multipartBodies },
              )
    return fc
      .tuple(
        path,
        method === 'GET'
          ? someQuery
          : fc.oneof(
              { weight: 4, arbitrary: fc.constant('') },
              { weight: 1, arbitrary: someQuery },
            ),
        bodies,
      )
      .map(([p, query, body]) => ({
        method,
        path: query ? `${p}?${query}` : p,
        kind: `${endpoint.method} ${endpoint.path}: ${body.kind}`,
        headers: body.headers,
        body: body.body,
      }))
  })
}

/** GraphQL requests that are malformed, too big, too deep or typed wrong. */
export const graphqlRequest = (
  queryFields: string[],
  mutationFields: string[],
): fc.Arbitrary<Omit<FuzzRequest, 'role'>> => {
  const listField = fc.constantFrom(...queryFields)
  const json = (kind: string, payload: unknown): Omit<FuzzRequest, 'role'> => ({
    method: 'POST',
    path: '/api/graphql',
    kind: `GraphQL: ${kind}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  })
  return fc.oneof(
    fc.tuple(listField, fc.integer({ min: 50, max: 2000 })).map(([field, n]) =>
      json('alias bomb', {
        query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field} { __typename }`).join(' ')} }`,
      }),
    ),
    fc.integer({ min: 20, max: 300 }).map((n) =>
      json(
        'batch',
        Array.from({ length: n }, () => ({ query: '{ __typename }' })),
      ),
    ),
    fc.integer({ min: 10, max: 60 }).map((depth) =>
      json('depth bomb', {
        query: `{ Posts { docs { ${'author { posts { docs { '.repeat(depth)}id${' } } }'.repeat(depth)} } } }`,
      }),
    ),
    fc
      .integer({ min: 100, max: 5000 })
      .map((depth) =>
        json('nested selection', { query: `{${'{'.repeat(depth)}${'}'.repeat(depth)}}` }),
      ),
    fc.tuple(listField, weirdString).map(([field, value]) =>
      json('wrong argument type', {
        query: `query($l: Int) { ${field}(limit: $l) { __typename } }`,
        variables: { l: value },
      }),
    ),
    fc.tuple(listField, badNumber).map(([field, value]) =>
      json('bad limit', {
        query: `{ ${field}(limit: ${Number.isFinite(Number(value)) && value !== '' ? value : 0}, page: -1) { __typename } }`,
      }),
    ),
    fc.tuple(listField, whereParam).map(([field, where]) =>
      json('where with a bad operator', {
        query: `{ ${field}(where: { ${where.includes('unknownop') ? 'title: { unknownop: "x" }' : 'nosuch: { equals: 1 }'} }) { __typename } }`,
      }),
    ),
    weirdString.map((text) => json('malformed query', { query: `{ ${text}` })),
    fc
      .constantFrom(
        null,
        1,
        [],
        'query',
        { query: 1 },
        { query: null },
        { variables: 'x' },
        { query: '{ __typename }', variables: [] },
        { query: '{ __typename }', operationName: 5 },
      )
      .map((payload) => json('wrong body shape', payload)),
    fc.constantFrom(...(mutationFields.length ? mutationFields : ['__typename'])).map((field) =>
      json('mutation with wrong arguments', {
        query: `mutation { ${field}(data: { nosuch: 1 }, id: "../x") { __typename } }`,
      }),
    ),
    fc.constant<Omit<FuzzRequest, 'role'>>({
      method: 'POST',
      path: '/api/graphql',
      kind: 'GraphQL: not JSON',
      headers: { 'content-type': 'application/json' },
      body: '{ query: ',
    }),
    fc.constant<Omit<FuzzRequest, 'role'>>({
      method: 'POST',
      path: '/api/graphql',
      kind: 'GraphQL: query as text/plain',
      headers: { 'content-type': 'text/plain' },
      body: '{ Posts { docs { id } } }',
    }),
    fc.constant<Omit<FuzzRequest, 'role'>>({
      method: 'POST',
      path: '/api/graphql',
      kind: 'GraphQL: no body',
      headers: {},
    }),
    fc.constant<Omit<FuzzRequest, 'role'>>({
      method: 'GET',
      path: '/api/graphql?query=%7B__typename%7D',
      kind: 'GraphQL: GET',
      headers: {},
    }),
  )
}

/** Signed or unsigned deliveries to the donations webhook that must not be booked. */
export const webhookRequest = (
  sign: (body: string) => string,
): fc.Arbitrary<Omit<FuzzRequest, 'role'>> => {
  const fieldValue = fc.oneof(
    fc.constant(null),
    fc.constant(-100),
    fc.constant('NaN'),
    fc.constant(1e308),
    fc.constant([]),
    fc.constant({}),
    weirdString,
  )
  const badDonation = fc.record(
    {
      externalId: fieldValue,
      amount: fieldValue,
      currency: fieldValue,
      appeal: fieldValue,
      status: fieldValue,
    },
    { requiredKeys: [] },
  )
  return fc.oneof(
    badDonation.map((donation) => {
      const body = JSON.stringify(donation)
      return {
        method: 'POST',
        path: '/api/donations/webhook',
        kind: 'webhook: signed, wrong fields',
        headers: { 'content-type': 'application/json', 'x-signature': sign(body) },
        body,
      }
    }),
    badDonation.map((donation) => ({
      method: 'POST',
      path: '/api/donations/webhook',
      kind: 'webhook: unsigned',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(donation),
    })),
    fc.constantFrom('sha256=', 'sha256=zz', 'md5=abc', '', 'x'.repeat(5000)).map((signature) => ({
      method: 'POST',
      path: '/api/donations/webhook',
      kind: 'webhook: bad signature',
      headers: { 'content-type': 'application/json', 'x-signature': signature },
      body: '{"externalId":"pi_x","amount":100}',
    })),
    fc.constantFrom('{"amount":', 'null', '[]', '', '\u0000').map((body) => ({
      method: 'POST',
      path: '/api/donations/webhook',
      kind: 'webhook: signed garbage',
      headers: { 'content-type': 'application/json', 'x-signature': sign(body) },
      body,
    })),
    fc.constant({
      method: 'POST',
      path: '/api/donations/webhook',
      kind: 'webhook: signed as a form',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-signature': sign('amount=1'),
      },
      body: 'amount=1',
    }),
  )
}

// ---------------------------------------------------------------------------
// The wider properties (issue 31): every collection × operator values of every
// JSON type (in `or`/`and` groups, with `depth` and `locale` beside), long
// lists, and every create content type. Roles come from the suite, per request.

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'like',
  'not_like',
  'contains',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
] as const

/**
 * An operator's value as the query string writes each JSON type: a string, a
 * number, a boolean or null as text, an array (`[0]=a&[1]=b`), an object
 * (`[$ne]=x`), an object inside an object, or no value at all.
 */
type OperatorValue = { type: string; suffixes: string[] }

const operatorValue: fc.Arbitrary<OperatorValue> = fc.oneof<fc.Arbitrary<OperatorValue>[]>(
  weirdString.map((value) => ({ type: 'string', suffixes: [`=${enc(value)}`] })),
  fc
    .constantFrom('0', '-1', '1.5', '1e400', '9007199254740993', '-0')
    .map((value) => ({ type: 'number', suffixes: [`=${value}`] })),
  fc
    .constantFrom('true', 'false', 'null')
    .map((value) => ({ type: 'boolean or null', suffixes: [`=${value}`] })),
  fc.array(weirdString, { minLength: 1, maxLength: 6 }).map((values) => ({
    type: 'array',
    suffixes: values.map((value, index) => `[${index}]=${enc(value)}`),
  })),
  fc
    .tuple(
      fc.constantFrom('$ne', '$gt', 'equals', 'or', 'and', '0', '__proto__', 'constructor'),
      weirdString,
    )
    .map(([key, value]) => ({ type: 'object', suffixes: [`[${enc(key)}]=${enc(value)}`] })),
  fc.constant({ type: 'nested object', suffixes: ['[a][b][c]=1', '[a][d]=2'] }),
  fc.constant({ type: 'no value', suffixes: [''] }),
)

/** Where a condition sits: alone, or inside `or`/`and` groups up to three deep. */
const conditionPrefix = fc
  .array(fc.tuple(fc.constantFrom('or', 'and'), fc.nat({ max: 2 })), { maxLength: 3 })
  .map((groups) => `where${groups.map(([group, index]) => `[${group}][${index}]`).join('')}`)

/** Beside the `where`: the parameters the probe paired with it. */
const besideWhere = fc.constantFrom(
  '',
  'depth=0',
  'depth=1000',
  'depth=-1',
  'locale=cy',
  'locale=..%2F..%2Fetc',
  'locale=all',
  'locale=en&fallback-locale=none',
  'draft=true',
  'limit=0&pagination=false',
)

const BUILT_IN_FIELDS = ['id', '_status', 'createdAt', 'updatedAt']

/** Collections the REST API serves (payload-migrations has no routes: Payload answers 501 to all). */
const servedCollections = (routes: Routes) =>
  routes.collections.filter((collection) =>
    routes.endpoints.some((endpoint) => endpoint.collection === collection.slug),
  )

/** A list (`find`) of any collection, filtered on any of its fields with any operator and value type. */
export const whereRequest = (routes: Routes): fc.Arbitrary<Omit<FuzzRequest, 'role'>> =>
  fc.constantFrom(...servedCollections(routes)).chain((collection) =>
    fc
      .tuple(
        conditionPrefix,
        fc.constantFrom(...BUILT_IN_FIELDS, ...collection.fields.map((field) => field.name)),
        fc.constantFrom(...OPERATORS),
        operatorValue,
        besideWhere,
      )
      .map(([prefix, field, operator, value, beside]) => ({
        method: 'GET',
        path: `/api/${collection.slug}?${[
          ...value.suffixes.map((suffix) => `${prefix}[${field}][${operator}]${suffix}`),
          beside,
        ]
          .filter(Boolean)
          .join('&')}`,
        kind: `where ${collection.slug}.${field} ${operator} (${value.type})${beside ? ` with ${beside}` : ''}`,
        headers: {},
      })),
  )

/** Lengths around the documented limit (500 values) and far past it. */
const LIST_LENGTHS = [1, 2, 100, 499, 500, 501, 1000, 2999, 3000, 10_000]

/** `in`/`not_in`/`all` with long lists, comma-joined or as `[i]=` entries, on ids and text fields. */
export const longListRequest = (routes: Routes): fc.Arbitrary<Omit<FuzzRequest, 'role'>> =>
  fc
    .tuple(
      fc.constantFrom(...servedCollections(routes)),
      fc.constantFrom('id', 'title', 'slug'),
      fc.constantFrom('in', 'not_in', 'all'),
      fc.constantFrom(...LIST_LENGTHS),
      fc.constantFrom<'brackets' | 'commas'>('commas', 'brackets'),
      fc.constantFrom('numbers', 'words'),
    )
    .map(([collection, field, operator, length, form, values]) => {
      const items = Array.from({ length }, (_, index) =>
        values === 'numbers' ? String(index) : `w${index}`,
      )
      const query =
        form === 'commas'
          ? `where[${field}][${operator}]=${items.join(',')}`
          : items.map((item, index) => `where[${field}][${operator}][${index}]=${item}`).join('&')
      return {
        method: 'GET',
        path: `/api/${collection.slug}?${query}`,
        kind: `${operator} list of ${length} ${values} (${form}) on ${collection.slug}.${field}`,
        headers: {},
      }
    })

/** Every way a create's body can be missing or mistyped, for every collection. */
const CREATE_BODIES: Body[] = [
  { kind: 'no body, no content type', headers: {} },
  { kind: 'no body, JSON content type', headers: { 'content-type': 'application/json' } },
  { kind: 'empty JSON body', headers: { 'content-type': 'application/json' }, body: '' },
  { kind: 'text/plain', headers: { 'content-type': 'text/plain' }, body: '{"title":"x"}' },
  {
    kind: 'multipart whose boundary does not match',
    headers: { 'content-type': 'multipart/form-data; boundary=declared' },
    body: '--other\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":"x"}\r\n--other--\r\n',
  },
  {
    kind: 'multipart with no _payload part',
    ...multipart([{ name: 'title', content: 'x' }]),
  },
  {
    kind: 'form-encoded',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'title=x',
  },
  { kind: 'XML', headers: { 'content-type': 'application/xml' }, body: '<title>x</title>' },
  {
    kind: 'JSON as octet-stream',
    headers: { 'content-type': 'application/octet-stream' },
    body: '{}',
  },
]

/** A create (`POST /api/<slug>`) of any collection with a body that is missing or of the wrong type. */
export const createRequest = (routes: Routes): fc.Arbitrary<Omit<FuzzRequest, 'role'>> =>
  fc
    .tuple(fc.constantFrom(...servedCollections(routes)), fc.constantFrom(...CREATE_BODIES))
    .map(([collection, body]) => ({
      method: 'POST',
      path: `/api/${collection.slug}`,
      kind: `create ${collection.slug}: ${body.kind}`,
      headers: body.headers,
      body: body.body,
    }))
