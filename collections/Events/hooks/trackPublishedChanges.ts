import type { CollectionBeforeChangeHook } from 'payload'

type PublishedEvent = {
  _status?: string
  startsAt?: string
  eventStatus?: string
  sequence?: number | null
}

/**
 * On every publish of an event, compared with what the public saw last:
 * - `sequence` goes up by one (calendar clients replace an entry only when it grows);
 * - a moved start keeps the old one in `previousStartsAt`, and `eventStatus`
 *   becomes `rescheduled` unless the editor chose another status in the same save.
 * The published state is read on the editor's behalf (`overrideAccess: false`).
 */
export const trackPublishedChanges: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (data._status !== 'published') return data
  if (operation === 'create' || !originalDoc?.id) return { ...data, sequence: 0 }

  const current = (await req.payload.findByID({
    collection: collection.slug,
    id: originalDoc.id,
    draft: false,
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    req,
  })) as PublishedEvent | null

  if (!current || current._status !== 'published') {
    // Never published: this is the first publish. Unpublished earlier: publishing again is a change.
    return {
      ...data,
      sequence: typeof originalDoc.sequence === 'number' ? originalDoc.sequence + 1 : 0,
    }
  }

  const next: Record<string, unknown> = { ...data, sequence: (current.sequence ?? 0) + 1 }
  const newStart = data.startsAt ?? originalDoc.startsAt
  const moved =
    newStart &&
    current.startsAt &&
    new Date(newStart).getTime() !== new Date(current.startsAt).getTime()
  if (moved) {
    next.previousStartsAt = current.startsAt
    const chosen = data.eventStatus ?? originalDoc.eventStatus
    if (!chosen || chosen === current.eventStatus) next.eventStatus = 'rescheduled'
  }
  return next
}
