/**
 * Distances on the Earth for "find a group near me": a bounding box that an
 * index can answer (latitude and longitude ranges), then the great-circle
 * distance of each candidate to filter and sort by.
 */

/** The mean radius of the Earth (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088

const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM

const radians = (degrees: number) => (degrees * Math.PI) / 180

/** Great-circle distance in kilometres between two points (haversine formula). */
export const distanceKm = (
  from: { latitude: number; longitude: number },
  to: { latitude: number; longitude: number },
): number => {
  const dLat = radians(to.latitude - from.latitude)
  const dLng = radians(to.longitude - from.longitude)
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)))
}

export type LongitudeRange = { min: number; max: number }

/**
 * Every point within `radiusKm` of the centre lies inside this box. Near a
 * pole the box takes in every longitude; across the 180th meridian the
 * longitudes come as two ranges.
 */
export type BoundingBox = {
  minLatitude: number
  maxLatitude: number
  longitudes: LongitudeRange[]
}

export const boundingBox = (latitude: number, longitude: number, radiusKm: number): BoundingBox => {
  const dLat = radiusKm / KM_PER_DEGREE
  const minLatitude = Math.max(-90, latitude - dLat)
  const maxLatitude = Math.min(90, latitude + dLat)
  // A box that reaches a pole spans every longitude.
  if (minLatitude <= -90 || maxLatitude >= 90) {
    return { minLatitude, maxLatitude, longitudes: [{ min: -180, max: 180 }] }
  }
  // The widest point of the circle is nearer the pole than the centre is, so the
  // longitude span is taken at the box's edge furthest from the equator.
  const widest = Math.max(Math.abs(minLatitude), Math.abs(maxLatitude))
  const dLng = radiusKm / (KM_PER_DEGREE * Math.cos(radians(widest)))
  if (dLng >= 180) return { minLatitude, maxLatitude, longitudes: [{ min: -180, max: 180 }] }
  const min = longitude - dLng
  const max = longitude + dLng
  const longitudes =
    min < -180
      ? [
          { min: min + 360, max: 180 },
          { min: -180, max },
        ]
      : max > 180
        ? [
            { min, max: 180 },
            { min: -180, max: max - 360 },
          ]
        : [{ min, max }]
  return { minLatitude, maxLatitude, longitudes }
}
