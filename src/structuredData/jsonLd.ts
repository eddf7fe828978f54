import type {
  BlogPosting,
  DonateAction,
  Event,
  EventAttendanceModeEnumeration,
  EventStatusType,
  ImageObject,
  NGO,
  Organization,
  Place,
  Project,
  Question,
  VirtualLocation,
  WebPage,
  WithContext,
} from 'schema-dts'

import type { SeriesInput } from '../recurrence/expand.ts'

import { occurrencesBetween } from '../recurrence/expand.ts'

/**
 * schema.org structured data for the charity's public pages, typed with
 * schema-dts. Builders are pure: they get documents as any anonymous reader
 * sees them (published, public fields only) and the page addresses.
 */

/** A document as read over the API: builders read only the public fields they know. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents of renamed or overridden collections have no generated type
export type Doc = Record<string, any>

export type PageRef = { url: null | string; locale: null | string }

const CONTEXT = 'https://schema.org' as const

/** Drop empty values, so the output has no `"x": null` noise. */
const compact = <T extends object>(value: T): T =>
  Object.fromEntries(
    Object.entries(value).filter(
      ([, entry]) =>
        entry !== null &&
        entry !== undefined &&
        entry !== '' &&
        !(Array.isArray(entry) && entry.length === 0),
    ),
  ) as T

const imageOf = (media: unknown): ImageObject | undefined => {
  if (!media || typeof media !== 'object') return undefined
  const image = media as Doc
  const social = image.sizes?.social
  const url = social?.url || image.url
  if (!url) return undefined
  return compact({
    '@type': 'ImageObject',
    url,
    width: social?.url ? social.width : image.width,
    height: social?.url ? social.height : image.height,
    caption: image.alt,
  }) as ImageObject
}

/** The charity itself, from the site settings: publisher, organizer and recipient everywhere else. */
export const ngo = (settings: Doc | null, websiteUrl: null | string): NGO =>
  compact({
    '@type': 'NGO',
    name: settings?.organisationName ?? undefined,
    description: settings?.tagline ?? undefined,
    url: websiteUrl ?? undefined,
    email: settings?.contact?.email ?? undefined,
    telephone: settings?.contact?.phone ?? undefined,
    address: settings?.contact?.address ?? undefined,
    sameAs: ((settings?.socialLinks ?? []) as Doc[]).map((link) => link.url).filter(Boolean),
    identifier: ((settings?.charityRegistrations ?? []) as Doc[]).map((registration) => ({
      '@type': 'PropertyValue' as const,
      propertyID: `charity-number:${registration.jurisdiction}`,
      value: registration.number,
    })),
    logo: imageOf(settings?.defaultSeo?.image),
  }) as NGO

export const ngoJsonLd = (settings: Doc | null, websiteUrl: null | string): WithContext<NGO> =>
  ({ '@context': CONTEXT, ...(ngo(settings, websiteUrl) as object) }) as WithContext<NGO>

export const blogPosting = (post: Doc, page: PageRef, publisher: NGO): WithContext<BlogPosting> =>
  compact({
    '@context': CONTEXT,
    '@type': 'BlogPosting',
    headline: post.meta?.title || post.title,
    name: post.title,
    description: post.meta?.description || post.excerpt,
    datePublished: post.publishedAt,
    dateModified: post.updatedAt,
    inLanguage: page.locale ?? undefined,
    url: page.url ?? undefined,
    mainEntityOfPage: page.url ?? undefined,
    image: imageOf(post.meta?.image) ?? imageOf(post.heroImage),
    author: ((post.populatedAuthors ?? []) as Doc[])
      .filter((author) => author.name)
      .map((author) => ({ '@type': 'Person' as const, name: author.name })),
    publisher,
    timeRequired: post.readingTimeMinutes ? `PT${post.readingTimeMinutes}M` : undefined,
  }) as WithContext<BlogPosting>

const EVENT_STATUS: Record<string, EventStatusType> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
}

const ATTENDANCE: Record<string, EventAttendanceModeEnumeration> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
}

const placeOf = (event: Doc): Place | undefined => {
  const venue = (event.venue ?? {}) as Doc
  const address = compact({
    '@type': 'PostalAddress' as const,
    streetAddress: venue.street,
    addressLocality: venue.city,
    addressRegion: venue.region,
    postalCode: venue.postcode,
    addressCountry: venue.country,
  })
  const hasAddress = Object.keys(address).length > 1
  const { latitude, longitude } = (event.location ?? {}) as Doc
  if (!venue.name && !hasAddress) return undefined
  return compact({
    '@type': 'Place',
    name: venue.name ?? venue.city,
    address: hasAddress ? address : undefined,
    geo:
      typeof latitude === 'number' && typeof longitude === 'number'
        ? { '@type': 'GeoCoordinates' as const, latitude, longitude }
        : undefined,
  }) as Place
}

