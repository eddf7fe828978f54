import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { CharityContext } from '../context.ts'
import type { Doc } from '../structuredData/jsonLd.ts'
import type { CharityCollectionKey } from '../types.ts'

import { publishedAnd } from '../access/published.ts'
import { SLUG_PATTERN } from '../fields/slug.ts'
import { guardEndpoint } from '../guards/endpoint.ts'
import {
  appealJsonLd,
  blogPosting,
  groupJsonLd,
  campaignJsonLd,
  eventJsonLd,
  ngo,
  ngoJsonLd,
  pageJsonLd,
} from '../structuredData/jsonLd.ts'
import { pageLocaleOf } from '../utilities/pageUrl.ts'
import { badRequest } from './feedFilters.ts'

const LD_HEADERS = {
  'content-type': 'application/ld+json; charset=utf-8',
  'cache-control': 'public, max-age=300',
}

type Builder = (
  doc: Doc,
  page: { url: null | string; locale: null | string },
  charity: ReturnType<typeof ngo>,
) => object

const BUILDERS: Partial<Record<CharityCollectionKey, Builder>> = {
  posts: blogPosting,
  events: eventJsonLd,
  campaigns: campaignJsonLd,
  donationAppeals: appealJsonLd,
  groups: groupJsonLd,
  pages: pageJsonLd,
}

/** The site settings as the public reads them (the charity's name, contact and registrations). */
const readSettings = async (ctx: CharityContext, req: PayloadRequest) => {
  const slug = ctx.globalSlugs.siteSettings
  if (!slug) return null
  return (await req.payload.findGlobal({
    slug,
    depth: 1,
    locale: req.locale ?? undefined,
    overrideAccess: false,
    req,
  })) as Doc
}

const idPattern = (req: PayloadRequest) =>
  req.payload.db.defaultIDType === 'number' ? /^\d{1,18}$/ : /^[a-f0-9]{24}$/

/**
 * `GET /api/<collection>/<id>/jsonld` and `GET /api/<collection>/jsonld?slug=`:
 * the schema.org description of one published document as
 * `application/ld+json`, for a page's `<script type="application/ld+json">`.
 * Public whoever asks: drafts, embargoed posts and unpublished changes are
 * never described, even to a signed-in editor.
 */
export const jsonLdEndpoints = (
  ctx: CharityContext,
  key: CharityCollectionKey,
  slug: string,
  /** What else keeps a document from the public (a post's future publishedAt). */
  publicConstraint?: () => Where,
): Endpoint[] => {
  const build = BUILDERS[key]
  if (!build) return []

  const answer = async (req: PayloadRequest, match: Where) => {
    const where = publishedAnd(match, ...(publicConstraint ? [publicConstraint()] : []))
    const { docs } = await req.payload.find({
      collection: slug,
      where,
      limit: 1,
      depth: 1,
      locale: req.locale ?? undefined,
      overrideAccess: false,
      req,
    })
    const doc = docs[0] as Doc | undefined
    if (!doc) {
      return Response.json(
        {
          errors: [
            {
              message: `No published document in ${slug} matches; drafts have no structured data.`,
            },
          ],
        },
        { status: 404 },
      )
    }
    const charity = ngo(await readSettings(ctx, req), ctx.websiteUrl)
    const locale = pageLocaleOf(req)
    const page = { url: ctx.pageUrl({ collection: slug, doc, locale }), locale }
    return new Response(JSON.stringify(build(doc, page, charity)), { headers: LD_HEADERS })
  }

  const endpoints: Endpoint[] = [
    {
      path: '/jsonld',
      method: 'get',
      handler: async (req) => {
        const value = req.searchParams.get('slug')
        if (!value || !SLUG_PATTERN.test(value) || value.length > 200) {
          return badRequest(
            `Give the document's slug: /api/${slug}/jsonld?slug=<slug>, or use /api/${slug}/<id>/jsonld.`,
          )
        }
        return answer(req, { slug: { equals: value } })
      },
    },
    {
      path: '/:id/jsonld',
      method: 'get',
      handler: async (req) => {
        const id = String(req.routeParams?.id ?? '')
        if (!idPattern(req).test(id)) return badRequest(`"${id}" is not an id of ${slug}.`)
        return answer(req, { id: { equals: id } })
      },
    },
  ]
  return endpoints.map((endpoint) => guardEndpoint({ rateLimit: 'jsonLd' }, endpoint))
}

/** `GET /api/globals/site-settings/jsonld`: the charity itself as an `NGO`. */
export const siteJsonLd = (ctx: CharityContext): Endpoint =>
  guardEndpoint(
    { rateLimit: 'jsonLd' },
    {
      path: '/jsonld',
      method: 'get',
      handler: async (req) =>
        new Response(JSON.stringify(ngoJsonLd(await readSettings(ctx, req), ctx.websiteUrl)), {
          headers: LD_HEADERS,
        }),
    },
  )
