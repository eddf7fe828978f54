import type { CollectionBeforeOperationHook } from 'payload'

import { normalisePath } from './chains.ts'

/**
 * `GET /api/redirects?from=/old/path`: the same as
 * `?where[from][equals]=/old/path`, with the path normalised as it was
 * stored (no trailing slash), so a website passes the path it got as is.
 */
export const lookUpByFrom: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || 'id' in args) return args
  const from = req.searchParams?.get('from')
  if (from === null || from === undefined) return args
  const byFrom = { from: { equals: normalisePath(from) } }
  return { ...args, where: args.where ? { and: [args.where, byFrom] } : byFrom, limit: 1 }
}