/** How many occurrences a series' JSON-LD lists: a year of monthly meetings, bounded for weekly ones. */
const SUB_EVENTS = 12
const YEAR_MS = 366 * 24 * 60 * 60 * 1000

/**
 * A repeating event as schema.org's EventSeries (a pending type that search
 * engines read as an Event): the series' own details, its whole span, and its
 * next occurrences from today (or from its first, when it has not begun) as
 * `subEvent`s, each with its own dates, status and any venue of its own.
 */
const eventSeriesJsonLd = (
  single: WithContext<Event>,
  event: Doc,
  now: Date,
): WithContext<Event> => {
  const from = new Date(Math.max(now.getTime(), new Date(event.startsAt).getTime()))
  const occurrences = occurrencesBetween(
    event as SeriesInput,
    from,
    new Date(from.getTime() + YEAR_MS),
  ).slice(0, SUB_EVENTS)
  const base = single as Doc
  return compact({
    ...base,
    '@context': CONTEXT,
    '@type': 'EventSeries',
    startDate: event.seriesStartsAt ?? event.startsAt,
    // A series that never ends has no end date.
    endDate: event.seriesEndsAt ?? undefined,
    previousStartDate: undefined,
    subEvent: occurrences.map((occurrence) =>
      compact({
        '@type': 'Event' as const,
        name: base.name,
        startDate: occurrence.startsAt.toISOString(),
        endDate: occurrence.endsAt.toISOString(),
        eventStatus: EVENT_STATUS[occurrence.status] ?? EVENT_STATUS.scheduled,
        eventAttendanceMode: base.eventAttendanceMode,
        location: occurrence.override?.venue
          ? placeOf({ venue: occurrence.override.venue })
          : base.location,
        previousStartDate:
          occurrence.startsAt.getTime() !== occurrence.originalStartsAt.getTime()
            ? occurrence.originalStartsAt.toISOString()
            : undefined,
        url: base.url,
      }),
    ),
  }) as WithContext<Event>
}

export const eventJsonLd = (
  event: Doc,
  page: PageRef,
  organizer: NGO,
  now = new Date(),
): WithContext<Event> => {
  const single = singleEventJsonLd(event, page, organizer)
  return event.recurrence?.rule ? eventSeriesJsonLd(single, event, now) : single
}

const singleEventJsonLd = (event: Doc, page: PageRef, organizer: NGO): WithContext<Event> => {
  const mode: string =
    event.eventStatus === 'moved-online' ? 'online' : (event.attendanceMode ?? 'in-person')
  const place = mode === 'online' ? undefined : placeOf(event)
  const virtual: undefined | VirtualLocation =
    mode !== 'in-person' && event.onlineUrl
      ? { '@type': 'VirtualLocation', url: event.onlineUrl }
      : undefined
  const locations = [place, virtual].filter(Boolean) as (Place | VirtualLocation)[]
  const registration = (event.registration ?? {}) as Doc
  return compact({
    '@context': CONTEXT,
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: EVENT_STATUS[event.eventStatus] ?? EVENT_STATUS.scheduled,
    eventAttendanceMode: ATTENDANCE[mode] ?? ATTENDANCE['in-person'],
    // Google and others expect a location on every event; online events give their address.
    location: locations.length > 1 ? locations : locations[0],
    previousStartDate:
      event.previousStartsAt &&
      ['rescheduled', 'postponed', 'moved-online'].includes(event.eventStatus)
        ? event.previousStartsAt
        : undefined,
    organizer,
    url: page.url ?? undefined,
    inLanguage: page.locale ?? undefined,
    image: imageOf(event.meta?.image) ?? imageOf(event.heroImage),
    performer: ((event.speakers ?? []) as Doc[])
      .filter((speaker) => speaker.name)
      .map((speaker) => ({ '@type': 'Person' as const, name: speaker.name })),
    maximumAttendeeCapacity: registration.capacity ?? undefined,
    offers: registration.url
      ? compact({
          '@type': 'Offer' as const,
          url: registration.url,
          price:
            registration.isFree === false && typeof registration.price === 'number'
              ? registration.price / 100
              : 0,
          priceCurrency: 'GBP',
          validThrough: registration.closesAt ?? undefined,
        })
      : undefined,
  }) as WithContext<Event>
}

