import type { ASTNode, ValidationContext, ValidationRule } from 'graphql'

import { GraphQLError, Kind } from 'graphql'

/** How deep a selection set goes, following fragments (each fragment is counted once per path). */
const depthOf = (
  node: ASTNode,
  fragments: ValidationContext['getFragment'],
  seen: Set<string>,
): number => {
  if (!('selectionSet' in node) || !node.selectionSet) return 0
  let deepest = 0
  for (const selection of node.selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection fields describe the schema, not content: they are bounded by its size.
      if (selection.name.value.startsWith('__')) continue
      deepest = Math.max(deepest, 1 + depthOf(selection, fragments, seen))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection, fragments, seen))
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      const fragment = fragments(name)
      if (!fragment || seen.has(name)) continue
      seen.add(name)
      deepest = Math.max(deepest, depthOf(fragment, fragments, seen))
      seen.delete(name)
    }
  }
  return deepest
}

/**
 * Refuse queries nested deeper than `maxDepth` (a post's campaign's posts'
 * campaign's …): each level can multiply the documents loaded, so the
 * complexity limit alone would let a short query do a lot of work.
 */
export const graphQLDepthLimit =
  (maxDepth: number): ValidationRule =>
  (context) => ({
    OperationDefinition(node) {
      const depth = depthOf(node, (name) => context.getFragment(name), new Set())
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(
            `This query nests ${depth} levels deep; the limit is ${maxDepth}. Ask for fewer levels of related documents, or make two queries.`,
            { nodes: [node] },
          ),
        )
      }
    },
  })
