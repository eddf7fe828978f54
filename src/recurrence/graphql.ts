import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { CharityContext } from '../context.ts'

import { feedFilterConstraints } from '../endpoints/feedFilters.ts'
import { eventTypesOf, listOccurrences, parseOccurrencesQuery } from '../endpoints/occurrences.ts'
import { listPageType } from '../graphql/listPage.ts'
import { clientError } from '../guards/clientError.ts'
import { addressKey } from '../limits/clientAddress.ts'
import { countAgainst } from '../limits/limiter.ts'
import { tooManyError } from '../limits/responses.ts'

type Args = Record<string, null | number | string | undefined>

/** A 4xx the REST checks answered, as the GraphQL error with its message and status. */
const asError = async (response: Response) => {
  const body = (await response.json()) as { errors?: { message?: string }[] }
  return clientError(body.errors?.[0]?.message ?? 'Bad request.', response.status)
}

/**
 * `EventOccurrences(from, to, type, group, campaign, category, locale, page, limit)`:
 * the same list as `GET /api/events/occurrences`, with the same checks, limit and access.
 */
export const eventOccurrencesQuery =
  (ctx: CharityContext, slug: string): GraphQLExtension =>
  (GraphQL) => {
    const { GraphQLBoolean, GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
    const nonNull = <T extends ConstructorParameters<typeof GraphQLNonNull>[0]>(type: T) =>
      new GraphQLNonNull(type)
    const venue = new GraphQLObjectType({
      name: 'EventOccurrenceVenue',
      fields: {
        name: { type: GraphQLString },
        street: { type: GraphQLString },
        city: { type: GraphQLString },
        postcode: { type: GraphQLString },
      },
    })
    const override = new GraphQLObjectType({
      name: 'EventOccurrenceOverride',
      fields: { venue: { type: venue }, note: { type: GraphQLString } },
    })
    const occurrence = new GraphQLObjectType({
      name: 'EventOccurrence',
      fields: {
        // Ids are numbers on SQL databases and strings on MongoDB: a string either way.
        event: {
          type: nonNull(GraphQLString),
          resolve: ({ event }: { event: number | string }) => String(event),
        },
        title: { type: GraphQLString },
        slug: { type: GraphQLString },
        eventType: { type: GraphQLString },
        recurring: { type: nonNull(GraphQLBoolean) },
        startsAt: { type: nonNull(GraphQLString) },
        endsAt: { type: nonNull(GraphQLString) },
        originalStartsAt: { type: nonNull(GraphQLString) },
        status: { type: nonNull(GraphQLString) },
        override: { type: override },
      },
    })
    const page = listPageType(GraphQL, 'EventOccurrences', occurrence, {
      from: { type: nonNull(GraphQLString) },
      to: { type: nonNull(GraphQLString) },
    })
    const filters = ctx.feedFilters.map(({ param }) => param)
    return {
      EventOccurrences: {
        type: nonNull(page),
        args: {
          from: { type: GraphQLString },
          to: { type: GraphQLString },
          type: { type: GraphQLString },
          ...Object.fromEntries(filters.map((param) => [param, { type: GraphQLString }])),
          locale: { type: GraphQLString },
          page: { type: GraphQLInt },
          limit: { type: GraphQLInt },
        },
        resolve: async (_: unknown, args: Args, context: { req: PayloadRequest }) => {
          const { req } = context
          const verdict = await countAgainst(req, ctx.limits, 'feeds', addressKey(req, ctx.limits))
          if (verdict && !verdict.allowed) throw tooManyError(verdict)
          const params = new URLSearchParams()
          for (const [name, value] of Object.entries(args))
            if (value !== null && value !== undefined) params.set(name, String(value))
          const page = Number(params.get('page') ?? 1)
          if (!Number.isInteger(page) || page < 1)
            throw clientError('page must be a whole number of 1 or more.', 400)
          const codes = req.payload.config.localization
            ? req.payload.config.localization.localeCodes
            : []
          const locale = params.get('locale')
          if (locale !== null && !codes.includes(locale))
            throw clientError(`locale must be one of ${codes.join(', ')}.`, 400)
          const eventTypes = eventTypesOf(req, slug)
          const query = parseOccurrencesQuery(params, eventTypes, new Date())
          if ('message' in query) throw clientError(query.message, 400)
          const constraints = await feedFilterConstraints(ctx, slug, req, params)
          if (constraints instanceof Response) throw await asError(constraints)
          return listOccurrences(slug, req, query, constraints, locale)
        },
      },
    }
  }
