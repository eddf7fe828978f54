import type { Endpoint, PayloadRequest } from 'payload'

import type { CharityContext } from '../context.ts'

import { guardEndpoint } from '../guards/endpoint.ts'
import { parseSearchQuery } from '../search/query.ts'
import { searchSite } from '../search/search.ts'

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** The locales a search may ask for, and the one it gets unless it asks. */
export const searchLocales = (req: PayloadRequest) => {
  const { localization } = req.payload.config
  return localization
    ? { locales: localization.localeCodes, defaultLocale: localization.defaultLocale }
    : { locales: ['en'], defaultLocale: 'en' }
}

/**
 * `GET /api/search?q=&locale=&type=&limit=&page=`: published posts, events,
 * campaigns, groups and appeals whose words start with every word of `q`,
 * title matches first (docs/website-developers.md, "Site search").
 */
export const searchEndpoint = (ctx: CharityContext): Endpoint =>
  guardEndpoint(
    { rateLimit: 'search' },
    {
      path: '/search',
      method: 'get',
      handler: async (req) => {
        const query = parseSearchQuery(new URL(req.url ?? 'http://localhost').searchParams, {
          ...searchLocales(req),
          types: ctx.search.map(({ slug }) => slug),
          signedIn: Boolean(req.user),
        })
        if ('parameter' in query) return refuse(query.status ?? 400, query.message)
        return Response.json(await searchSite(req, ctx, query))
      },
    },
  )
