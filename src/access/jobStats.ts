import type { Payload } from 'payload'

/** Payload's record of when each scheduled job last ran (a global it adds itself). */
const JOB_STATS = 'payload-jobs-stats'

const nobodyThroughTheApi = () => false

/**
 * Payload adds its job statistics global with the default access (any signed-in
 * account may read and rewrite it), so an author could make the scheduler skip
 * or repeat scheduled publishing. The scheduler reads and writes it through the
 * database adapter, never the API, so the API is closed to everyone, as Payload
 * closes its own jobs collection.
 */
export const lockJobStatistics = (payload: Payload): void => {
  const global = payload.config.globals.find(({ slug }) => slug === JOB_STATS)
  if (!global) return
  global.access.read = nobodyThroughTheApi
  global.access.update = nobodyThroughTheApi
  global.access.readVersions = nobodyThroughTheApi
}
