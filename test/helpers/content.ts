import type { ApiResponse, GraphQLResponse } from './client.ts'
import type { TestBackend } from './harness.ts'

/**
 * Helpers for the content-model suites: lexical documents, counting what is
 * stored, reading validation errors, and the one thing no API client may do
 * (set an appeal's ledger totals), which stands in for the donations ledger.
 */
import { randomBytes } from 'node:crypto'

import { openSqlite } from './sql.ts'

export const unique = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex')}`

export const DAY = 24 * 60 * 60 * 1000
export const HOUR = 60 * 60 * 1000
export const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString()

/** The GraphQL type of an ID on this adapter (numbers on SQL, strings on MongoDB). */
export const idType = (id: number | string) => (typeof id === 'number' ? 'Int' : 'String')

/** Admin-side count of every document (drafts included) in a collection. */
export const countDocs = async (backend: TestBackend, collection: string): Promise<number> => {
  const { status, body } = await backend.api.request(`/api/${collection}?limit=1&depth=0`, {
    token: backend.admin.token,
  })
  if (status !== 200)
    throw new Error(`counting ${collection} failed: ${status} ${JSON.stringify(body)}`)
  return body.totalDocs as number
}

/** Create a document as the admin over REST and return it (throws with the reply when refused). */
export const createDoc = async (
  backend: TestBackend,
  collection: string,
  data: Record<string, unknown>,
  query = '',
): Promise<any> => {
  const { status, body } = await backend.api.request(`/api/${collection}${query}`, {
    body: data,
    token: backend.admin.token,
  })
  if (status !== 201)
    throw new Error(`creating ${collection} failed: ${status} ${JSON.stringify(body)}`)
  return body.doc
}

export const updateDoc = async (
  backend: TestBackend,
  collection: string,
  id: number | string,
  data: Record<string, unknown>,
  query = '',
): Promise<any> => {
  const { status, body } = await backend.api.request(`/api/${collection}/${id}${query}`, {
    method: 'PATCH',
    body: data,
    token: backend.admin.token,
  })
  if (status !== 200)
    throw new Error(`updating ${collection}/${id} failed: ${status} ${JSON.stringify(body)}`)
  return body.doc
}

type FieldError = { path: string; message: string }

/** The fields a REST 400 names. */
export const restErrorPaths = (response: ApiResponse): string[] =>
  ((response.body?.errors?.[0]?.data?.errors ?? []) as FieldError[]).map((error) => error.path)

/** The fields a GraphQL validation error names. */
export const graphqlErrorPaths = (response: GraphQLResponse): string[] =>
  (
    (response.errors?.[0]?.extensions as { data?: { errors?: FieldError[] } } | undefined)?.data
      ?.errors ?? []
  ).map((error) => error.path)

export const expectRestFieldError = (response: ApiResponse, path: string) => {
  expect({ status: response.status, paths: restErrorPaths(response) }).toEqual({
    status: 400,
    paths: expect.arrayContaining([path]),
  })
  expect(response.body.errors[0].message).toContain('invalid')
}

export const expectGraphQLFieldError = (response: GraphQLResponse, path: string) => {
  expect({
    statusCode: response.errors?.[0]?.extensions?.statusCode,
    paths: graphqlErrorPaths(response),
  }).toEqual({ statusCode: 400, paths: expect.arrayContaining([path]) })
}

/** GraphQL enums spell `in-person` as `in_person`. */
const ENUM_FIELDS = new Set([
  '_status',
  'attendanceMode',
  'campaignStatus',
  'eventStatus',
  'eventType',
  'platform',
  'jurisdiction',
  'type',
])

export const toGraphQLInput = (data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      if (ENUM_FIELDS.has(key) && typeof value === 'string') return [key, value.replace(/-/g, '_')]
      if (Array.isArray(value)) {
        return [
          key,
          value.map((item) =>
            item && typeof item === 'object'
              ? toGraphQLInput(item as Record<string, unknown>)
              : item,
          ),
        ]
      }
      if (value && typeof value === 'object' && !('root' in value))
        return [key, toGraphQLInput(value as Record<string, unknown>)]
      return [key, value]
    }),
  )

