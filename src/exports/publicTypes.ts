/**
 * What an anonymous reader gets from the API (payload-plugin-charity/public-types):
 * every public collection and global as REST answers it, without the
 * fields the public never sees. Generated from GET /api/openapi.json of the
 * reference backend by `npm run generate:public-types`; do not edit. A related
 * document is its id at depth 0 and the document at depth 1 or more, so relation
 * fields are typed as either.
 */

export interface PublicApi {
  CallToActionBlock: CallToActionBlock
  DonateBlock: DonateBlock
  Errors: Errors
  FaqBlock: FaqBlock
  FindGroupBlock: FindGroupBlock
  ImageBlock: ImageBlock
  LatestPostsBlock: LatestPostsBlock
  QuoteBlock: QuoteBlock
  RichTextBlock: RichTextBlock
  TrainingRequestBlock: TrainingRequestBlock
  UpcomingEventsBlock: UpcomingEventsBlock
  campaigns: Campaign
  categories: Category
  'donation-appeals': DonationAppeal
  'event-occurrences': EventOccurrence
  events: Event
  groups: Group
  media: Media
  navigation: Navigation
  pages: Page
  posts: Post
  redirects: Redirect
  'site-settings': SiteSetting
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "CallToActionBlock".
 */
export interface CallToActionBlock {
  heading?: string | null
  text?: string | null
  link: {
    label: string
    type?: ('reference' | 'custom') | null
    reference?:
      | ({
          relationTo: 'posts'
          value: number | Post
        } | null)
      | ({
          relationTo: 'events'
          value: number | Event
        } | null)
      | ({
          relationTo: 'campaigns'
          value: number | Campaign
        } | null)
      | ({
          relationTo: 'donation-appeals'
          value: number | DonationAppeal
        } | null)
      | ({
          relationTo: 'groups'
          value: number | Group
        } | null)
      | ({
          relationTo: 'pages'
          value: number | Page
        } | null)
    url?: string | null
    newTab?: boolean | null
  }
  id?: string | null
  blockName?: string | null
  blockType: 'callToAction'
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "posts".
 */
export interface Post {
  id: number
  title: string
  /**
   * One or two sentences for lists and previews.
   */
  excerpt?: string | null
  heroImage?: (number | null) | Media
  content?: {
    root: {
      type: string
      children: {
        type: string
        version: number
        [k: string]: unknown
      }[]
      direction: ('ltr' | 'rtl') | null
      format: 'left' | 'start' | 'center' | 'right' | 'end' | 'justify' | ''
      indent: number
      version: number
    }
  } | null
  contentHtml?: string | null
  relatedEvents?: (number | Event)[] | null
  /**
   * What search engines and social networks show. Falls back to the title and summary.
   */
  meta?: {
    title?: string | null
    description?: string | null
    image?: (number | null) | Media
  }
  /**
   * Part of the page address. Left empty, it is made from the title.
   */
  slug?: string | null
  /**
   * Set when first published. A future date hides the post until then.
   */
  publishedAt?: string | null
  populatedAuthors?:
    | {
        id: number
        name: string
      }[]
    | null
  categories?: (number | Category)[] | null
  /**
   * The local group this belongs to. Leave empty for the charity's own (national) content.
   */
  group?: (number | null) | Group
  campaign?: (number | null) | Campaign
  /**
   * Worked out from the content.
   */
  readingTimeMinutes?: number | null
  _fallback?: string[] | null
  updatedAt: string
  createdAt: string
  _status?: ('draft' | 'published') | null
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "media".
 */
export interface Media {
  id: number
  /**
   * Describe the image for people using screen readers.
   */
  alt: string
  caption?: string | null
  /**
   * Photographer or source.
   */
  credit?: string | null
  _fallback?: string[] | null
  updatedAt: string
  createdAt: string
  url?: string | null
  thumbnailURL?: string | null
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  focalX?: number | null
  focalY?: number | null
  sizes?: {
    thumbnail?: {
      url?: string | null
      width?: number | null
      height?: number | null
      mimeType?: string | null
      filesize?: number | null
      filename?: string | null
    }
    card?: {
      url?: string | null
      width?: number | null
      height?: number | null
      mimeType?: string | null
      filesize?: number | null
      filename?: string | null
    }
    social?: {
      url?: string | null
      width?: number | null
      height?: number | null
      mimeType?: string | null
      filesize?: number | null
      filename?: string | null
    }
    hero?: {
      url?: string | null
      width?: number | null
      height?: number | null
      mimeType?: string | null
      filesize?: number | null
      filename?: string | null
    }
  }
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "events".
 */
export interface Event {
  id: number
  title: string
  summary?: string | null
  heroImage?: (number | null) | Media
  description?: {
    root: {
      type: string
      children: {
        type: string
        version: number
        [k: string]: unknown
      }[]
      direction: ('ltr' | 'rtl') | null
      format: 'left' | 'start' | 'center' | 'right' | 'end' | 'justify' | ''
      indent: number
      version: number
    }
  } | null
  descriptionHtml?: string | null
  eventType: 'workshop' | 'training' | 'webinar' | 'conference' | 'fundraiser' | 'meeting' | 'other'
  attendanceMode: 'in-person' | 'online' | 'hybrid'
  eventStatus: 'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | 'moved-online'
  startsAt: string
  endsAt: string
  timezone: string
  allDay?: boolean | null
  /**
   * Leave the frequency empty for a one-off event. The start and end above are the first occurrence.
   */
  recurrence?: {
    /**
     * Empty: does not repeat.
     */
    frequency?: 'daily' | 'weekly' | 'monthly' | 'yearly' | null
    /**
     * Every 1, 2, 3… days, weeks, months or years.
     */
    interval?: number | null
    /**
     * A day of the month (-1 for the last); or weekdays below, not both.
     */
    monthDay?: number | null
    /**
     * Weekly: the days. Monthly or yearly: e.g. the second Tuesday.
     */
    weekdays?:
      | {
          day: 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU'
          /**
           * Monthly or yearly only; empty: every such day.
           */
          position?: 'first' | 'second' | 'third' | 'fourth' | 'last' | null
          id?: string | null
        }[]
      | null
    ends?: ('never' | 'until' | 'count') | null
    /**
     * The last day (in the event's time zone).
     */
    until?: string | null
    /**
     * How many times in all.
     */
    count?: number | null
    /**
     * The RFC 5545 RRULE calendars read, made from the fields above.
     */
    rule?: string | null
  }
  /**
   * One occurrence cancelled, moved, or with its own venue or note. The others are untouched.
   */
  exceptions?:
    | {
        /**
         * Its start as the series has it.
         */
        occurrence: string
        cancelled?: boolean | null
        /**
         * Moved: its new start.
         */
        startsAt?: string | null
        /**
         * Moved: its new end (or the usual length).
         */
        endsAt?: string | null
        venue?: {
          name?: string | null
          street?: string | null
          city?: string | null
          postcode?: string | null
        }
        note?: string | null
        id?: string | null
      }[]
    | null
  /**
   * The first occurrence starts.
   */
  seriesStartsAt?: string | null
  /**
   * The last occurrence ends (empty: the series never ends).
   */
  seriesEndsAt?: string | null
  /**
   * The start before the last reschedule.
   */
  previousStartsAt?: string | null
  venue?: {
    name?: string | null
    street?: string | null
    city?: string | null
    region?: string | null
    postcode?: string | null
    country?: string | null
  } | null
  location?: {
    latitude?: number | null
    longitude?: number | null
  } | null
  /**
   * Required for online and hybrid events.
   */
  onlineUrl?: string | null
  registration?: {
    /**
     * Where people sign up.
     */
    url?: string | null
    capacity?: number | null
    closesAt?: string | null
    isFree?: boolean | null
    price?: number | null
  }
  speakers?:
    | {
        name: string
        role?: string | null
        organisation?: string | null
        bio?: string | null
        photo?: (number | null) | Media
        id?: string | null
      }[]
    | null
  agenda?:
    | {
        startsAt: string
        title: string
        description?: string | null
        id?: string | null
      }[]
    | null
  /**
   * What search engines and social networks show. Falls back to the title and summary.
   */
  meta?: {
    title?: string | null
    description?: string | null
    image?: (number | null) | Media
  }
  /**
   * Part of the page address. Left empty, it is made from the title.
   */
  slug?: string | null
  /**
   * The local group this belongs to. Leave empty for the charity's own (national) content.
   */
  group?: (number | null) | Group
  campaign?: (number | null) | Campaign
  /**
   * Goes up on every published change (for calendars).
   */
  sequence?: number | null
  _fallback?: string[] | null
  updatedAt: string
  createdAt: string
  _status?: ('draft' | 'published') | null
}
/**
 * Local ACT groups. Coordinators keep their own group’s page up to date.
 *
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "groups".
 */
export interface Group {
  id: number
  name: string
  title?: string | null
  /**
   * One or two sentences for lists and maps.
   */
  summary?: string | null
  heroImage?: (number | null) | Media
  description?: {
    root: {
      type: string
      children: {
        type: string
        version: number
        [k: string]: unknown
      }[]
      direction: ('ltr' | 'rtl') | null
      format: 'left' | 'start' | 'center' | 'right' | 'end' | 'justify' | ''
      indent: number
      version: number
    }
  } | null
  descriptionHtml?: string | null
  region:
    | 'north-east'
    | 'north-west'
    | 'yorkshire-and-the-humber'
    | 'east-midlands'
    | 'west-midlands'
    | 'east-of-england'
    | 'london'
    | 'south-east'
    | 'south-west'
    | 'wales'
    | 'scotland'
    | 'northern-ireland'
    | 'online'
  /**
   * The town or city; empty for a group that meets online.
   */
  town?: string | null
  groupStatus: 'forming' | 'active' | 'paused'
  /**
   * Where the town is, for maps and "near me": the town centre, never anyone’s home address.
   */
  location?: {
    latitude?: number | null
    longitude?: number | null
  }
  /**
   * e.g. "Second Tuesday of the month, 7pm". With a meeting chosen, readers see the text made from its rule instead.
   */
  meets?: string | null
  /**
   * Shown to the public: a group or role address (e.g. london@…), not a personal one.
   */
  contactEmail?: string | null
  /**
   * The group’s regular meeting (one of its repeating events). When set, “Meets” is written from its rule in English and Welsh.
   */
  meeting?: (number | null) | Event
  events?: {
    docs?: (number | Event)[]
    hasNextPage?: boolean
    totalDocs?: number
  }
  posts?: {
    docs?: (number | Post)[]
    hasNextPage?: boolean
    totalDocs?: number
  }
  /**
   * Part of the page address. Left empty, it is made from the name.
   */
  slug?: string | null
  _fallback?: string[] | null
  updatedAt: string
  createdAt: string
  _status?: ('draft' | 'published') | null
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "campaigns".
 */
export interface Campaign {
  id: number
  title: string
  summary?: string | null
  heroImage?: (number | null) | Media
  description?: {
    root: {
      type: string
      children: {
        type: string
        version: number
        [k: string]: unknown
      }[]
      direction: ('ltr' | 'rtl') | null
      format: 'left' | 'start' | 'center' | 'right' | 'end' | 'justify' | ''
      indent: number
      version: number
    }
  } | null
  descriptionHtml?: string | null
  campaignStatus: 'planned' | 'active' | 'paused' | 'completed' | 'archived'
  startDate?: string | null
  endDate?: string | null
  callToAction?: {
    label?: string | null
    url?: string | null
  }
  /**
   * Figures the campaign cites, each with its source.
   */
  stats?:
    | {
        value: string
        label: string
        source?: string | null
        sourceUrl?: string | null
        id?: string | null
      }[]
    | null
  partners?:
    | {
        name: string
        url?: string | null
        logo?: (number | null) | Media
        id?: string | null
      }[]
    | null
  hashtags?: string[] | null
  /**
   * Local groups taking part in the campaign.
   */
  groups?: (number | Group)[] | null
  posts?: {
    docs?: (number | Post)[]
    hasNextPage?: boolean
    totalDocs?: number
  }
  events?: {
    docs?: (number | Event)[]
    hasNextPage?: boolean
    totalDocs?: number
  }
  appeals?: {
    docs?: (number | DonationAppeal)[]
    hasNextPage?: boolean
    totalDocs?: number
  }
  /**
   * What search engines and social networks show. Falls back to the title and summary.
   */
  meta?: {
    title?: string | null
    description?: string | null
    image?: (number | null) | Media
  }
  /**
   * Part of the page address. Left empty, it is made from the title.
   */
  slug?: string | null
  _fallback?: string[] | null
  updatedAt: string
  createdAt: string
  _status?: ('draft' | 'published') | null
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "donation-appeals".
 */
export interface DonationAppeal {
  id: number
  title: string
  summary?: string | null
  heroImage?: (number | null) | Media
  story?: {
    root: {
      type: string
      children: {
        type: string
        version: number
        [k: string]: unknown
      }[]
      direction: ('ltr' | 'rtl') | null
      format: 'left' | 'start' | 'center' | 'right' | 'end' | 'justify' | ''
      indent: number
      version: number
    }
  } | null
  storyHtml?: string | null
  /**
   * ISO 4217 code, e.g. GBP.
   */
  currency: string
  targetAmount: number
  raisedAmount?: number | null
  donationCount?: number | null
  progressPercent?: number | null
  /**
   * Amounts offered on the donate form, each with what it pays for.
   */
  suggestedAmounts?:
    | {
        amount: number
        impact?: string | null
        id?: string | null
      }[]
    | null
  /**
   * Where the donate button goes (payment page).
   */
  donateUrl?: string | null
  opensAt?: string | null
  closesAt?: string | null
  isOpen?: boolean | null
  /**
   * UK taxpayers may add Gift Aid.
   */
  giftAidEligible?: boolean | null
  /**
   * What search engines and social networks show. Falls back to the title and summary.
   */
  meta?: {
    title?: string | null
    description?: string | null
    image?: (number | null) | Media
  }
  /**
   * Part of the page address. Left empty, it is made from the title.
   */
  slug?: string | null
  campaign?: (number | null) | Campaign
  _fallback?: string[] | null
  updatedAt: string
  createdAt: string
  _status?: ('draft' | 'published') | null
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "categories".
 */
export interface Category {
  id: number
  title: string
  /**
   * Part of the page address. Left empty, it is made from the title.
   */
  slug?: string | null
  _fallback?: string[] | null
  updatedAt: string
  createdAt: string
}
/**
 * About, Get involved, Privacy, landing pages: built from blocks.
 *
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "pages".
 */
export interface Page {
  id: number
  title: string
  /**
   * One or two sentences for lists, search results and sharing.
   */
  summary?: string | null
  heroImage?: (number | null) | Media
  layout?:
    | (
        | RichTextBlock
        | ImageBlock
        | CallToActionBlock
        | DonateBlock
        | UpcomingEventsBlock
        | LatestPostsBlock
        | FindGroupBlock
        | TrainingRequestBlock
        | QuoteBlock
        | FaqBlock
      )[]
    | null
  /**
   * What search engines and social networks show. Falls back to the title and summary.
   */
  meta?: {
    title?: string | null
    description?: string | null
    image?: (number | null) | Media
  }
  /**
   * Part of the page address. Left empty, it is made from the title.
   */
  slug?: string | null
  /**
   * The page this one sits under (its address then starts with that page’s).
   */
  parent?: (number | null) | Page
  breadcrumbs?:
    | {
        doc?: (number | null) | Page
        url?: string | null
        label?: string | null
        id?: string | null
      }[]
    | null
  /**
   * The local group this belongs to. Leave empty for the charity's own (national) content.
   */
  group?: (number | null) | Group
  campaign?: (number | null) | Campaign
  _fallback?: string[] | null
  updatedAt: string
  createdAt: string
  _status?: ('draft' | 'published') | null
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "RichTextBlock".
 */
export interface RichTextBlock {
  content: {
    root: {
      type: string
      children: {
        type: string
        version: number
        [k: string]: unknown
      }[]
      direction: ('ltr' | 'rtl') | null
      format: 'left' | 'start' | 'center' | 'right' | 'end' | 'justify' | ''
      indent: number
      version: number
    }
  }
  contentHtml?: string | null
  id?: string | null
  blockName?: string | null
  blockType: 'richText'
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "ImageBlock".
 */
export interface ImageBlock {
  image: number | Media
  caption?: string | null
  id?: string | null
  blockName?: string | null
  blockType: 'image'
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "DonateBlock".
 */
export interface DonateBlock {
  heading?: string | null
  text?: string | null
  appeal: number | DonationAppeal
  id?: string | null
  blockName?: string | null
  blockType: 'donate'
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "UpcomingEventsBlock".
 */
export interface UpcomingEventsBlock {
  heading?: string | null
  /**
   * Only this group's events (leave empty for all).
   */
  group?: (number | null) | Group
  /**
   * Only this campaign's events.
   */
  campaign?: (number | null) | Campaign
  /**
   * Only events of this kind.
   */
  eventType?:
    ('workshop' | 'training' | 'webinar' | 'conference' | 'fundraiser' | 'meeting' | 'other') | null
  /**
   * How many to show (1–12).
   */
  limit?: number | null
  events?: (number | Event)[] | null
  id?: string | null
  blockName?: string | null
  blockType: 'upcomingEvents'
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "LatestPostsBlock".
 */
export interface LatestPostsBlock {
  heading?: string | null
  /**
   * Only posts in this category (leave empty for all).
   */
  category?: (number | null) | Category
  /**
   * Only this campaign's posts.
   */
  campaign?: (number | null) | Campaign
  /**
   * How many to show (1–12).
   */
  limit?: number | null
  posts?: (number | Post)[] | null
  id?: string | null
  blockName?: string | null
  blockType: 'latestPosts'
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "FindGroupBlock".
 */
export interface FindGroupBlock {
  heading?: string | null
  intro?: string | null
  /**
   * Only groups in this region (leave empty for all).
   */
  region?:
    | (
        | 'north-east'
        | 'north-west'
        | 'yorkshire-and-the-humber'
        | 'east-midlands'
        | 'west-midlands'
        | 'east-of-england'
        | 'london'
        | 'south-east'
        | 'south-west'
        | 'wales'
        | 'scotland'
        | 'northern-ireland'
        | 'online'
      )
    | null
  /**
   * How far the near-me search looks, in kilometres.
   */
  radiusKm?: number | null
  /**
   * How many to show (1–50).
   */
  limit?: number | null
  groups?: (number | Group)[] | null
  id?: string | null
  blockName?: string | null
  blockType: 'findGroup'
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "TrainingRequestBlock".
 */
export interface TrainingRequestBlock {
  heading?: string | null
  intro?: string | null
  form?: {
    action: string
    consent: {
      version: string
      wording: string
    }
    regions: string[]
    attendees: {
      min: number
      max: number
    }
    messageMaxLength: number
  }
  id?: string | null
  blockName?: string | null
  blockType: 'trainingRequest'
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "QuoteBlock".
 */
export interface QuoteBlock {
  text: string
  attribution?: string | null
  /**
   * e.g. "Volunteer, Sheffield"
   */
  role?: string | null
  id?: string | null
  blockName?: string | null
  blockType: 'quote'
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "FaqBlock".
 */
export interface FaqBlock {
  heading?: string | null
  items?:
    | {
        question: string
        answer: string
        id?: string | null
      }[]
    | null
  id?: string | null
  blockName?: string | null
  blockType: 'faq'
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "Errors".
 */
export interface Errors {
  errors: {
    message: string
  }[]
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "event-occurrences".
 */
export interface EventOccurrence {
  id: number
  event: number | Event
  startsAt: string
  endsAt: string
  /**
   * The start the rule gives it (its RECURRENCE-ID).
   */
  originalStartsAt: string
  status: string
  _status: 'draft' | 'published'
  eventType?: string | null
  group?: (number | null) | Group
  campaign?: (number | null) | Campaign
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "navigation".
 */
export interface Navigation {
  id?: number
  header?:
    | {
        link: {
          label: string
          type?: ('reference' | 'custom') | null
          reference?:
            | ({
                relationTo: 'posts'
                value: number | Post
              } | null)
            | ({
                relationTo: 'events'
                value: number | Event
              } | null)
            | ({
                relationTo: 'campaigns'
                value: number | Campaign
              } | null)
            | ({
                relationTo: 'donation-appeals'
                value: number | DonationAppeal
              } | null)
            | ({
                relationTo: 'groups'
                value: number | Group
              } | null)
            | ({
                relationTo: 'pages'
                value: number | Page
              } | null)
          url?: string | null
          newTab?: boolean | null
        }
        id?: string | null
      }[]
    | null
  footer?:
    | {
        link: {
          label: string
          type?: ('reference' | 'custom') | null
          reference?:
            | ({
                relationTo: 'posts'
                value: number | Post
              } | null)
            | ({
                relationTo: 'events'
                value: number | Event
              } | null)
            | ({
                relationTo: 'campaigns'
                value: number | Campaign
              } | null)
            | ({
                relationTo: 'donation-appeals'
                value: number | DonationAppeal
              } | null)
            | ({
                relationTo: 'groups'
                value: number | Group
              } | null)
            | ({
                relationTo: 'pages'
                value: number | Page
              } | null)
          url?: string | null
          newTab?: boolean | null
        }
        id?: string | null
      }[]
    | null
  _fallback?: string[] | null
  updatedAt?: string | null
  createdAt?: string | null
  globalType?: string
}
/**
 * Old addresses and where they now lead. Changing a published page’s address adds one here by itself.
 *
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "redirects".
 */
export interface Redirect {
  id: number
  /**
   * The old path on the website, e.g. /posts/old-title or /cy/about.
   */
  from: string
  to?: {
    type?: ('reference' | 'custom') | null
    reference?:
      | ({
          relationTo: 'posts'
          value: number | Post
        } | null)
      | ({
          relationTo: 'events'
          value: number | Event
        } | null)
      | ({
          relationTo: 'campaigns'
          value: number | Campaign
        } | null)
      | ({
          relationTo: 'donation-appeals'
          value: number | DonationAppeal
        } | null)
      | ({
          relationTo: 'groups'
          value: number | Group
        } | null)
      | ({
          relationTo: 'pages'
          value: number | Page
        } | null)
    url?: string | null
  }
  type?: ('301' | '302') | null
  destination?: string | null
  updatedAt: string
  createdAt: string
}
/**
 * This interface was referenced by `PublicApi`'s JSON-Schema
 * via the `definition` "site-settings".
 */
export interface SiteSetting {
  id?: number
  organisationName: string
  tagline?: string | null
  /**
   * Registered charity numbers, shown in the footer by law in some places.
   */
  charityRegistrations?:
    | {
        jurisdiction: 'england-wales' | 'scotland' | 'northern-ireland' | 'other'
        number: string
        id?: string | null
      }[]
    | null
  contact?: {
    email?: string | null
    phone?: string | null
    address?: string | null
  }
  socialLinks?:
    | {
        platform:
          | 'x'
          | 'bluesky'
          | 'mastodon'
          | 'facebook'
          | 'instagram'
          | 'linkedin'
          | 'youtube'
          | 'tiktok'
          | 'other'
        url: string
        id?: string | null
      }[]
    | null
  /**
   * What search engines and social networks show. Falls back to the title and summary.
   */
  defaultSeo?: {
    title?: string | null
    description?: string | null
    image?: (number | null) | Media
  }
  donateCallToAction?: {
    label?: string | null
    url?: string | null
    appeal?: (number | null) | DonationAppeal
  }
  _fallback?: string[] | null
  updatedAt?: string | null
  createdAt?: string | null
  globalType?: string
}

/**
 * The fields a related document of each collection brings when populated
 * (depth 1 or more): its collection's `defaultPopulate`. Others come whole.
 */
export interface PopulatedFields {
  campaigns: 'id' | 'title' | 'slug' | 'heroImage' | 'summary' | 'campaignStatus'
  categories: 'id' | 'title' | 'slug'
  'donation-appeals':
    | 'id'
    | 'title'
    | 'slug'
    | 'heroImage'
    | 'currency'
    | 'targetAmount'
    | 'raisedAmount'
    | 'donationCount'
    | 'progressPercent'
    | 'isOpen'
    | 'donateUrl'
    | 'suggestedAmounts'
  events: 'id' | 'title' | 'slug' | 'heroImage' | 'startsAt' | 'endsAt' | 'eventStatus'
  groups: 'id' | 'name' | 'title' | 'slug' | 'town' | 'region' | 'groupStatus' | 'heroImage'
  pages: 'id' | 'title' | 'slug' | 'parent' | 'breadcrumbs'
  posts: 'id' | 'title' | 'slug' | 'heroImage' | 'excerpt' | 'publishedAt'
}

export type { AtDepth, Depth } from '../publicTypes/depth.ts'
