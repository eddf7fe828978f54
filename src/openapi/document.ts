import type { JSONSchema4 } from 'json-schema'
import type {
  Endpoint,
  Field,
  Payload,
  PayloadRequest,
  SanitizedCollectionConfig,
  SanitizedGlobalConfig,
} from 'payload'

import type { CharityContext } from '../context.ts'

import { configToJSONSchema, createLocalReq } from 'payload'

import {
  OCCURRENCES_AHEAD_YEARS,
  OCCURRENCES_DEFAULT_DAYS,
  OCCURRENCES_DEFAULT_LIMIT,
  OCCURRENCES_MAX_DAYS,
  OCCURRENCES_MAX_LIMIT,
} from '../endpoints/occurrences.ts'
import { searchPaths } from '../search/openapi.ts'
import { PUBLIC_FIELDS } from '../trainingRequests/input.ts'

type Schema = Record<string, unknown>

const json = (schema: Schema) => ({ 'application/json': { schema } })
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })
const errorResponse = (description: string) => ({ description, content: json(ref('Errors')) })

/** Whether an access rule lets an anonymous visitor in (a query constraint counts: they see some documents). */
const anonymousMay = async (rule: unknown, req: PayloadRequest): Promise<boolean> => {
  if (typeof rule !== 'function') return true
  try {
    return Boolean(await rule({ req, data: undefined, id: undefined }))
  } catch {
    return false
  }
}

/** Top-level and nested fields an anonymous reader is not given, by path in the schema. */
const hiddenFromPublic = async (fields: Field[], req: PayloadRequest): Promise<string[][]> => {
  const hidden: string[][] = []
  const walk = async (list: Field[], at: string[]) => {
    for (const field of list) {
      if ('fields' in field && !('name' in field && field.name)) {
        await walk(field.fields, at) // rows and collapsibles hold fields at the same level
        continue
      }
      if (field.type === 'tabs') {
        for (const tab of field.tabs)
          await walk(tab.fields, 'name' in tab && tab.name ? [...at, tab.name] : at)
        continue
      }
      if (!('name' in field) || !field.name) continue
      const path = [...at, field.name]
      const readable =
        !('hidden' in field && field.hidden) &&
        (await anonymousMay('access' in field ? field.access?.read : undefined, req))
      if (!readable) {
        hidden.push(path)
        continue
      }
      if (field.type === 'group' && 'fields' in field) await walk(field.fields, path)
    }
  }
  await walk(fields, [])
  return hidden
}

const removeProperty = (schema: Schema, path: string[]) => {
  let node = schema
  for (const key of path.slice(0, -1)) {
    const next = (node.properties as Record<string, Schema> | undefined)?.[key]
    if (!next) return
    node = next
  }
  const name = path[path.length - 1]
  if (node.properties) delete (node.properties as Record<string, unknown>)[name]
  if (Array.isArray(node.required))
    node.required = (node.required as string[]).filter((key) => key !== name)
}

/** JSON Schema from Payload's type generator, made fit for OpenAPI 3.1 (JSON Schema 2020-12). */
const cleanSchema = (value: unknown, keep: Set<string>, idSchema: Schema): unknown => {
  if (Array.isArray(value)) return value.map((entry) => cleanSchema(entry, keep, idSchema))
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, entry] of Object.entries(value)) {
    // Type-generator hints, not JSON Schema.
    if (key === 'tsType' || key === '$schema') continue
    if (key === '$ref' && typeof entry === 'string') {
      const name = entry.replace('#/definitions/', '')
      // A reference to something the public cannot read (e.g. accounts) is only ever an id for them.
      if (!keep.has(name)) return idSchema
      out.$ref = `#/components/schemas/${name}`
      continue
    }
    out[key] = cleanSchema(entry, keep, idSchema)
  }
  return out
}

/** The top-level fields of a collection's `defaultPopulate` the public can read, with `id`. */
const populatedFields = (
  entity: SanitizedCollectionConfig | SanitizedGlobalConfig | undefined,
  schema: Schema,
): string[] | undefined => {
  const select = entity && 'defaultPopulate' in entity ? entity.defaultPopulate : undefined
  if (!select || typeof select !== 'object') return undefined
  const properties = Object.keys((schema.properties ?? {}) as Record<string, unknown>)
  const entries = Object.entries(select)
  // A select naming fields to leave out keeps every other one.
  const fields = entries.some(([, value]) => value === false)
    ? properties.filter((key) => !entries.some(([name, value]) => name === key && value === false))
    : entries.map(([key]) => key).filter((key) => properties.includes(key))
  return ['id', ...fields.filter((key) => key !== 'id')]
}

