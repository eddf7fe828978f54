import type { Where } from 'payload'

/** The field whose date a post goes public at: a post dated later stays hidden until then. */
export const GOES_LIVE_FIELD = 'publishedAt'

/** Dated now or earlier (or undated): what a public reader may see of posts. */
export const outByNow = (): Where => ({
  or: [
    { [GOES_LIVE_FIELD]: { less_than_equal: new Date().toISOString() } },
    { [GOES_LIVE_FIELD]: { exists: false } },
  ],
})
