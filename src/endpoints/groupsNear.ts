import type { Endpoint, PayloadRequest, Where } from 'payload'

import { PUBLISHED } from '../access/published.ts'
import { boundingBox, distanceKm } from '../groups/geo.ts'
import { parseNearQuery } from '../groups/nearQuery.ts'
import { guardEndpoint } from '../guards/endpoint.ts'

/** Groups a visitor can join: forming or active (a paused group is not taking people in). */
export const JOINABLE_GROUP_STATUSES = ['active', 'forming'] as const

/** What a map or list of nearby groups needs; the long description stays on the group's page. */
const NEAR_SELECT = {
  name: true,
  slug: true,
  region: true,
  town: true,
  location: true,
  summary: true,
  meets: true,
  contactEmail: true,
  groupStatus: true,
  heroImage: true,
} as const

const reply400 = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

type GroupRow = {
  id: number | string
  location?: { latitude?: null | number; longitude?: null | number }
}

/**
 * `GET /api/groups/near?lat=&lng=&radiusKm=`: published groups a visitor can
 * join, nearest first, each with `distanceKm`. The database answers a
 * latitude/longitude box (indexed); the exact distance is worked out here.
 */
export const groupsNear = (slug: string): Endpoint =>
  guardEndpoint(
    { rateLimit: 'groupsNear' },
    {
      path: '/near',
      method: 'get',
      handler: async (req: PayloadRequest) => {
        const query = parseNearQuery(new URL(req.url ?? 'http://localhost').searchParams)
        if ('parameter' in query) return reply400(query.message)

        const box = boundingBox(query.latitude, query.longitude, query.radiusKm)
        const longitude: Where = {
          or: box.longitudes.map((range) => ({
            'location.longitude': { greater_than_equal: range.min, less_than_equal: range.max },
          })),
        }
        const where: Where = {
          and: [
            // Published only, even for a signed-in reader: this is the public finder.
            PUBLISHED,
            { groupStatus: { in: [...JOINABLE_GROUP_STATUSES] } },
            {
              'location.latitude': {
                greater_than_equal: box.minLatitude,
                less_than_equal: box.maxLatitude,
              },
            },
            longitude,
          ],
        }
        const depth = Number(req.query?.depth ?? 0)
        const { docs } = await req.payload.find({
          collection: slug as 'groups',
          where,
          select: NEAR_SELECT,
          depth: Number.isInteger(depth) && depth >= 0 && depth <= 2 ? depth : 0,
          locale: req.locale,
          fallbackLocale: req.fallbackLocale,
          pagination: false,
          draft: false,
          req,
          overrideAccess: false,
        })

        const origin = { latitude: query.latitude, longitude: query.longitude }
        const nearby = (docs as GroupRow[])
          .flatMap((doc) => {
            const { latitude, longitude } = doc.location ?? {}
            if (typeof latitude !== 'number' || typeof longitude !== 'number') return []
            const km = distanceKm(origin, { latitude, longitude })
            return km <= query.radiusKm ? [{ doc, km }] : []
          })
          .sort((a, b) => a.km - b.km || String(a.doc.id).localeCompare(String(b.doc.id)))

        return Response.json({
          // To 100 m: closer than that says more about the pin than the place.
          docs: nearby
            .slice(0, query.limit)
            .map(({ doc, km }) => ({ ...doc, distanceKm: Math.round(km * 10) / 10 })),
          totalDocs: nearby.length,
          origin: { lat: query.latitude, lng: query.longitude },
          radiusKm: query.radiusKm,
        })
      },
    },
  )
