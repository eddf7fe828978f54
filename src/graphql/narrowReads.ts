import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLFieldConfig,
  GraphQLFieldResolver,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLResolveInfo,
  SelectionSetNode,
} from 'graphql'
import type {
  Collection,
  FlattenedField,
  GraphQLInfo,
  PayloadRequest,
  SelectType,
  Where,
} from 'payload'

import { getNamedType, isObjectType, Kind } from 'graphql'
import { findByIDOperation, findOperation, isolateObjectProperty } from 'payload'

type Context = { req: PayloadRequest; select?: SelectType }
type Args = {
  id?: number | string
  draft?: boolean
  fallbackLocale?: string
  limit?: number
  locale?: string
  page?: number
  pagination?: boolean
  select?: boolean
  sort?: string
  trash?: boolean
  where?: Where
}
type Resolver = GraphQLFieldResolver<unknown, Context, Args>

/**
 * Fields kept outside the document's own row: rich text (parsed and walked on
 * every read), arrays, blocks, joins and anything with many values (their own
 * tables), and groups holding any of those.
 */
const storedApart = (field: FlattenedField): boolean => {
  if ('virtual' in field && field.virtual) return false
  switch (field.type) {
    case 'array':
    case 'blocks':
    case 'join':
    case 'richText':
      return true
    case 'group':
    case 'tab':
      return field.flattenedFields.some(storedApart)
    case 'relationship':
    case 'upload':
      return Boolean(field.hasMany) || Array.isArray(field.relationTo)
    default:
      return 'hasMany' in field && Boolean(field.hasMany)
  }
}

/** The fields a selection set names at its own level, following fragments. */
const namesIn = (
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into: FieldNode[] = [],
): FieldNode[] => {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.push(selection)
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      namesIn(selection.selectionSet, fragments, into)
    else namesIn(fragments[selection.name.value]?.selectionSet, fragments, into)
  }
  return into
}

/**
 * What a read may leave out: the collection's fields stored apart that the
 * query does not ask for (by their Payload names). `undefined` when nothing
 * can be left out, or when an asked field needs the whole document.
 */
const leftOutFor = (
  docType: GraphQLObjectType,
  apart: FlattenedField[],
  asked: FieldNode[],
): SelectType | undefined => {
  const graphQLFields = docType.getFields()
  const payloadName = (name: string) =>
    (graphQLFields[name]?.extensions?.field as undefined | { name?: string })?.name ?? name
  const askedNames = new Set(asked.map((node) => payloadName(node.name.value)))
  // `_fallback` needs no whole document: like REST's `select`, it names the fields the answer holds
  // (a whole read on PostgreSQL made a Welsh home page's query cost 3.8× its REST reads).
  const offered = new Set(Object.keys(graphQLFields).map(payloadName))
  const leftOut = apart.filter((field) => offered.has(field.name) && !askedNames.has(field.name))
  return leftOut.length > 0
    ? Object.fromEntries(leftOut.map((field) => [field.name, false]))
    : undefined
}

/** Per parsed query (documents are reused for the same text, see handler.ts): the selection's left-out fields. */
const leftOutCache = new WeakMap<FieldNode, SelectType | null>()
const cachedLeftOut = (info: GraphQLResolveInfo, work: () => SelectType | undefined) => {
  const [node] = info.fieldNodes
  if (!node || info.fieldNodes.length > 1) return work()
  let known = leftOutCache.get(node)
  if (known === undefined) {
    known = work() ?? null
    leftOutCache.set(node, known)
  }
  return known ?? undefined
}

/** As Payload's GraphQL resolvers start: this field's locale and draft on its own copy of the request. */
const requestFor = (context: Context, args: Args): PayloadRequest => {
  const req = isolateObjectProperty(context.req, ['locale', 'fallbackLocale', 'transactionID'])
  context.req = req
  // Related documents are read whole, as Payload reads them without `select`.
  context.select = undefined
  req.locale = args.locale || req.locale
  req.fallbackLocale = args.fallbackLocale || req.fallbackLocale
  req.query = req.query || {}
  // Payload's own rule, word for word, so `?draft=` reads alike with either resolver.
  const fromQuery = req.query.draft === 'true' ? true : undefined
  const draft = (args.draft ?? req.query.draft === 'false') ? false : fromQuery
  if (typeof draft === 'boolean') req.query.draft = String(draft)
  return req
}

/** A list's documents are under `docs`. */
const askedInList = (info: GraphQLResolveInfo) =>
  namesIn(info.fieldNodes[0]?.selectionSet, info.fragments)
    .filter((node) => node.name.value === 'docs')
    .flatMap((node) => namesIn(node.selectionSet, info.fragments))
const askedInDocument = (info: GraphQLResolveInfo) =>
  namesIn(info.fieldNodes[0]?.selectionSet, info.fragments)

type Narrowing = {
  collection: Collection
  docType: GraphQLObjectType
  /** The collection's fields stored apart. */
  apart: FlattenedField[]
  original: Resolver
}

/** Requests with a list or document that passed `select` itself: their related documents are read as Payload reads them too. */
const payloadSelects = new WeakSet<Context>()