const LIST_PARAMETERS = [
  {
    name: 'limit',
    in: 'query',
    schema: { type: 'integer', minimum: 0 },
    description: 'Page size (default 10).',
  },
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
  {
    name: 'sort',
    in: 'query',
    schema: { type: 'string' },
    description: 'A field name, `-` first for descending.',
  },
  {
    name: 'where',
    in: 'query',
    style: 'deepObject',
    explode: true,
    schema: { type: 'object' },
    description: 'Payload query, e.g. `where[slug][equals]=support-us`.',
  },
]
const LOCALE_PARAMETER = {
  name: 'locale',
  in: 'query',
  schema: { type: 'string' },
  description: 'Language, e.g. `cy`.',
}
/** The read parameters, `depth` up to what the server serves an anonymous reader. */
const readParameters = (maxDepth: number) => [
  {
    name: 'depth',
    in: 'query',
    schema: { type: 'integer', minimum: 0, maximum: maxDepth },
    description: `How deep related documents are populated (default 2; more than ${maxDepth} is served as ${maxDepth}).`,
  },
  LOCALE_PARAMETER,
  {
    name: 'fallback-locale',
    in: 'query',
    schema: { type: 'string' },
    description: '`none` for no fallback to the default language.',
  },
  {
    name: 'richText',
    in: 'query',
    schema: { const: 'html' },
    description: '`html` adds `<field>Html` beside each rich text field of a public page.',
  },
  {
    name: 'select',
    in: 'query',
    style: 'deepObject',
    explode: true,
    schema: { type: 'object' },
    description: 'Fields to return, e.g. `select[title]=true`.',
  },
]

const listSchema = (item: Schema): Schema => ({
  type: 'object',
  required: ['docs', 'totalDocs', 'limit', 'page', 'totalPages', 'hasNextPage', 'hasPrevPage'],
  properties: {
    docs: { type: 'array', items: item },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    page: { type: 'integer' },
    totalPages: { type: 'integer' },
    pagingCounter: { type: 'integer' },
    hasNextPage: { type: 'boolean' },
    hasPrevPage: { type: 'boolean' },
    nextPage: { type: ['integer', 'null'] },
    prevPage: { type: ['integer', 'null'] },
  },
})

const collectionPaths = (
  slug: string,
  label: string,
  api: string,
  idSchema: Schema,
  read: ReturnType<typeof readParameters>,
) => ({
  [`${api}/${slug}`]: {
    get: {
      operationId: `list_${slug}`,
      summary: `Published ${label}, paginated`,
      tags: [slug],
      parameters: [...LIST_PARAMETERS, ...read],
      responses: {
        200: { description: 'A page of documents.', content: json(listSchema(ref(slug))) },
        400: errorResponse('A malformed or forbidden query.'),
      },
    },
  },
  [`${api}/${slug}/count`]: {
    get: {
      operationId: `count_${slug}`,
      summary: `How many published ${label} match`,
      tags: [slug],
      parameters: [LIST_PARAMETERS[3], LOCALE_PARAMETER],
      responses: {
        200: {
          description: 'The count.',
          content: json({
            type: 'object',
            required: ['totalDocs'],
            properties: { totalDocs: { type: 'integer' } },
          }),
        },
      },
    },
  },
  [`${api}/${slug}/{id}`]: {
    get: {
      operationId: `get_${slug}`,
      summary: `One published document of ${label}`,
      tags: [slug],
      parameters: [{ name: 'id', in: 'path', required: true, schema: idSchema }, ...read],
      responses: {
        200: { description: 'The document.', content: json(ref(slug)) },
        404: errorResponse('No published document has this id.'),
      },
    },
  },
})

const FEED_FILTER_DOC = 'The id or slug of a published document to narrow the feed to.'

