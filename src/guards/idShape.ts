import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { clientError } from './clientError.ts'

type IdShape = { pattern: RegExp; describe: string }

/** What an id looks like on this database, or null when any string may be one (text ids, UUIDs). */
const idShapeOf = (req: PayloadRequest): IdShape | null => {
  if (req.payload.db.name === 'mongoose') {
    return { pattern: /^[0-9a-f]{24}$/i, describe: 'a 24-character hexadecimal ObjectId' }
  }
  return req.payload.db.defaultIDType === 'number'
    ? { pattern: /^\d{1,15}$/, describe: 'a whole number' }
    : null
}

/**
 * Why `id`, from a route of the collection `slug`, cannot name anything on
 * this database, or null when it may. Payload reads the id with `parseFloat`
 * (`12abc` is post 12) and its SQL adapters fail on a word with a 500, so the
 * route's own text is what is checked.
 */
export const impossibleIdProblem = (
  req: PayloadRequest,
  slug: string,
  id: string,
): null | string => {
  // Collections that choose their ids (an `id` field) take anything.
  if (req.payload.collections[slug]?.customIDType) return null
  const shape = idShapeOf(req)
  if (!shape || shape.pattern.test(id)) return null
  return `No ${slug} with id "${id.slice(0, 40)}": ids here are ${shape.describe}.`
}

/** `/api/<collection>/<id>` (and its versions): an id that cannot exist is a 404 that says what ids look like. */
export const refuseImpossibleIds = ({
  collection,
  req,
}: {
  collection: SanitizedCollectionConfig
  req: PayloadRequest
}): void => {
  const id = req.routeParams?.id
  // Only for this collection's own route: a hook reading another collection carries the outer route.
  if (req.payloadAPI !== 'REST' || typeof id !== 'string') return
  if (req.routeParams?.collection !== collection.slug) return
  const problem = impossibleIdProblem(req, collection.slug, id)
  if (problem) throw clientError(problem, 404)
}
