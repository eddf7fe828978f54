import type { CharityContext } from '../context.ts'

/** What happened to a document with a public page, as websites care about it. */
export const CONTENT_ACTIONS = ['published', 'unpublished', 'updated', 'deleted'] as const
export type ContentAction = (typeof CONTENT_ACTIONS)[number]

/** `posts.published`, `site-settings.updated`, `donation-appeals.totals-changed`: `<slug>.<what>`. */
export const contentEvent = (slug: string, action: ContentAction) => `${slug}.${action}`
export const globalEvent = (slug: string) => `${slug}.updated`
export const totalsEvent = (appealsSlug: string) => `${appealsSlug}.totals-changed`

/** Every event an endpoint may subscribe to in this config, in the order the admin lists them. */
export const webhookEventTypes = (ctx: CharityContext): string[] => [
  ...ctx.publicPages.flatMap(({ slug }) =>
    CONTENT_ACTIONS.map((action) => contentEvent(slug, action)),
  ),
  ...(ctx.slugs.donationAppeals && ctx.slugs.donations
    ? [totalsEvent(ctx.slugs.donationAppeals)]
    : []),
  ...Object.values(ctx.globalSlugs)
    .filter((slug): slug is string => Boolean(slug))
    .map(globalEvent),
]

/**
 * A document's row in its collection (never a draft version): whether it is
 * live (`scheduled`: published, but dated later, so not yet), when it was last
 * written, and the row's own values of the fields its moments are read from.
 */
export type MainRowState = null | {
  status: null | string
  updatedAt: null | string
  values?: Record<string, unknown>
}

/**
 * The change a website must hear about, from the live row before and after a
 * write. A draft saved over a published document leaves the live row as it
 * was, so it announces nothing; drafts are never announced.
 */
export const publicationChange = (
  before: MainRowState,
  after: MainRowState,
): ContentAction | null => {
  if (!after) return null
  const was = before?.status === 'published'
  const is = after.status === 'published'
  if (!was && is) return 'published'
  if (was && !is) return 'unpublished'
  if (was && is && before?.updatedAt !== after.updatedAt) return 'updated'
  return null
}