const feedOperation = (
  id: string,
  summary: string,
  type: string,
  filters: string[],
  schema: Schema = { type: 'string' },
) => ({
  get: {
    operationId: id,
    summary,
    tags: ['feeds'],
    parameters: [
      ...filters.map((name) => ({
        name,
        in: 'query',
        schema: { type: 'string' },
        description: FEED_FILTER_DOC,
      })),
      LOCALE_PARAMETER,
    ],
    responses: {
      200: { description: summary, content: { [type]: { schema } } },
      400: errorResponse('A malformed filter, or one this feed does not take.'),
      404: errorResponse('No published document has that slug.'),
    },
  },
})

const JSON_FEED_SCHEMA: Schema = {
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: { type: 'string' },
    home_page_url: { type: 'string' },
    feed_url: { type: 'string' },
    language: { type: 'string' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string' },
          url: { type: 'string' },
          title: { type: 'string' },
          summary: { type: 'string' },
          content_text: { type: 'string' },
          date_published: { type: 'string', format: 'date-time' },
          date_modified: { type: 'string', format: 'date-time' },
          authors: {
            type: 'array',
            items: { type: 'object', properties: { name: { type: 'string' } } },
          },
        },
      },
    },
  },
}

const JSON_LD_SCHEMA: Schema = {
  type: 'object',
  required: ['@context', '@type'],
  properties: { '@context': { const: 'https://schema.org' }, '@type': { type: 'string' } },
}

const hasField = (collection: SanitizedCollectionConfig, name: string) =>
  collection.flattenedFields.some((field) => field.name === name)

/**
 * The OpenAPI 3.1 description of what an anonymous reader may do with this
 * backend, generated from the running config (so it cannot drift): the
 * published reads of every collection and global the public may read, with
 * schemas from Payload's own JSON Schema less the fields the public is not
 * given; the feeds, calendar and structured data; and the signed donations
 * webhook. Staff operations are left out on purpose.
 */
/**
 * The definitions public answers use: each public collection's and global's
 * own, and those they refer to, never a private entity's. So the job queue's
 * task inputs, `auth` and the `_select` shapes stay out.
 */
const reachableDefinitions = (
  definitions: Record<string, Schema>,
  roots: Set<string>,
  excluded: Set<string>,
): Set<string> => {
  const seen = new Set<string>()
  const visit = (name: string) => {
    if (seen.has(name) || excluded.has(name) || !definitions[name]) return
    seen.add(name)
    for (const [, ref] of JSON.stringify(definitions[name]).matchAll(
      /"#\/definitions\/([^"/]+)/g,
    )) {
      visit(ref)
    }
  }
  roots.forEach(visit)
  return seen
}