/** Each collection's GraphQL names: the create mutation and its input type. */
export const GRAPHQL_NAMES: Record<string, { single: string; plural: string; input: string }> = {
  posts: { single: 'Post', plural: 'Posts', input: 'mutationPostInput' },
  events: { single: 'Event', plural: 'Events', input: 'mutationEventInput' },
  campaigns: { single: 'Campaign', plural: 'Campaigns', input: 'mutationCampaignInput' },
  'donation-appeals': {
    single: 'DonationAppeal',
    plural: 'DonationAppeals',
    input: 'mutationDonationAppealInput',
  },
  categories: { single: 'Category', plural: 'Categories', input: 'mutationCategoryInput' },
}

export const graphqlCreate = (
  backend: TestBackend,
  collection: string,
  data: Record<string, unknown>,
  token = backend.admin.token,
) => {
  const { single, input } = GRAPHQL_NAMES[collection]
  return backend.api.graphql(
    `mutation ($data: ${input}!) { create${single}(data: $data) { id } }`,
    { data: toGraphQLInput(data) },
    token,
  )
}

export const graphqlUpdate = (
  backend: TestBackend,
  collection: string,
  id: number | string,
  data: Record<string, unknown>,
  selection = 'id',
  token = backend.admin.token,
) => {
  const { single } = GRAPHQL_NAMES[collection]
  const input = GRAPHQL_NAMES[collection].input.replace(
    /^mutation(\w+)Input$/,
    'mutation$1UpdateInput',
  )
  return backend.api.graphql(
    `mutation ($id: ${idType(id)}!, $data: ${input}!) { update${single}(id: $id, data: $data) { ${selection} } }`,
    { id, data: toGraphQLInput(data) },
    token,
  )
}

// ---------------------------------------------------------------------------
// Lexical rich text, as the admin editor saves it.

type LexicalNode = Record<string, unknown>

const element = (type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
  ...extra,
})

export const text = (value: string): LexicalNode => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  mode: 'normal',
  style: '',
  detail: 0,
})

export const paragraph = (...children: (LexicalNode | string)[]): LexicalNode =>
  element(
    'paragraph',
    children.map((child) => (typeof child === 'string' ? text(child) : child)),
    { textFormat: 0, textStyle: '' },
  )

export const heading = (tag: 'h2' | 'h3' | 'h4', value: string) =>
  element('heading', [text(value)], { tag })

export const bulletList = (...items: string[]) =>
  element(
    'list',
    items.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
    { listType: 'bullet', start: 1, tag: 'ul' },
  )

export const quote = (value: string) => element('quote', [text(value)])

export const link = (url: string, value: string) =>
  element('link', [text(value)], { version: 3, fields: { linkType: 'custom', url, newTab: false } })

export const uploadNode = (mediaId: number | string): LexicalNode => ({
  type: 'upload',
  version: 3,
  format: '',
  id: randomBytes(12).toString('hex'),
  relationTo: 'media',
  value: mediaId,
  fields: null,
})

export const socialEmbed = (
  url: string,
  platform = 'bluesky',
  caption = 'Our training day',
): LexicalNode => ({
  type: 'block',
  version: 2,
  format: '',
  fields: {
    id: randomBytes(12).toString('hex'),
    blockName: '',
    blockType: 'socialEmbed',
    platform,
    url,
    caption,
  },
})

export const richText = (...children: LexicalNode[]) => ({
  root: element('root', children),
})

/** `count` distinct words of plain text. */
export const words = (count: number) =>
  Array.from({ length: count }, (_, i) => `word${i}`).join(' ')

// ---------------------------------------------------------------------------
// Media

/** A 1×1 PNG: enough for Payload and sharp to make every image size. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

export const uploadImage = async (backend: TestBackend, alt = 'A test picture'): Promise<any> => {
  const form = new FormData()
  form.append('file', new Blob([PIXEL_PNG], { type: 'image/png' }), `${unique('pixel')}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  const { status, body } = await backend.api.request('/api/media', {
    method: 'POST',
    rawBody: form,
    token: backend.admin.token,
  })
  if (status !== 201)
    throw new Error(`uploading an image failed: ${status} ${JSON.stringify(body)}`)
  return body.doc
}

// ---------------------------------------------------------------------------
// The database, below the API

/**
 * Set an appeal's ledger totals in the database itself. No API client may
 * write them (that is what the suites prove); until the donations ledger
 * exists, this is how a test gets an appeal that has raised money.
 */
