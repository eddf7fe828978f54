import type { Reader } from './client'
import type { Group, List } from './types'

import { restGet, tag } from './client'

export const listGroups = (reader: Reader): Promise<List<Group> | null> =>
  restGet<List<Group>>(
    `/api/groups?${new URLSearchParams({ sort: 'name', limit: '100', depth: '1', joins: 'false' })}`,
    reader,
    [tag('groups', reader.locale)],
  )

/** A group with its published events and posts (the joins). */
export const getGroup = async (reader: Reader, slug: string): Promise<Group | null> => {
  const query = new URLSearchParams({ 'where[slug][equals]': slug, limit: '1', depth: '1' })
  const list = await restGet<List<Group>>(`/api/groups?${query}`, reader, [
    tag('groups', reader.locale, slug),
    tag('events', reader.locale),
    tag('posts', reader.locale),
  ])
  return list?.docs[0] ?? null
}

export type NearbyGroup = Group & { distanceKm: number }
export type Nearby = { docs: NearbyGroup[]; totalDocs: number; radiusKm: number }

/** Published active or forming groups near a point, nearest first (the backend's `/api/groups/near`). */
export const groupsNear = (
  reader: Reader,
  point: { lat: number; lng: number },
  radiusKm = 100,
): Promise<Nearby | null> =>
  restGet<Nearby>(
    `/api/groups/near?${new URLSearchParams({
      lat: point.lat.toFixed(4),
      lng: point.lng.toFixed(4),
      radiusKm: String(radiusKm),
      depth: '1',
    })}`,
    reader,
    [tag('groups', reader.locale)],
  )
