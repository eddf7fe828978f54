import type { GraphQLObjectType, GraphQLOutputType } from 'graphql'
import type { GraphQLExtension } from 'payload'

type GraphQLModule = Parameters<GraphQLExtension>[0]

/** One page of a list, as the plugin's own lists answer (Payload's paging fields). */
export type ListPage<T> = {
  docs: T[]
  totalDocs: number
  limit: number
  page: number
  totalPages: number
  hasPrevPage: boolean
  hasNextPage: boolean
}

/** The GraphQL type of a ListPage of `item`, with any fields of the list's own. */
export const listPageType = (
  GraphQL: GraphQLModule,
  name: string,
  item: GraphQLObjectType,
  extra: Record<string, { type: GraphQLOutputType }> = {},
) => {
  const { GraphQLBoolean, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType } = GraphQL
  const count = { type: new GraphQLNonNull(GraphQLInt) }
  const flag = { type: new GraphQLNonNull(GraphQLBoolean) }
  return new GraphQLObjectType({
    name,
    fields: {
      docs: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(item))) },
      totalDocs: count,
      limit: count,
      page: count,
      totalPages: count,
      hasPrevPage: flag,
      hasNextPage: flag,
      ...extra,
    },
  })
}