export const buildOpenApiDocument = async (payload: Payload, ctx: CharityContext) => {
  const config = payload.config
  const api = config.routes.api
  const req = await createLocalReq({}, payload)
  const numeric = payload.db.defaultIDType === 'number'
  const idSchema: Schema = numeric ? { type: 'integer' } : { type: 'string' }
  const jsonSchema = configToJSONSchema(config, payload.db.defaultIDType) as JSONSchema4
  const definitions = (jsonSchema.definitions ?? {}) as Record<string, Schema>

  const collections: SanitizedCollectionConfig[] = []
  for (const collection of config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    if (await anonymousMay(collection.access.read, req)) collections.push(collection)
  }
  const globals: SanitizedGlobalConfig[] = []
  for (const global of config.globals) {
    if (await anonymousMay(global.access.read, req)) globals.push(global)
  }
  const publicEntities = new Set([...collections.map((c) => c.slug), ...globals.map((g) => g.slug)])
  const privateEntities = new Set(
    [...config.collections.map((c) => c.slug), ...config.globals.map((g) => g.slug)].filter(
      (slug) => !publicEntities.has(slug),
    ),
  )
  const keep = reachableDefinitions(definitions, publicEntities, privateEntities)

  const schemas: Record<string, unknown> = {}
  for (const name of keep) {
    const definition = structuredClone(definitions[name])
    const entity =
      config.collections.find((c) => c.slug === name) ?? config.globals.find((g) => g.slug === name)
    if (entity) {
      for (const path of await hiddenFromPublic(entity.fields, req))
        removeProperty(definition, path)
    }
    // Payload's REST answer for a global also names it.
    if (config.globals.some((g) => g.slug === name) && definition.properties) {
      ;(definition.properties as Record<string, unknown>).globalType = { type: 'string' }
      // A global never saved comes back without an id or timestamps.
      if (Array.isArray(definition.required)) {
        definition.required = (definition.required as string[]).filter(
          (key) => !['id', 'createdAt', 'updatedAt'].includes(key),
        )
      }
    }
    const cleaned = cleanSchema(definition, keep, idSchema) as Schema
    const populated = populatedFields(entity, cleaned)
    // Related documents of this collection come trimmed to these fields at depth ≥ 1
    // (its `defaultPopulate`): the public types' depth-aware relations read it.
    if (populated) cleaned['x-populated-fields'] = populated
    schemas[name] = cleaned
  }
  schemas.Errors = {
    type: 'object',
    required: ['errors'],
    properties: {
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['message'],
          properties: { message: { type: 'string' } },
        },
      },
    },
  }

  const paths: Record<string, unknown> = {}
  const read = readParameters(ctx.publicReads.maxDepth)
  for (const collection of collections) {
    const label =
      typeof collection.labels?.plural === 'string'
        ? collection.labels.plural.toLowerCase()
        : collection.slug
    Object.assign(paths, collectionPaths(collection.slug, label, api, idSchema, read))
  }
  for (const global of globals) {
    paths[`${api}/globals/${global.slug}`] = {
      get: {
        operationId: `get_global_${global.slug}`,
        summary: `The ${global.slug} global`,
        tags: ['globals'],
        parameters: read,
        responses: { 200: { description: 'The global.', content: json(ref(global.slug)) } },
      },
    }
  }

  const filtersFor = (slug: string) => {
    const collection = config.collections.find((c) => c.slug === slug)
    return collection
      ? ctx.feedFilters.filter((f) => hasField(collection, f.field)).map((f) => f.param)
      : []
  }
  const { posts, events, donations } = ctx.slugs
  if (posts && publicEntities.has(posts)) {
    paths[`${api}/${posts}/feed.xml`] = feedOperation(
      'posts_rss',
      'The 50 newest posts as RSS 2.0',
      'application/rss+xml',
      filtersFor(posts),
    )
    paths[`${api}/${posts}/feed.atom`] = feedOperation(
      'posts_atom',
      'The 50 newest posts as Atom 1.0',
      'application/atom+xml',
      filtersFor(posts),
    )
    paths[`${api}/${posts}/feed.json`] = feedOperation(
      'posts_json_feed',
      'The 50 newest posts as JSON Feed 1.1',
      'application/feed+json',
      filtersFor(posts),
      JSON_FEED_SCHEMA,
    )
  }
  if (events && publicEntities.has(events)) {
    paths[`${api}/${events}/calendar.ics`] = feedOperation(
      'events_calendar',
      'Published events from 30 days ago on, as iCalendar',
      'text/calendar',
      filtersFor(events),
    )
  }
  if (events && publicEntities.has(events)) {
    paths[`${api}/${events}/{id}/calendar.ics`] = {
      get: {
        operationId: 'event_calendar',
        summary:
          "One published event's calendar file (the feed's UID); `calendar.ics?slug=` by slug",
        tags: ['feeds'],
        parameters: [
          { name: 'id', in: 'path', required: true, schema: idSchema },
          LOCALE_PARAMETER,
        ],
        responses: {
          200: {
            description: 'iCalendar.',
            content: { 'text/calendar': { schema: { type: 'string' } } },
          },
          400: errorResponse('An id that cannot be one.'),
          404: errorResponse('No published event has this id.'),
        },
      },
    }
  }
  if (events && publicEntities.has(events)) {
    const query = (name: string, schema: Schema, description: string) => ({
      name,
      in: 'query',
      schema,
      description,
    })
    paths[`${api}/${events}/occurrences`] = {
      get: {
        operationId: 'events_occurrences',
        summary:
          'Every occurrence of the events a reader may see in a range, series expanded, in start order',
        tags: [events],
        parameters: [
          query(
            'from',
            { type: 'string', format: 'date-time' },
            'Start of the range: a day (midnight UTC) or a date and time with its zone. Default: now.',
          ),
          query(
            'to',
            { type: 'string', format: 'date-time' },
            `End of the range (exclusive), at most ${OCCURRENCES_MAX_DAYS} days after \`from\` and ${OCCURRENCES_AHEAD_YEARS} years after now. Default: ${OCCURRENCES_DEFAULT_DAYS} days after \`from\`.`,
          ),
          query('type', { type: 'string' }, 'An `eventType`, e.g. `meeting`.'),
          ...filtersFor(events).map((param) =>
            query(param, { type: 'string' }, `The id or slug of a published ${param}.`),
          ),
          query('page', { type: 'integer', minimum: 1 }, 'Page, from 1.'),
          query(
            'limit',
            { type: 'integer', minimum: 1, maximum: OCCURRENCES_MAX_LIMIT },
            `Occurrences a page (default ${OCCURRENCES_DEFAULT_LIMIT}).`,
          ),
          LOCALE_PARAMETER,
        ],
        responses: {
          200: {
            description:
              '`docs` (each: `event`, `title`, `slug`, `eventType`, `recurring`, `startsAt`, `endsAt`, `originalStartsAt`, `status`, `override`), `totalDocs`, `page`, `totalPages`, `from`, `to`.',
            content: json({ type: 'object' }),
          },
          400: errorResponse(
            `A malformed or too long range (at most ${OCCURRENCES_MAX_DAYS} days, ending at most ${OCCURRENCES_AHEAD_YEARS} years ahead), an unknown type or parameter.`,
          ),
          404: errorResponse('A filter slug that nothing published has.'),
        },
      },
    }
  }
  const { groups, media, trainingRequests } = ctx.slugs
  if (groups && publicEntities.has(groups)) {
    const coordinate = (name: string, limit: number, description: string) => ({
      name,
      in: 'query',
      required: true,
      schema: { type: 'number', minimum: -limit, maximum: limit },
      description,
    })
    paths[`${api}/${groups}/near`] = {
      get: {
        operationId: 'groups_near',
        summary: 'Published groups near a point, nearest first, each with `distanceKm`',
        tags: [groups],
        parameters: [
          coordinate('lat', 90, 'Latitude, decimal degrees.'),
          coordinate('lng', 180, 'Longitude, decimal degrees.'),
          {
            name: 'radiusKm',
            in: 'query',
            schema: { type: 'number', exclusiveMinimum: 0 },
            description: 'How far to look (kilometres).',
          },
          LOCALE_PARAMETER,
        ],
        responses: {
          200: { description: 'The groups.', content: json({ type: 'object' }) },
          400: errorResponse('A missing or malformed lat, lng or radiusKm.'),
        },
      },
    }
  }
  if (media && publicEntities.has(media)) {
    paths[`${api}/${media}/file/{filename}`] = {
      get: {
        operationId: 'media_file',
        summary:
          "A media file or one of its sizes, as a document's `url` or `sizes.*.url` names it",
        tags: [media],
        parameters: [{ name: 'filename', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          200: {
            description: 'The file.',
            content: { 'image/*': { schema: { type: 'string', format: 'binary' } } },
          },
          404: errorResponse('No such file.'),
        },
      },
    }
  }
  if (trainingRequests) {
    const text = { type: 'string' }
    paths[`${api}/${trainingRequests}`] = {
      post: {
        operationId: 'request_training',
        summary: 'Ask for a training day (the website form); only a receipt comes back',
        tags: ['training requests'],
        requestBody: {
          required: true,
          content: json({
            type: 'object',
            additionalProperties: false,
            // Every field the form takes; phone and organisation may be left out.
            required: PUBLIC_FIELDS.filter((key) => key !== 'phone' && key !== 'organisation'),
            properties: {
              ...Object.fromEntries(PUBLIC_FIELDS.map((key) => [key, text])),
              expectedAttendees: { type: 'integer' },
              consent: { const: true },
            },
          }),
        },
        responses: {
          201: {
            description: 'Received.',
            content: json({
              type: 'object',
              required: ['id', 'status'],
              properties: { id: idSchema, status: { const: 'received' } },
            }),
          },
          400: errorResponse('A field is missing or malformed; each problem is named.'),
          429: errorResponse('Too many requests from this address: try again later.'),
        },
      },
    }
  }
  for (const { slug } of ctx.publicPages) {
    if (!publicEntities.has(slug)) continue
    const ld = {
      200: {
        description: 'schema.org JSON-LD.',
        content: { 'application/ld+json': { schema: JSON_LD_SCHEMA } },
      },
      400: errorResponse('A malformed id or slug.'),
      404: errorResponse('No published document matches.'),
    }
    paths[`${api}/${slug}/{id}/jsonld`] = {
      get: {
        operationId: `jsonld_${slug}`,
        summary: `Structured data for one published document of ${slug}`,
        tags: ['structured data'],
        parameters: [
          { name: 'id', in: 'path', required: true, schema: idSchema },
          LOCALE_PARAMETER,
        ],
        responses: ld,
      },
    }
    paths[`${api}/${slug}/jsonld`] = {
      get: {
        operationId: `jsonld_${slug}_by_slug`,
        summary: `Structured data for one published document of ${slug}, by slug`,
        tags: ['structured data'],
        parameters: [
          { name: 'slug', in: 'query', required: true, schema: { type: 'string' } },
          LOCALE_PARAMETER,
        ],
        responses: ld,
      },
    }
  }
  const settings = ctx.globalSlugs.siteSettings
  if (settings && publicEntities.has(settings)) {
    paths[`${api}/globals/${settings}/jsonld`] = {
      get: {
        operationId: 'jsonld_charity',
        summary: 'The charity as a schema.org NGO',
        tags: ['structured data'],
        responses: {
          200: {
            description: 'schema.org JSON-LD.',
            content: { 'application/ld+json': { schema: JSON_LD_SCHEMA } },
          },
        },
      },
    }
  }
  if (donations) {
    paths[`${api}/${donations}/webhook`] = {
      post: {
        operationId: 'record_donation',
        summary: 'Record a donation or a refund from a payment platform (signed)',
        tags: ['donations'],
        parameters: [
          {
            name: 'x-signature',
            in: 'header',
            required: true,
            schema: { type: 'string', pattern: '^sha256=[0-9a-f]{64}$' },
            description: 'HMAC-SHA256 of the raw body with the shared secret, as `sha256=<hex>`.',
          },
        ],
        requestBody: {
          required: true,
          content: json({
            oneOf: [
              {
                title: 'Donation',
                type: 'object',
                required: ['externalId', 'appeal', 'amount', 'currency'],
                properties: {
                  type: { const: 'donation' },
                  externalId: { type: 'string', maxLength: 255 },
                  appeal: {
                    oneOf: [{ type: 'string' }, { type: 'integer' }],
                    description: 'The appeal id or slug.',
                  },
                  amount: { type: 'integer', minimum: 1, description: 'Minor units (pence).' },
                  currency: { type: 'string', pattern: '^[A-Z]{3}$' },
                  giftAid: {
                    description:
                      'The Gift Aid declaration the donor made (stored, or the same person’s reused). `true`/`false` are accepted but never make a gift claimable.',
                    oneOf: [
                      { type: 'boolean' },
                      {
                        type: 'object',
                        required: ['firstName', 'lastName', 'house', 'scope', 'wordingVersion'],
                        properties: {
                          title: { type: 'string' },
                          firstName: { type: 'string', maxLength: 35 },
                          lastName: { type: 'string', maxLength: 35 },
                          house: { type: 'string', maxLength: 40 },
                          postcode: { type: 'string', description: 'Required in the UK.' },
                          country: { type: 'string', pattern: '^[A-Z]{2}$', default: 'GB' },
                          scope: {
                            enum: ['this-donation', 'past-four-years-and-future', 'future'],
                          },
                          wordingVersion: { type: 'string' },
                          declaredAt: { type: 'string', format: 'date-time' },
                          method: { enum: ['online', 'written', 'oral'], default: 'online' },
                        },
                      },
                    ],
                  },
                  giftAidDeclaration: {
                    oneOf: [{ type: 'string' }, { type: 'integer' }],
                    description: 'The id of a declaration on file (instead of giftAid).',
                  },
                  donorName: { type: 'string' },
                  donorEmail: { type: 'string', format: 'email' },
                  donorConsentToContact: { type: 'boolean' },
                  consentWordingVersion: {
                    type: 'string',
                    description: 'Required when donorConsentToContact is true.',
                  },
                  anonymous: { type: 'boolean' },
                  receivedAt: { type: 'string', format: 'date-time' },
                },
              },
              {
                title: 'Refund',
                type: 'object',
                required: ['type', 'externalId', 'refundId'],
                properties: {
                  type: { const: 'refund' },
                  externalId: {
                    type: 'string',
                    description: 'The refunded donation’s externalId.',
                  },
                  refundId: { type: 'string', description: 'This refund’s own id (idempotency).' },
                  amount: {
                    type: 'integer',
                    minimum: 1,
                    description:
                      'A partial refund in minor units; the whole remainder when left out.',
                  },
                  receivedAt: { type: 'string', format: 'date-time' },
                },
              },
            ],
          }),
        },
        responses: {
          201: { description: 'Recorded.' },
          200: {
            description:
              'Already recorded under this externalId (refundId); nothing counted twice.',
          },
          400: errorResponse('The body is invalid.'),
          401: errorResponse('The signature is missing or wrong.'),
          404: errorResponse('No appeal, declaration or refunded donation has that id.'),
          409: errorResponse(
            "The currency differs from the appeal's, or the refund is more than is left of the donation.",
          ),
          503: errorResponse('No signing secret is configured.'),
        },
      },
    }
  }
  if (!ctx.disabled) {
    paths[`${api}/sitemap.xml`] = {
      get: {
        operationId: 'sitemap',
        summary:
          'Every published page of the website in every language, with hreflang alternates (a sitemap index past 50,000 URLs, whose files are ?collection=&page=)',
        tags: ['feeds'],
        parameters: [
          { name: 'collection', in: 'query', schema: { type: 'string' } },
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
        ],
        responses: {
          200: { description: 'A sitemap or a sitemap index.', content: { 'application/xml': {} } },
          400: errorResponse(
            'An unknown collection, a bad page number or a parameter it does not take.',
          ),
          404: errorResponse('No website address is configured, so there is nothing to list.'),
        },
      },
    }
  }
  const redirects = ctx.slugs.redirects
  const redirectPath = redirects
    ? (paths[`${api}/${redirects}`] as undefined | { get?: { parameters?: unknown[] } })
    : undefined
  if (redirectPath?.get) {
    // `?from=/old/path`: the redirect for one old path (the same as where[from][equals], normalised).
    const list = redirectPath.get
    list.parameters = [
      ...(list.parameters ?? []),
      { name: 'from', in: 'query', schema: { type: 'string' } },
    ]
  }
  const { localization } = payload.config
  Object.assign(paths, searchPaths(api, ctx, localization ? localization.localeCodes : ['en']))
  paths[`${api}/openapi.json`] = {
    get: {
      operationId: 'openapi',
      summary: 'This document',
      tags: ['meta'],
      responses: {
        200: {
          description: 'OpenAPI 3.1.',
          content: json({ type: 'object', required: ['openapi'] }),
        },
      },
    },
  }
  paths[`${api}/graphql`] = {
    post: {
      operationId: 'graphql',
      summary: 'GraphQL: the same published content (schema by introspection)',
      tags: ['graphql'],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['query'],
          properties: { query: { type: 'string' }, variables: { type: 'object' } },
        }),
      },
      responses: { 200: { description: 'A GraphQL result.', content: json({ type: 'object' }) } },
    },
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Charity content API',
      version: '1',
      description:
        'What anyone may read without signing in: published content only (drafts, scheduled posts and staff fields are never returned), the feeds, structured data, and the signed donations webhook. Generated from the running configuration.',
    },
    servers: [{ url: config.serverURL || '/' }],
    paths,
    components: { schemas },
  }
}

const cache = new WeakMap<Payload, Promise<unknown>>()

/** `GET /api/openapi.json`, built once per process from the config. */
export const openApiEndpoint = (ctx: CharityContext): Endpoint => ({
  path: '/openapi.json',
  method: 'get',
  handler: async (req) => {
    let document = cache.get(req.payload)
    if (!document) {
      document = buildOpenApiDocument(req.payload, ctx)
      cache.set(req.payload, document)
      document.catch(() => cache.delete(req.payload))
    }
    return Response.json(await document, { headers: { 'cache-control': 'public, max-age=300' } })
  },
})