/** schema.org has no "campaign"; a Project ("an enterprise planned to achieve a particular aim") fits. */
export const campaignJsonLd = (campaign: Doc, page: PageRef, charity: NGO): WithContext<Project> =>
  compact({
    '@context': CONTEXT,
    '@type': 'Project',
    name: campaign.title,
    description: campaign.meta?.description || campaign.summary,
    url: page.url ?? undefined,
    image: imageOf(campaign.meta?.image) ?? imageOf(campaign.heroImage),
    parentOrganization: charity,
    foundingDate: campaign.startDate ?? undefined,
    dissolutionDate: campaign.endDate ?? undefined,
    keywords: ((campaign.hashtags ?? []) as string[]).join(', ') || undefined,
  }) as WithContext<Project>

/** A local group: an organisation of volunteers, part of the charity, found in a town (never an address). */
export const groupJsonLd = (group: Doc, page: PageRef, charity: NGO): WithContext<Organization> =>
  compact({
    '@context': CONTEXT,
    '@type': 'Organization',
    name: group.name,
    description: group.meta?.description || group.summary,
    url: page.url ?? undefined,
    image: imageOf(group.meta?.image) ?? imageOf(group.heroImage),
    email: group.contactEmail ?? undefined,
    parentOrganization: charity,
    address: group.town
      ? {
          '@type': 'PostalAddress',
          addressLocality: group.town,
          addressRegion: group.region ?? undefined,
        }
      : undefined,
    location:
      typeof group.location?.latitude === 'number' && typeof group.location?.longitude === 'number'
        ? {
            '@type': 'Place',
            geo: {
              '@type': 'GeoCoordinates',
              latitude: group.location.latitude,
              longitude: group.location.longitude,
            },
          }
        : undefined,
  }) as WithContext<Organization>

const major = (minor: unknown) => (typeof minor === 'number' ? minor / 100 : undefined)

/** An appeal: the action of giving to the charity, with the target (and what is raised) as amounts. */
export const appealJsonLd = (
  appeal: Doc,
  page: PageRef,
  recipient: NGO,
): WithContext<DonateAction> =>
  compact({
    '@context': CONTEXT,
    '@type': 'DonateAction',
    name: appeal.title,
    description: appeal.meta?.description || appeal.summary,
    url: page.url ?? undefined,
    image: imageOf(appeal.meta?.image) ?? imageOf(appeal.heroImage),
    recipient,
    priceCurrency: appeal.currency,
    actionStatus: appeal.isOpen
      ? 'https://schema.org/PotentialActionStatus'
      : 'https://schema.org/CompletedActionStatus',
    startTime: appeal.opensAt ?? undefined,
    endTime: appeal.closesAt ?? undefined,
    target: appeal.donateUrl
      ? { '@type': 'EntryPoint' as const, urlTemplate: appeal.donateUrl }
      : undefined,
    object: compact({
      '@type': 'MonetaryAmount' as const,
      name: 'Target',
      currency: appeal.currency,
      value: major(appeal.targetAmount),
    }),
    result: compact({
      '@type': 'MonetaryAmount' as const,
      name: 'Raised so far',
      currency: appeal.currency,
      value: major(appeal.raisedAmount) ?? 0,
    }),
  }) as WithContext<DonateAction>

/** The questions and answers of a page's FAQ blocks, in the page's order. */
const faqItemsOf = (page: Doc): { question: string; answer: string }[] =>
  ((page.layout ?? []) as Doc[])
    .filter((block) => block?.blockType === 'faq')
    .flatMap((block) => (block.items ?? []) as Doc[])
    .filter((item) => typeof item?.question === 'string' && typeof item?.answer === 'string')
    .map((item) => ({ question: item.question, answer: item.answer }))

/**
 * One of the site's own pages: a `WebPage`, or an `FAQPage` (with every
 * question and its accepted answer) when it has questions and answers.
 */
export const pageJsonLd = (doc: Doc, page: PageRef, charity: NGO): WithContext<WebPage> => {
  const faq = faqItemsOf(doc)
  return compact({
    '@context': CONTEXT,
    '@type': faq.length ? 'FAQPage' : 'WebPage',
    name: doc.meta?.title || doc.title,
    description: doc.meta?.description || doc.summary,
    url: page.url ?? undefined,
    inLanguage: page.locale ?? undefined,
    image: imageOf(doc.meta?.image) ?? imageOf(doc.heroImage),
    publisher: charity,
    dateModified: doc.updatedAt ?? undefined,
    mainEntity: faq.length
      ? faq.map(({ question, answer }): Question => ({
          '@type': 'Question',
          name: question,
          acceptedAnswer: { '@type': 'Answer', text: answer },
        }))
      : undefined,
  }) as WithContext<WebPage>
}
