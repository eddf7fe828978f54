import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql'

import { isObjectType } from 'graphql'

type GroupExtensions = { field?: { type?: string; name?: string } }

/**
 * Payload's GraphQL resolves every group field as `{ ...parent[name] }`, so a
 * group a read hook empties to null (an online event's `venue`) answers as an
 * object of nulls where REST answers `null`. Each group field of the schema
 * answers null when its value is null, and as before otherwise. Payload marks
 * the fields it made from groups with the config field in `extensions.field`.
 */
export const answerEmptyGroupsWithNull = (schema: GraphQLSchema): GraphQLSchema => {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue
    for (const field of Object.values(type.getFields())) {
      const source = (field.extensions as GroupExtensions | undefined)?.field
      const resolve = field.resolve
      if (source?.type !== 'group' || !source.name || !resolve) continue
      const name = source.name
      const wrapped: GraphQLFieldResolver<unknown, unknown> = (parent, ...rest) =>
        (parent as Record<string, unknown> | null)?.[name] == null ? null : resolve(parent, ...rest)
      field.resolve = wrapped
    }
  }
  return schema
}
