import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../context.ts'
import type { CharityCollectionKey } from '../registry.ts'

import { mergeHooks } from '../builders/overrides.ts'
import { keepSearchIndexInStep, removeFromSearchIndex } from './indexer.ts'

/** A searchable collection's index upkeep: appended after its own hooks, so it indexes what they saved. */
export const withSearchHooks = (
  ctx: Pick<CharityContext, 'search'>,
  key: CharityCollectionKey,
  collection: CollectionConfig,
): CollectionConfig => {
  const entry = ctx.search.find((candidate) => candidate.key === key)
  if (!entry) return collection
  return {
    ...collection,
    hooks: mergeHooks(collection.hooks, {
      afterChange: [keepSearchIndexInStep(entry)],
      afterDelete: [removeFromSearchIndex(entry)],
    }),
  }
}
