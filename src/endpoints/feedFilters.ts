import type { PayloadRequest, Where } from 'payload'

import type { CharityContext } from '../context.ts'

import { PUBLISHED } from '../access/published.ts'
import { SLUG_PATTERN } from '../fields/slug.ts'

export const badRequest = (message: string) =>
  Response.json({ errors: [{ message }] }, { status: 400 })

const notFound = (message: string) => Response.json({ errors: [{ message }] }, { status: 404 })

/** An id as this database writes them: digits on SQL, 24 hex digits on MongoDB. */
const looksLikeId = (req: PayloadRequest, value: string) =>
  req.payload.db.defaultIDType === 'number'
    ? /^\d{1,18}$/.test(value)
    : /^[a-f0-9]{24}$/.test(value)

const hasField = (req: PayloadRequest, collection: string, field: string) =>
  Boolean(req.payload.collections[collection]?.config.flattenedFields.some((f) => f.name === field))

/** The query parameters a feed takes: its language and its filters. */
export const feedParams = (ctx: CharityContext): string[] => [
  'locale',
  'fallback-locale',
  ...ctx.feedFilters.map((filter) => filter.param),
]

/**
 * The feed filters a request asks for (`?category=`, `?campaign=`, …, from
 * the context), as constraints on `collection`: each value is an id or a slug
 * of a published document. A malformed value, or a filter the collection
 * has no field for, is a 400; a slug nothing public has is a 404.
 */
export const feedFilterConstraints = async (
  ctx: CharityContext,
  collection: string,
  req: PayloadRequest,
  // GraphQL passes its arguments here; REST reads the query string.
  search: URLSearchParams = req.searchParams,
): Promise<Response | Where[]> => {
  const constraints: Where[] = []
  for (const { param, field, relationTo } of ctx.feedFilters) {
    const value = search.get(param)
    if (value === null) continue
    if (!hasField(req, collection, field)) {
      const usable = ctx.feedFilters
        .filter((filter) => hasField(req, collection, filter.field))
        .map((filter) => filter.param)
      return badRequest(
        `This feed cannot be filtered by ${param}${usable.length ? `; it takes ${usable.join(', ')}` : ''}.`,
      )
    }
    if (looksLikeId(req, value)) {
      constraints.push({ [field]: { equals: value } })
      continue
    }
    if (!SLUG_PATTERN.test(value) || value.length > 200) {
      return badRequest(`${param} must be the id or the slug of one of the ${relationTo}.`)
    }
    const drafts = Boolean(req.payload.collections[relationTo]?.config.versions?.drafts)
    const { docs } = await req.payload.find({
      collection: relationTo,
      where: drafts
        ? { and: [{ slug: { equals: value } }, PUBLISHED] }
        : { slug: { equals: value } },
      limit: 1,
      depth: 0,
      select: { slug: true },
      overrideAccess: false,
      req,
    })
    if (!docs[0]) return notFound(`No published ${relationTo} has the slug "${value}".`)
    constraints.push({ [field]: { equals: docs[0].id } })
  }
  return constraints
}
