import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

import {
  dropEventOccurrences,
  storeEventOccurrences,
  storesOccurrences,
} from '../../../src/recurrence/store.ts'

/**
 * Keeps the stored occurrences in step with the event's own row, in the
 * save's transaction (a failed save leaves them as they were): a publish, an
 * unpublish, any change to times, rule or exceptions, a draft's first save.
 * A draft saved beside the published event changes nothing public.
 */
export const storeOccurrencesOnChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (!storesOccurrences(req.payload)) return doc
  await storeEventOccurrences(req, doc.id, { unlessPublished: doc._status !== 'published' })
  return doc
}

/**
 * An event being deleted takes its stored occurrences with it, first (they
 * point at it), in the same transaction: a delete that fails keeps them.
 */
export const dropOccurrencesOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (storesOccurrences(req.payload)) await dropEventOccurrences(req, id)
}
