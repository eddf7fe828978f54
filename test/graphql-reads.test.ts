import type {
  GraphQLField,
  GraphQLObjectType,
  GraphQLOutputType,
  IntrospectionQuery,
} from 'graphql'

import type { Fixtures } from '../bench/paths.ts'

import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql'

import { PATHS } from '../bench/paths.ts'
import { describeEachSeededAdapter } from './helpers/seed.ts'

/** The plugin's public lists, by their GraphQL names. */
const LISTS = ['Posts', 'Events', 'DonationAppeals', 'Campaigns', 'Groups', 'Pages', 'Categories']

/** Levels of related documents a generated selection goes into: enough to reach populated relations' fields. */
const LEVELS = 3

/** Every field of a type a query can ask for without arguments, `LEVELS` deep (`null`: nothing to ask at this level). */
const selectionOf = (type: GraphQLOutputType, levels: number): null | string => {
  const named = getNamedType(type)
  if (isLeafType(named)) return ''
  if (levels === 0) return null
  if (isUnionType(named)) {
    const parts = named.getTypes().flatMap((member) => {
      const inner = selectionOf(member, levels)
      return inner ? [`... on ${member.name} { ${inner} }`] : []
    })
    return parts.length > 0 ? `__typename ${parts.join(' ')}` : null
  }
  if (!isObjectType(named)) return null
  const parts = Object.values(named.getFields())
    // Known, not this plugin's: on PostgreSQL the `_fallback` of the events a page's upcoming-events
    // block lists (Welsh without fallback) is sometimes the list and sometimes absent, read whole or not.
    .filter((field) => levels === LEVELS || field.name !== '_fallback')
    .flatMap((field) => fieldSelection(field, levels))
  return parts.length > 0 ? parts.join(' ') : null
}
const fieldSelection = (field: GraphQLField<unknown, unknown>, levels: number): string[] => {
  if (field.args.some((arg) => isNonNullType(arg.type))) return []
  const inner = selectionOf(field.type, levels - 1)
  if (inner === null) return []
  return [inner ? `${field.name} { ${inner} }` : field.name]
}

const isObjectOfNulls = (value: unknown) =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.values(value as object).every((inner) => inner === null)

/**
 * Whether everything GraphQL answered is in the REST answer at the same
 * place: GraphQL gives the asked fields, REST (with `select`, at depth 1)
 * those and perhaps more. Returns the first path that differs.
 */
const differenceFrom = (graphql: unknown, rest: unknown, at = ''): null | string => {
  // REST leaves out a relation that has no value; GraphQL answers null.
  if (graphql === null && rest === undefined) return null
  // Known: Payload's GraphQL answers a group REST gives as null (an online event's venue) as an object of nulls.
  if (rest === null && isObjectOfNulls(graphql)) return null
  if (Array.isArray(graphql)) {
    if (!Array.isArray(rest) || rest.length !== graphql.length) return at || '(root)'
    for (const [index, item] of graphql.entries()) {
      const found = differenceFrom(item, rest[index], `${at}[${index}]`)
      if (found) return found
    }
    return null
  }
  if (graphql && typeof graphql === 'object') {
    if (!rest || typeof rest !== 'object') return at || '(root)'
    for (const [key, value] of Object.entries(graphql)) {
      const found = differenceFrom(value, (rest as Record<string, unknown>)[key], `${at}.${key}`)
      if (found) return found
    }
    return null
  }
  // An option's value is a GraphQL enum name: `in-person` is `in_person`.
  const asEnum = typeof rest === 'string' ? rest.replace(/[^A-Za-z0-9_]/g, '_') : rest
  return graphql === rest || graphql === asEnum
    ? null
    : `${at}: GraphQL ${JSON.stringify(graphql)}, REST ${JSON.stringify(rest)}`
}

/**
 * Each object's `_fallback` cut to the paths that start at a field the GraphQL answer holds:
 * over GraphQL it also names fields of the row read but not asked for (a page marks only fields it shows).
 */
