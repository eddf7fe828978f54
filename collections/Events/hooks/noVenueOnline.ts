import type {
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
} from 'payload'

type Place = Record<string, unknown> | null | undefined

/** The parts of a venue that say where it is: a country alone (the default) is no venue. */
const VENUE_PARTS = ['name', 'street', 'city', 'region', 'postcode'] as const

const isBlank = (value: unknown) => value === null || value === undefined || value === ''

/**
 * An online event keeps no venue or map position: the admin hides both for
 * it, and a venue's default country would otherwise be stored and shown.
 */
export const clearVenueWhenOnline: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if ((data.attendanceMode ?? originalDoc?.attendanceMode) !== 'online') return data
  return {
    ...data,
    venue: { name: null, street: null, city: null, region: null, postcode: null, country: null },
    location: { latitude: null, longitude: null },
  }
}

/**
 * `venue` and `location` read as `null` when there is none (every online
 * event, and any event whose venue is not given yet), as the website guide
 * promises, instead of an object of nulls with a default country.
 */
export const emptyVenueIsNull: CollectionAfterReadHook = ({ doc }) => {
  const venue = doc.venue as Place
  if (venue && typeof venue === 'object' && VENUE_PARTS.every((part) => isBlank(venue[part]))) {
    doc.venue = null
  }
  const location = doc.location as Place
  if (
    location &&
    typeof location === 'object' &&
    isBlank(location.latitude) &&
    isBlank(location.longitude)
  ) {
    doc.location = null
  }
  return doc
}

/**
 * What a reader gets can be sent back: `venue: null` and `location: null`
 * (as `emptyVenueIsNull` answers) mean "no venue". Payload's group fields
 * expect an object on the way in and fail with a 500 on `null`, so a null is
 * turned into an empty group before Payload reads the data.
 */
export const acceptNullVenue: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || typeof data !== 'object') return args
  const cleared = { ...data }
  if ('venue' in cleared && cleared.venue === null) {
    cleared.venue = Object.fromEntries([...VENUE_PARTS, 'country'].map((part) => [part, null]))
  }
  if ('location' in cleared && cleared.location === null) {
    cleared.location = { latitude: null, longitude: null }
  }
  return { ...args, data: cleared }
}
