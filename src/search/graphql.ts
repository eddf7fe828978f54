import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { CharityContext } from '../context.ts'

import { searchLocales } from '../endpoints/search.ts'
import { listPageType } from '../graphql/listPage.ts'
import { clientError } from '../guards/clientError.ts'
import { addressKey } from '../limits/clientAddress.ts'
import { countAgainst } from '../limits/limiter.ts'
import { tooManyError } from '../limits/responses.ts'
import { parseSearchQuery } from './query.ts'
import { searchSite } from './search.ts'

type Args = {
  q: string
  locale?: null | string
  type?: null | string[]
  limit?: null | number
  page?: null | number
  draft?: boolean | null
}

/**
 * `SiteSearch(q, locale, type, limit, page)`: the same search as
 * `GET /api/search`, with the same checks, limit and answer. Named apart
 * from a host's own `search` collection (Payload's search plugin makes one).
 */
export const siteSearchQuery =
  (ctx: CharityContext): GraphQLExtension =>
  (GraphQL) => {
    const {
      GraphQLBoolean,
      GraphQLInt,
      GraphQLList,
      GraphQLNonNull,
      GraphQLObjectType,
      GraphQLString,
    } = GraphQL
    const nonNull = <T extends ConstructorParameters<typeof GraphQLNonNull>[0]>(type: T) =>
      new GraphQLNonNull(type)
    const result = new GraphQLObjectType({
      name: 'SiteSearchResult',
      fields: {
        type: { type: nonNull(GraphQLString) },
        // Ids are numbers on SQL databases and strings on MongoDB: a string either way.
        id: {
          type: nonNull(GraphQLString),
          resolve: ({ id }: { id: number | string }) => String(id),
        },
        slug: { type: GraphQLString },
        title: { type: nonNull(GraphQLString) },
        snippet: { type: nonNull(GraphQLString) },
        path: { type: GraphQLString },
        url: { type: GraphQLString },
      },
    })
    const results = listPageType(GraphQL, 'SiteSearchResults', result)
    return {
      SiteSearch: {
        type: nonNull(results),
        args: {
          q: { type: nonNull(GraphQLString) },
          locale: { type: GraphQLString },
          type: { type: new GraphQLList(nonNull(GraphQLString)) },
          limit: { type: GraphQLInt },
          page: { type: GraphQLInt },
          draft: { type: GraphQLBoolean },
        },
        resolve: async (_: unknown, args: Args, context: { req: PayloadRequest }) => {
          const { req } = context
          const verdict = await countAgainst(req, ctx.limits, 'search', addressKey(req, ctx.limits))
          if (verdict && !verdict.allowed) throw tooManyError(verdict)
          const params = new URLSearchParams({ q: args.q })
          if (args.locale != null) params.set('locale', args.locale)
          if (args.type?.length) params.set('type', args.type.join(','))
          if (args.limit != null) params.set('limit', String(args.limit))
          if (args.page != null) params.set('page', String(args.page))
          if (args.draft != null) params.set('draft', String(args.draft))
          const query = parseSearchQuery(params, {
            ...searchLocales(req),
            types: ctx.search.map(({ slug }) => slug),
            signedIn: Boolean(req.user),
          })
          if ('parameter' in query) throw clientError(query.message, query.status ?? 400)
          return searchSite(req, ctx, query)
        },
      },
    }
  }