export const setAppealTotals = async (
  backend: TestBackend,
  id: number | string,
  totals: { raisedAmount: number; donationCount: number },
): Promise<void> => {
  const uri = backend.database.uri
  if (backend.adapter === 'sqlite') {
    const client = await openSqlite(uri)
    try {
      // The document and its versions: a later save starts from the latest version.
      await client.batch([
        {
          sql: `UPDATE donation_appeals SET raised_amount = ?1, donation_count = ?2,
                progress_percent = CASE WHEN target_amount > 0 THEN CAST(?1 * 100 / target_amount AS INTEGER) ELSE 0 END
                WHERE id = ?3`,
          args: [totals.raisedAmount, totals.donationCount, id],
        },
        {
          sql: `UPDATE _donation_appeals_v SET version_raised_amount = ?1, version_donation_count = ?2,
                version_progress_percent = CASE WHEN version_target_amount > 0 THEN CAST(?1 * 100 / version_target_amount AS INTEGER) ELSE 0 END
                WHERE parent_id = ?3`,
          args: [totals.raisedAmount, totals.donationCount, id],
        },
      ])
    } finally {
      client.close()
    }
    return
  }
  if (backend.adapter === 'postgres') {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: uri })
    await client.connect()
    try {
      const values = [totals.raisedAmount, totals.donationCount, id]
      // The stored progress follows the totals, as the ledger keeps it (src/ledger/storedProgress.ts).
      await client.query(
        `UPDATE donation_appeals SET raised_amount = $1, donation_count = $2,
         progress_percent = CASE WHEN target_amount > 0 THEN FLOOR($1::numeric * 100 / target_amount) ELSE 0 END
         WHERE id = $3`,
        values,
      )
      await client.query(
        `UPDATE _donation_appeals_v SET version_raised_amount = $1, version_donation_count = $2,
         version_progress_percent = CASE WHEN version_target_amount > 0 THEN FLOOR($1::numeric * 100 / version_target_amount) ELSE 0 END
         WHERE parent_id = $3`,
        values,
      )
    } finally {
      await client.end()
    }
    return
  }
  const { MongoClient, ObjectId } = await import('mongodb')
  const client = await MongoClient.connect(uri)
  try {
    const _id = new ObjectId(String(id))
    const percentOf = (target: string) => ({
      $cond: [
        { $gt: [target, 0] },
        { $floor: { $divide: [totals.raisedAmount * 100, target] } },
        0,
      ],
    })
    await client
      .db()
      .collection('donation-appeals')
      .updateOne({ _id }, [{ $set: { ...totals, progressPercent: percentOf('$targetAmount') } }])
    await client
      .db()
      .collection('_donation-appeals_versions')
      .updateMany({ parent: _id }, [
        {
          $set: {
            'version.raisedAmount': totals.raisedAmount,
            'version.donationCount': totals.donationCount,
            'version.progressPercent': percentOf('$version.targetAmount'),
          },
        },
      ])
  } finally {
    await client.close()
  }
}

/** Indexed columns per table (SQL) or collection (MongoDB), as the database reports them. */
export const indexedColumns = async (backend: TestBackend, table: string): Promise<string[][]> => {
  const uri = backend.database.uri
  if (backend.adapter === 'sqlite') {
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: uri })
    try {
      const indexes = await client.execute({
        sql: `SELECT name FROM pragma_index_list(?)`,
        args: [table],
      })
      const result: string[][] = []
      for (const row of indexes.rows) {
        const columns = await client.execute({
          sql: `SELECT name FROM pragma_index_info(?)`,
          args: [String(row.name)],
        })
        result.push(columns.rows.map((column) => String(column.name)))
      }
      return result
    } finally {
      client.close()
    }
  }
  if (backend.adapter === 'postgres') {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: uri })
    await client.connect()
    try {
      const { rows } = await client.query(
        `SELECT array_agg(a.attname::text ORDER BY k.ordinality) AS columns
           FROM pg_index i
           JOIN pg_class t ON t.oid = i.indrelid
           CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ordinality)
           JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
          WHERE t.relname = $1
          GROUP BY i.indexrelid`,
        [table],
      )
      return rows.map((row: { columns: string[] }) => row.columns)
    } finally {
      await client.end()
    }
  }
  const { MongoClient } = await import('mongodb')
  const client = await MongoClient.connect(uri)
  try {
    const indexes = await client.db().collection(table).indexes()
    return indexes.map((index) => Object.keys(index.key))
  } finally {
    await client.close()
  }
}
