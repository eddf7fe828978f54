import type { CollectionBeforeChangeHook } from 'payload'

/** A request is closed when it is completed or declined: its retention clock starts then. */
export const CLOSED_STATUSES = ['completed', 'declined'] as const

const isClosed = (status: unknown) => (CLOSED_STATUSES as readonly unknown[]).includes(status)

/**
 * `closedAt`: set when a request is completed or declined, cleared when it is
 * reopened, kept while it stays closed. A system task (the seed) may give the
 * date a request was closed when it creates one.
 */
export const trackClosedAt: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (!isClosed(data.requestStatus)) return { ...data, closedAt: null }
  const stillClosed = operation === 'update' && isClosed(originalDoc?.requestStatus)
  if ((stillClosed || operation === 'create') && data.closedAt) return data
  return { ...data, closedAt: new Date().toISOString() }
}
