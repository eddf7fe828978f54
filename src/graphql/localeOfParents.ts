import type { GraphQLField, GraphQLFieldResolver, GraphQLSchema } from 'graphql'

import { isObjectType } from 'graphql'

/** The language a document was read in, carried on it (and on every object inside it) for its relations. */
const READ_IN = Symbol('charity.readIn')

type ReadIn = { locale?: unknown; fallbackLocale?: unknown }
type Tagged = Record<PropertyKey, unknown> & { [READ_IN]?: ReadIn }

/** What the handler's context carries of the request as it came: its own language, before any query changed it. */
export type RequestLocale = { requestLocale?: ReadIn }

const isRecord = (value: unknown): value is Tagged =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Marks a read document and the objects inside it (groups, rows of arrays and
 * blocks) with the language it was read in. An own enumerable symbol: object
 * spread (Payload's group resolver) keeps it, JSON and GraphQL never show it.
 */
const tag = (value: unknown, readIn: ReadIn, depth = 0): void => {
  if (depth > 32) return
  if (Array.isArray(value)) {
    for (const item of value) tag(item, readIn, depth + 1)
    return
  }
  if (!isRecord(value) || value[READ_IN]) return
  value[READ_IN] = readIn
  // Rich text (`{ root: … }`) holds no GraphQL relation fields, and may be large: not walked.
  if ('root' in value) return
  for (const inner of Object.values(value)) tag(inner, readIn, depth + 1)
}

const hasArg = (field: GraphQLField<unknown, unknown>, name: string) =>
  field.args.some((arg) => arg.name === name)

type Extensions = { field?: { type?: string } }

/** The language a field's own arguments ask for, else the one it inherits. */
const languageOf = (args: ReadIn, inherited: ReadIn | undefined): ReadIn => ({
  locale: args.locale ?? inherited?.locale,
  fallbackLocale: args.fallbackLocale ?? inherited?.fallbackLocale,
})

type Resolver = GraphQLFieldResolver<unknown, RequestLocale, Record<string, unknown>>

/** A top-level list or document: its answer is marked with the language it was read in. */
const markingAnswers =
  (resolve: Resolver): Resolver =>
  async (parent, args, context, info) => {
    const readIn = languageOf(args, context.requestLocale)
    const result = await resolve(parent, args, context, info)
    tag(isRecord(result) && Array.isArray(result.docs) ? result.docs : result, readIn)
    return result
  }

/** A relationship or upload: read in its parent's language unless its own arguments name one. */
const inParentsLanguage =
  (resolve: Resolver): Resolver =>
  async (parent, args, context, info) => {
    const inherited = isRecord(parent) ? parent[READ_IN] : undefined
    if (!inherited) return resolve(parent, args, context, info)
    const readIn = languageOf(args, inherited)
    const defined = Object.entries(readIn).filter(([, value]) => value !== undefined)
    const result = await resolve(parent, { ...args, ...Object.fromEntries(defined) }, context, info)
    tag(result, readIn)
    return result
  }

/**
 * Payload's GraphQL resolvers of lists and documents each set their language
 * on the request the whole query shares (`context.req = …`), and relations
 * are populated later from `context.req.locale`, so in one query holding an
 * English and a Welsh list the English list's related documents came in
 * whichever language was set last. Here each top-level answer is marked with
 * the language its own arguments asked for (or the request's), and each
 * relationship or upload field with no `locale` argument of its own reads in
 * its parent's language, passing it as that argument, which Payload's
 * resolver prefers to the request's.
 */
export const readRelationsInTheirParentsLanguage = (schema: GraphQLSchema): GraphQLSchema => {
  const query = schema.getQueryType()
  for (const field of Object.values(query?.getFields() ?? {})) {
    if (field.resolve && hasArg(field, 'locale'))
      field.resolve = markingAnswers(field.resolve as Resolver) as typeof field.resolve
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === query) continue
    for (const field of Object.values(type.getFields())) {
      const kind = (field.extensions as Extensions | undefined)?.field?.type
      if (
        (kind === 'relationship' || kind === 'upload') &&
        field.resolve &&
        hasArg(field, 'locale')
      )
        field.resolve = inParentsLanguage(field.resolve as Resolver) as typeof field.resolve
    }
  }
  return schema
}
