import { GROUPS_NEAR } from '../defaults.ts'

export type NearQuery = { latitude: number; longitude: number; radiusKm: number; limit: number }

export type NearQueryProblem = { parameter: string; message: string }

const DEFAULT_LIMIT = 20

/** A number from a query string, or why not: "", "abc" and "1e999" are not numbers. */
const numberParam = (value: null | string): null | number => {
  if (value === null || value.trim() === '') return null
  const number = Number(value)
  return Number.isFinite(number) ? number : Number.NaN
}

/**
 * `lat`, `lng`, `radiusKm` and `limit` from `GET /api/groups/near`, checked.
 * A problem names the parameter and says what a valid one looks like.
 */
export const parseNearQuery = (params: URLSearchParams): NearQuery | NearQueryProblem => {
  const latitude = numberParam(params.get('lat'))
  if (latitude === null) {
    return {
      parameter: 'lat',
      message:
        'lat is required: the latitude to search from, in decimal degrees (e.g. lat=51.5072&lng=-0.1276).',
    }
  }
  if (Number.isNaN(latitude) || latitude < -90 || latitude > 90) {
    return {
      parameter: 'lat',
      message: `lat must be a number from -90 to 90 (decimal degrees), not "${params.get('lat')}".`,
    }
  }
  const longitude = numberParam(params.get('lng'))
  if (longitude === null) {
    return {
      parameter: 'lng',
      message:
        'lng is required: the longitude to search from, in decimal degrees (e.g. lat=51.5072&lng=-0.1276).',
    }
  }
  if (Number.isNaN(longitude) || longitude < -180 || longitude > 180) {
    return {
      parameter: 'lng',
      message: `lng must be a number from -180 to 180 (decimal degrees), not "${params.get('lng')}".`,
    }
  }
  const radius = numberParam(params.get('radiusKm'))
  if (
    radius !== null &&
    (Number.isNaN(radius) || radius <= 0 || radius > GROUPS_NEAR.maxRadiusKm)
  ) {
    return {
      parameter: 'radiusKm',
      message: `radiusKm must be a number of kilometres above 0 and at most ${GROUPS_NEAR.maxRadiusKm}, not "${params.get('radiusKm')}". Leave it out for ${GROUPS_NEAR.defaultRadiusKm}.`,
    }
  }
  const limit = numberParam(params.get('limit'))
  if (limit !== null && (!Number.isInteger(limit) || limit < 1 || limit > GROUPS_NEAR.maxResults)) {
    return {
      parameter: 'limit',
      message: `limit must be a whole number from 1 to ${GROUPS_NEAR.maxResults}, not "${params.get('limit')}". Leave it out for ${DEFAULT_LIMIT}.`,
    }
  }
  return {
    latitude,
    longitude,
    radiusKm: radius ?? GROUPS_NEAR.defaultRadiusKm,
    limit: limit ?? DEFAULT_LIMIT,
  }
}