const heldFallback = (value: unknown, held: unknown): unknown => {
  if (Array.isArray(value))
    return value.map((item, index) => heldFallback(item, (held as unknown[] | undefined)?.[index]))
  if (!value || typeof value !== 'object') return value
  const keep = held && typeof held === 'object' ? (held as Record<string, unknown>) : {}
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, entry]) => [
      key,
      key === '_fallback' && Array.isArray(entry)
        ? entry.filter((path: string) => path.split('.')[0] in keep)
        : heldFallback(entry, keep[key]),
    ]),
  )
}

const spec = (key: string) => {
  const found = PATHS.find((path) => path.key === key)
  if (!found) throw new Error(`bench/paths.ts has no path ${key}`)
  return found
}

describeEachSeededAdapter(
  'GraphQL reads',
  (backend) => {
    let lists: { name: string; docType: GraphQLObjectType }[] = []
    let adminToken = ''
    let fixtures: Fixtures

    beforeAll(async () => {
      // The schema as a website's tools read it: by introspection.
      const introspection = await backend.api.graphql<IntrospectionQuery>(getIntrospectionQuery())
      expect(introspection.errors).toBeUndefined()
      const schema = buildClientSchema(introspection.data as IntrospectionQuery)
      const query = schema.getQueryType()
      lists = LISTS.map((name) => {
        const docs = (getNamedType(query?.getFields()[name]?.type) as GraphQLObjectType).getFields()
          .docs
        return { name, docType: getNamedType(docs?.type) as GraphQLObjectType }
      })
      adminToken = await backend.adminToken()

      const at = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString()
      const newest = await backend.api.request('/api/posts?limit=1&sort=-publishedAt&depth=0')
      const event = await backend.api.request(
        `/api/events?where[startsAt][greater_than]=${at}&sort=startsAt&limit=1&depth=0`,
      )
      expect(event.body.docs).toHaveLength(1)
      fixtures = {
        at,
        slug: newest.body.docs[0].slug,
        postId: newest.body.docs[0].id,
        categoryId: 0,
        campaignId: 0,
        eventSlug: event.body.docs[0].slug,
      }
    })

    // Each field alone is the hardest case for reading only what is asked: a computed field without its inputs.
    it.each([
      ['English', 'locale: en', false, LEVELS],
      ['Welsh without fallback', 'locale: cy, fallbackLocale: none', false, LEVELS],
      ['Welsh, falling back to English', 'locale: cy', false, LEVELS],
      ['drafts, signed in', 'locale: en, draft: true', true, LEVELS],
      // Related documents with their own fields only: they too are read without what is not asked.
      ['English, related documents with their own fields', 'locale: en', false, 2],
      ['Welsh, related documents with their own fields', 'locale: cy', false, 2],
    ])(
      'answers each field of every public list as a whole-document read does (%s)',
      async (_label, listArgs, signedIn, levels) => {
        const token = signedIn ? adminToken : undefined
        let compared = 0
        for (const { name, docType } of lists) {
          for (const field of Object.values(docType.getFields())) {
            // `_fallback` names the fields the answer holds (as REST's `select`), so asked alone it is not
            // a whole read's list by design; the Welsh home page's read checks it against REST below.
            if (field.name === '_fallback') continue
            const [selection] = fieldSelection(field, levels)
            if (!selection) continue
            const ask = (extra: string) =>
              backend.api.graphql(
                `{ ${name}(${extra}${listArgs}, limit: 6, sort: "-updatedAt") { docs { id ${selection} } } }`,
                undefined,
                token,
              )
            // `select: false` is Payload's own resolver, reading whole documents; spaces keep error columns alike.
            const whole = 'select: false, '
            const [narrow, wholeAnswer] = await Promise.all([
              ask(' '.repeat(whole.length)),
              ask(whole),
            ])
            expect({ list: name, field: field.name, answer: narrow }).toEqual({
              list: name,
              field: field.name,
              answer: wholeAnswer,
            })
            compared += wholeAnswer.data?.[name]?.docs?.length ?? 0
          }
        }
        // Documents were there to compare, not empty lists.
        expect(compared).toBeGreaterThan(100)
      },
    )

    it('answers one document by id as a whole-document read does', async () => {
      const { docType } = lists.find((list) => list.name === 'Events')!
      const ids = await backend.api.request('/api/events?limit=3&depth=0&sort=-updatedAt')
      const selection = selectionOf(docType, LEVELS)
      for (const { id } of ids.body.docs as { id: number | string }[]) {
        const ask = (extra: string) =>
          backend.api.graphql(`{ Event(id: ${JSON.stringify(id)}${extra}) { ${selection} } }`)
        const [narrow, whole] = await Promise.all([ask(' '.repeat(15)), ask(', select: false')])
        expect(narrow.errors).toBeUndefined()
        expect(narrow).toEqual(whole)
      }
    })

    // The website's own GraphQL reads (bench/paths.ts), against the REST reads of the same data.
    it.each([
      ['the home page', 'gql-home'],
      ['an event with its relations', 'gql-event'],
      ['the layout', 'gql-layout'],
      ['the home page in Welsh, with _fallback', 'gql-home-cy'],
    ])('answers %s as its REST reads do', async (_label, key) => {
      const graphql = spec(key)
      const request = graphql.request(fixtures)
      const answer = await backend.api.request(request.path, { body: JSON.parse(request.body!) })
      expect(answer.body.errors).toBeUndefined()
      const parts = Object.values(answer.body.data as Record<string, unknown>)
      const twins = graphql.restTwins ?? []
      expect(parts).toHaveLength(twins.length)
      for (const [index, twin] of twins.entries()) {
        const rest = await backend.api.request(spec(twin).request(fixtures).path)
        expect(rest.status).toBe(200)
        const part = heldFallback(parts[index], parts[index])
        expect(differenceFrom(part, heldFallback(rest.body, parts[index]))).toBeNull()
      }
    })

    // Payload's GraphQL resolves a group field from `{ ...value }`, so the venue the events' read hook
    // empties to null answered as an object of nulls; the plugin's GraphQL answers null (nullGroups.ts).
    it("answers an online event's venue as null, as REST does", async () => {
      const online = await backend.api.request(
        '/api/events?where[attendanceMode][equals]=online&limit=1&depth=0',
      )
      const [event] = online.body.docs
      expect(event.venue).toBeNull()
      const answer = await backend.api.graphql(
        `{ Event(id: ${JSON.stringify(event.id)}) { venue { name city } } }`,
      )
      expect(answer.data.Event.venue).toBeNull()
    })

    // Payload's GraphQL list resolvers each put their locale on the one request the whole query
    // shares, and related documents were read later in whichever locale was put last, so the English
    // list's hero images came in Welsh; the plugin's GraphQL reads them in their list's language.
    it('reads the related documents of each list in its own language, in one query holding both', async () => {
      const list = (alias: string, locale: string) =>
        `${alias}: Posts(${locale}, sort: "-publishedAt", limit: 3) { docs { id heroImage { id alt } } }`
      const answer = await backend.api.graphql(
        `{ ${list('en_posts', 'locale: en')} ${list('cy_posts', 'locale: cy, fallbackLocale: none')} }`,
      )
      expect(answer.errors).toBeUndefined()
      const alts = (docs: { heroImage: null | { alt: null | string } }[]) =>
        docs.map((doc) => doc.heroImage?.alt ?? null)
      for (const [alias, query] of [
        ['en_posts', 'locale=en'],
        ['cy_posts', 'locale=cy&fallback-locale=none'],
      ]) {
        const rest = await backend.api.request(
          `/api/posts?sort=-publishedAt&limit=3&depth=1&${query}`,
        )
        expect({ alias, alts: alts(answer.data[alias].docs) }).toEqual({
          alias,
          alts: alts(rest.body.docs),
        })
      }
      // The two languages' alt texts differ in the fixtures, so the comparison can fail.
      expect(alts(answer.data.en_posts.docs)).not.toEqual(alts(answer.data.cy_posts.docs))
    })
  },
  { args: ['--scale', '20'] },
)
