import type { ASTNode, ValidationContext, ValidationRule } from 'graphql'

import { GraphQLError, Kind } from 'graphql'

/** Aliased fields under `node`, following fragments (a fragment spread twice counts twice). */
const aliasesIn = (
  node: ASTNode,
  fragments: ValidationContext['getFragment'],
  seen: Set<string>,
): number => {
  if (!('selectionSet' in node) || !node.selectionSet) return 0
  let count = 0
  for (const selection of node.selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      count += (selection.alias ? 1 : 0) + aliasesIn(selection, fragments, seen)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += aliasesIn(selection, fragments, seen)
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      const fragment = fragments(name)
      if (!fragment || seen.has(name)) continue
      seen.add(name)
      count += aliasesIn(fragment, fragments, seen)
      seen.delete(name)
    }
  }
  return count
}

/**
 * Refuse an operation with more than `maxAliases` aliased fields: each alias
 * runs its field again, so one request of 100 aliased `loginUser` mutations
 * would be 100 logins, and 100 aliased lists 100 queries.
 */
export const graphQLAliasLimit =
  (maxAliases: number): ValidationRule =>
  (context) => ({
    OperationDefinition(node) {
      const aliases = aliasesIn(node, (name) => context.getFragment(name), new Set())
      if (aliases > maxAliases) {
        context.reportError(
          new GraphQLError(
            `This operation has ${aliases} aliased fields; the limit is ${maxAliases}. Ask for fewer at once, or make several requests.`,
            { nodes: [node] },
          ),
        )
      }
    },
  })
