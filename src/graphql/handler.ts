import type {
  DocumentNode,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  Source,
} from 'graphql'
import type { PayloadRequest, SanitizedConfig } from 'payload'

import { configToSchema } from '@payloadcms/graphql'
import { parse, specifiedRules, validate } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import { LRUCache } from 'lru-cache'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  unlinkClientUploadTempFile,
} from 'payload'

import { readRelationsInTheirParentsLanguage, type RequestLocale } from './localeOfParents.ts'
import { answerEmptyGroupsWithNull } from './nullGroups.ts'

/** Query texts whose parsed document is kept: a site sends a handful of queries again and again. */
const MAX_CACHED_QUERIES = 200
/** Longer texts are parsed every time: the cache is for a site's own queries, not for anything anyone sends. */
const MAX_CACHED_QUERY_LENGTH = 16 * 1024

type Built = ReturnType<typeof configToSchema>
type Context = { headers: Record<string, string>; req: PayloadRequest } & RequestLocale

/** The schema and rules Payload builds from a config, once per config (a new config, as after a reload in development, builds anew). */
const builtFor = new WeakMap<SanitizedConfig, Built>()
const schemaFor = (config: SanitizedConfig): Built => {
  let built = builtFor.get(config)
  if (!built) {
    built = configToSchema(config)
    answerEmptyGroupsWithNull(built.schema)
    readRelationsInTheirParentsLanguage(built.schema)
    builtFor.set(config, built)
  }
  return built
}

/** Parsed documents by query text: the same text is the same document, and execution never changes one. */
const documents = new LRUCache<string, DocumentNode>({ max: MAX_CACHED_QUERIES })
const parseOnce = (source: Source | string): DocumentNode => {
  if (typeof source !== 'string' || source.length > MAX_CACHED_QUERY_LENGTH) return parse(source)
  let document = documents.get(source)
  if (!document) {
    document = parse(source)
    documents.set(source, document)
  }
  return document
}

/** Documents that passed GraphQL's own rules against a schema: those rules read only the schema and the document. */
const validFor = new WeakMap<GraphQLSchema, WeakSet<DocumentNode>>()
/**
 * GraphQL's specified rules cost milliseconds a request against Payload's
 * schema of thousands of types (one rule lists every type name each time),
 * more than many reads: they run once per parsed document. The rules that
 * depend on the request (Payload's complexity, which reads the variables;
 * the plugin's and the host's) run every time. A document that fails is
 * validated whole again, so its errors are exactly GraphQL's.
 */
const validateOnce: typeof validate = (schema, document, rules, ...rest) => {
  let valid = validFor.get(schema)
  if (!valid) {
    valid = new WeakSet()
    validFor.set(schema, valid)
  }
  if (!valid.has(document)) {
    const errors = validate(schema, document, specifiedRules)
    if (errors.length > 0)
      return validate(schema, document, [...specifiedRules, ...(rules ?? [])], ...rest)
    valid.add(document)
  }
  return validate(schema, document, rules, ...rest)
}

/** An error as Payload's GraphQL route answers it: the message hidden for a 500 unless `debug`, the host's `afterError` hooks applied. */
const formatError = async (
  error: GraphQLError,
  req: PayloadRequest,
): Promise<GraphQLFormattedError> => {
  const { payload } = req
  const original = error.originalError as
    (Error & { data?: unknown; status?: number }) | null | undefined
  const statusCode = original?.status || 500
  logError({ err: error, payload })
  let formatted: GraphQLFormattedError = {
    extensions: {
      name: original?.name || undefined,
      data: original?.data || undefined,
      stack: payload.config.debug ? error.stack : undefined,
      statusCode,
    },
    locations: error.locations,
    message: statusCode === 500 && !payload.config.debug ? 'Something went wrong.' : error.message,
    path: error.path,
  }
  for (const hook of payload.config.hooks.afterError ?? []) {
    const result = await hook({
      context: req.context,
      error,
      graphqlResult: formatted,
      req,
    } as Parameters<typeof hook>[0])
    if (result?.graphqlResult) formatted = result.graphqlResult as GraphQLFormattedError
  }
  return formatted
}

/**
 * `POST /api/graphql` as Payload's own route (`GRAPHQL_POST` of
 * `@payloadcms/next/routes`) answers it, with two differences: the schema is
 * built once per config, in development too, and a query text already seen
 * is neither parsed nor checked against GraphQL's own rules again (see
 * validateOnce). Use it in place of `GRAPHQL_POST`, in a Next route
 * (`export const POST = graphQLPost(config)`) or any server that speaks fetch.
 */
export const graphQLPost =
  (config: Promise<SanitizedConfig> | SanitizedConfig) =>
  async (request: Request): Promise<Response> => {
    const originalRequest = request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config, request })
    const { payload } = req
    if (payload.config.graphQL?.disable) return new Response(null, { status: 404 })
    try {
      await addDataAndFileToRequest(req)
      addLocalesToRequestFromData(req)
      const { schema, validationRules } = schemaFor(payload.config)
      const headers: Record<string, string> = {}
      const answer = await createHandler<Context>({
        // The request's own language, kept apart from `req`, which Payload's resolvers change.
        context: {
          headers,
          req,
          requestLocale: { locale: req.locale, fallbackLocale: req.fallbackLocale },
        },
        schema,
        parse: parseOnce,
        validate: validateOnce,
        // Only the request's own rules here: validateOnce adds GraphQL's.
        validationRules: (_request, args) => validationRules(args),
        onOperation: async (_request, args, result) => {
          const response =
            typeof payload.extensions === 'function'
              ? await payload.extensions({ args, req: _request, result })
              : result
          if (!('errors' in response) || !response.errors) return response
          const errors = await Promise.all(
            (result as { errors?: readonly GraphQLError[] }).errors?.map((error) =>
              formatError(error, req),
            ) ?? [],
          )
          return { ...response, errors } as typeof response
        },
      })(originalRequest)
      const responseHeaders = headersWithCors({ headers: new Headers(answer.headers), req })
      for (const [name, value] of Object.entries(headers)) responseHeaders.append(name, value)
      return new Response(answer.body, {
        headers: req.responseHeaders
          ? mergeHeaders(req.responseHeaders, responseHeaders)
          : responseHeaders,
        status: answer.status,
      })
    } finally {
      // GraphQL reads the body itself, so no endpoint wrapper removes an uploaded temporary file.
      await unlinkClientUploadTempFile({ req })
    }
  }
