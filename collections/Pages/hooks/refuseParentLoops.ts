import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { idOf } from '../../../src/utilities/idOf.ts'
import { MAX_PAGE_DEPTH } from './breadcrumbs.ts'

const refuse = (collection: string, message: string) =>
  new ValidationError({ collection, errors: [{ path: 'parent', message }] })

/**
 * A page may not sit under itself or under one of its own subpages, and
 * pages nest at most `MAX_PAGE_DEPTH` deep: either would give it no address.
 */
export const refuseParentLoops: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (!data || !('parent' in data)) return data
  const self = idOf(originalDoc?.id)
  let next = idOf(data.parent)
  for (let depth = 1; next !== null; depth++) {
    if (self !== null && String(next) === String(self)) {
      throw refuse(
        collection.slug,
        'A page cannot sit under itself or under one of its own subpages.',
      )
    }
    if (depth >= MAX_PAGE_DEPTH) {
      throw refuse(
        collection.slug,
        `Pages nest at most ${MAX_PAGE_DEPTH} deep; choose a parent higher up.`,
      )
    }
    // The chain as stored, drafts included: a check of structure, not a read for the editor.
    const row = (await req.payload.db.findOne({
      collection: collection.slug,
      where: { id: { equals: next } },
      select: { parent: true },
      req,
    })) as null | { parent?: unknown }
    if (!row) {
      throw refuse(collection.slug, `There is no page ${String(next)} to put this page under.`)
    }
    next = idOf(row.parent)
  }
  return data
}