/** What this read leaves out; `undefined` when the query passed `select` itself (Payload's own behaviour) or nothing can go. */
const leftOutOf = (
  { apart, docType }: Narrowing,
  args: Args,
  context: Context,
  info: GraphQLResolveInfo,
  asked: (info: GraphQLResolveInfo) => FieldNode[],
) => {
  if (args.select === undefined)
    return cachedLeftOut(info, () => leftOutFor(docType, apart, asked(info)))
  payloadSelects.add(context)
  return undefined
}

const narrowList =
  (narrowing: Narrowing): Resolver =>
  (source, args, context, info) => {
    const select = leftOutOf(narrowing, args, context, info, askedInList)
    if (!select) return narrowing.original(source, args, context, info)
    return findOperation({
      collection: narrowing.collection,
      depth: 0,
      draft: args.draft,
      limit: args.limit,
      page: args.page,
      pagination: args.pagination,
      req: requestFor(context, args),
      select,
      sort: args.sort && typeof args.sort === 'string' ? args.sort.split(',') : undefined,
      trash: args.trash,
      where: args.where,
    })
  }

const narrowOne =
  (narrowing: Narrowing): Resolver =>
  (source, args, context, info) => {
    const select = leftOutOf(narrowing, args, context, info, askedInDocument)
    if (!select || args.id === undefined) return narrowing.original(source, args, context, info)
    return findByIDOperation({
      id: args.id,
      collection: narrowing.collection,
      depth: 0,
      draft: args.draft,
      req: requestFor(context, args),
      select,
      trash: args.trash,
    })
  }

/**
 * Payload's GraphQL reads whole documents and leaves graphql-js to pick the
 * asked fields, where REST reads only what `select` names: a home page's
 * lists read every post's rich text, arrays and relations only to drop them.
 * For the given collections, a list or a document read leaves out the fields
 * stored apart (see storedApart) that the query does not ask for; every
 * field of the document's own row is still read, so hooks and computed
 * fields see what they always saw. A query that passes `select` itself gets
 * Payload's own behaviour. Call from `graphQL.queries`: it changes Payload's
 * query fields in place (returned fields would be wrapped with a copied
 * context, which Payload's relationship resolvers cannot see through).
 */
export const narrowCollectionReads = (info: GraphQLInfo, slugs: string[]): void => {
  const narrowings = new Map<string, Omit<Narrowing, 'original'>>()
  for (const slug of slugs) {
    const collection = info.collections[slug]
    const docType: GraphQLObjectType | undefined = collection?.graphQL?.type
    if (!collection || !docType) continue
    const narrowing = {
      collection,
      docType,
      apart: collection.config.flattenedFields.filter(storedApart),
    }
    narrowings.set(slug, narrowing)
    for (const field of Object.values(info.Query.fields) as GraphQLFieldConfig<
      unknown,
      Context,
      Args
    >[]) {
      const named: GraphQLNamedType = getNamedType(field.type)
      const original = field.resolve
      if (!original) continue
      if (named === docType) {
        field.resolve = narrowOne({ ...narrowing, original })
      } else if (isObjectType(named)) {
        const docsType: GraphQLOutputType | undefined = named.getFields().docs?.type
        if (docsType && getNamedType(docsType) === docType && 'pagination' in (field.args ?? {})) {
          field.resolve = narrowList({ ...narrowing, original })
        }
      }
    }
  }
  for (const { docType } of narrowings.values()) narrowRelations(docType, narrowings)
}

/**
 * A document's relationship to one of the given collections reads the related
 * document as narrowly as the query asks, by the same rule. Payload's
 * relationship resolver takes its `select` from `context.select` (by the
 * field's path) as it starts, so it is set for that moment only. A request in
 * which a list or document passed `select` itself reads related documents as
 * Payload does.
 */
const narrowRelations = (
  docType: GraphQLObjectType,
  narrowings: Map<string, Omit<Narrowing, 'original'>>,
): void => {
  for (const field of Object.values(docType.getFields())) {
    const config = field.extensions?.field as
      undefined | { name: string; relationTo?: unknown; type?: string }
    const related =
      config?.type === 'relationship' && typeof config.relationTo === 'string'
        ? narrowings.get(config.relationTo)
        : undefined
    const original = field.resolve as Resolver | undefined
    if (!config || !related || !original) continue
    const resolver: Resolver = (parent, args, context, info) => {
      // Every root field starts before any related document is read: the flag is set by then.
      if (context.select !== undefined || payloadSelects.has(context))
        return original(parent, args, context, info)
      const select = cachedLeftOut(info, () =>
        leftOutFor(related.docType, related.apart, askedInDocument(info)),
      )
      if (!select) return original(parent, args, context, info)
      // Only the path to this field matters: Payload's resolver reads `context.select[name]`.
      context.select = { [config.name]: select } as unknown as SelectType
      try {
        return original(parent, args, context, info)
      } finally {
        context.select = undefined
      }
    }
    field.resolve = resolver as typeof field.resolve
  }
}
