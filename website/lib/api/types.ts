/**
 * The shapes the website reads: the repository's generated types (types only;
 * the website imports no code of the package), each with the `_fallback` list
 * of localized.ts.
 */
import type {
  Campaign as CampaignDoc,
  Category as CategoryDoc,
  DonationAppeal as AppealDoc,
  Event as EventDoc,
  Group as GroupDoc,
  Media as MediaDoc,
  Navigation as NavigationDoc,
  Page as PageDoc,
  Post as PostDoc,
  SiteSetting as SiteSettingDoc,
} from '../../../payload-types'
import type { WithFallback } from './localized'

export type Media = MediaDoc & WithFallback
export type Post = PostDoc & WithFallback
export type Event = EventDoc & WithFallback
export type Campaign = CampaignDoc & WithFallback
export type Appeal = AppealDoc & WithFallback
export type Group = GroupDoc & WithFallback
export type Category = CategoryDoc & WithFallback
export type SiteSettings = SiteSettingDoc & WithFallback
export type Navigation = NavigationDoc & WithFallback
export type Page = PageDoc & WithFallback
/** One of a page's blocks, by its `blockType`. */
export type PageBlock = NonNullable<PageDoc['layout']>[number] & WithFallback

/** A REST list answer. */
export type List<T> = {
  docs: T[]
  totalDocs: number
  totalPages: number
  page?: number
  hasNextPage: boolean
  hasPrevPage: boolean
}

/** The public collections with pages on this site, by their REST slugs. */
export const SECTIONS = ['posts', 'events', 'campaigns', 'donation-appeals', 'groups'] as const
export type Section = (typeof SECTIONS)[number]
export const isSection = (value: unknown): value is Section =>
  typeof value === 'string' && (SECTIONS as readonly string[]).includes(value)

/** A related document, populated (an object) or not (an id): only the populated one can be shown. */
export const populated = <T extends object>(value: unknown): null | T =>
  value && typeof value === 'object' ? (value as T) : null

export const populatedList = <T extends object>(values: unknown): T[] =>
  Array.isArray(values) ? values.map((value) => populated<T>(value)).filter((v): v is T => !!v) : []

/**
 * One date of an event from `GET /api/events/occurrences` (docs/website-developers.md,
 * "Repeating events and their occurrences"): a single event's own, or one of a series'.
 */
export type Occurrence = {
  event: number
  title: null | string
  slug: null | string
  eventType: null | string
  recurring: boolean
  startsAt: string
  endsAt: string
  /** The start the series gave it (differs when the occurrence was moved). */
  originalStartsAt: string
  /** The event's `eventStatus`, or `cancelled` / `rescheduled` for this occurrence alone. */
  status: string
  override: null | {
    venue?: {
      name?: null | string
      street?: null | string
      city?: null | string
      postcode?: null | string
    }
    note?: string
  }
}

/** The endpoint's list answer: a REST list and the range it covered. */
export type OccurrenceList = List<Occurrence> & { from: string; to: string }
