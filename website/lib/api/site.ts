import type { Reader } from './client'
import type { WithFallback } from './localized'
import type { Appeal, Event, Post } from './types'

import { graphqlRead, tag, textGet } from './client'
import { roundedNow } from './events'
import { homeQuery } from './queries'

/** GraphQL spells select values and collection slugs with underscores; REST (and this site's paths) with hyphens. */
const hyphens = (value: null | string | undefined) => (value ?? '').replace(/_/g, '-')

export type NavLink = { label: string; href: string; newTab: boolean } & WithFallback

export type Layout = {
  organisationName: string
  tagline: null | string
  registrations: { jurisdiction: string; number: string }[]
  contact: { email?: null | string; phone?: null | string; address?: null | string }
  socialLinks: { platform: string; url: string }[]
  donate: null | ({ label: string; url: string } & WithFallback)
  defaultSeo: {
    title?: null | string
    description?: null | string
    image?: null | { url?: null | string }
  }
  header: NavLink[]
  footer: NavLink[]
} & WithFallback

type RawLink = {
  label: null | string
  type: null | string
  url: null | string
  newTab: boolean | null
  reference: null | {
    relationTo: string
    value: null | { slug?: null | string; breadcrumbs?: null | { url?: null | string }[] }
  }
} & WithFallback

type RawLayout = {
  settings: Omit<Layout, 'header' | 'footer' | 'donate' | 'registrations'> & {
    charityRegistrations: null | { jurisdiction: string; number: string }[]
    donateCallToAction: null | ({ label: null | string; url: null | string } & WithFallback)
  }
  navigation: { header: null | { link: RawLink }[]; footer: null | { link: RawLink }[] }
}

const LINK = `link { label type url newTab reference { relationTo value {
  ... on Post { slug } ... on Event { slug } ... on Campaign { slug } ... on DonationAppeal { slug } ... on Group { slug }
  ... on Page { slug breadcrumbs { url } } } } }`

/** A navigation entry as an address of this site (references) or as typed (custom). */
const toNavLink =
  (pathOf: (section: string, value: unknown) => null | string) =>
  ({ link }: { link: RawLink }): NavLink | null => {
    const href =
      link.type === 'reference' && link.reference
        ? pathOf(hyphens(link.reference.relationTo), link.reference.value)
        : link.url
    if (!href || !link.label) return null
    return { label: link.label, href, newTab: Boolean(link.newTab), _fallback: link._fallback }
  }

/** Site settings and navigation, for every page's header and footer: one request. */
export const getLayout = async (
  reader: Reader,
  pathOf: (section: string, value: unknown) => null | string,
): Promise<Layout> => {
  const raw = await graphqlRead<RawLayout>(
    (locale, fallback) => `
      settings: SiteSetting(${locale}) {
        organisationName tagline ${fallback}
        charityRegistrations { jurisdiction number }
        contact { email phone address }
        socialLinks { platform url }
        defaultSeo { title description image { url } }
        donateCallToAction { label url }
      }
      navigation: Navigation(${locale}) { ${fallback} header { ${LINK} } footer { ${LINK} } }`,
    reader,
    [tag('site-settings', reader.locale), tag('navigation', reader.locale)],
  )
  const { charityRegistrations, donateCallToAction, ...settings } = raw.settings
  const links = (entries: null | { link: RawLink }[]) =>
    (entries ?? []).map(toNavLink(pathOf)).filter((link): link is NavLink => Boolean(link))
  return {
    ...settings,
    registrations: charityRegistrations ?? [],
    donate:
      donateCallToAction?.label && donateCallToAction.url
        ? {
            label: donateCallToAction.label,
            url: donateCallToAction.url,
            _fallback: donateCallToAction._fallback,
          }
        : null,
    header: links(raw.navigation.header),
    footer: links(raw.navigation.footer),
  }
}

export type Home = { posts: Post[]; events: Event[]; appeals: Appeal[] }

type RawHome = {
  posts: { docs: Post[] }
  events: { docs: (Event & { eventStatus: string; attendanceMode: string })[] }
  appeals: { docs: Appeal[] }
}

/** The home page's newest posts, upcoming events and open appeals: one GraphQL request for three collections. */
export const getHome = async (reader: Reader): Promise<Home> => {
  const now = roundedNow()
  const raw = await graphqlRead<RawHome>(
    (locale, fallback) => homeQuery(locale, fallback, now),
    reader,
    [
      tag('posts', reader.locale),
      tag('events', reader.locale),
      tag('donation-appeals', reader.locale),
    ],
  )
  return {
    posts: raw.posts.docs,
    events: raw.events.docs.map((event) => ({
      ...event,
      eventStatus: hyphens(event.eventStatus) as Event['eventStatus'],
      attendanceMode: hyphens(event.attendanceMode) as Event['attendanceMode'],
    })),
    appeals: raw.appeals.docs.filter((appeal) => appeal.isOpen),
  }
}

/** A page of the sitemap: its path without the language prefix, and when it last changed. */
export type SitemapEntry = { path: string; updatedAt: string }

/** Every published page's path and date, for sitemap.xml: one request for six collections. */
export const getSitemapEntries = async (reader: Reader): Promise<SitemapEntry[]> => {
  const sections = {
    posts: 'Posts',
    events: 'Events',
    campaigns: 'Campaigns',
    'donation-appeals': 'DonationAppeals',
    groups: 'Groups',
    pages: 'Pages',
  }
  const raw = await graphqlRead<
    Record<string, { docs: { slug: string; updatedAt: string; breadcrumbs?: { url: string }[] }[] }>
  >(
    (locale) =>
      Object.entries(sections)
        .map(
          ([section, query]) =>
            `${section.replace('-', '_')}: ${query}(${locale}, limit: 100) { docs { slug updatedAt${section === 'pages' ? ' breadcrumbs { url }' : ''} } }`,
        )
        .join('\n'),
    reader,
    Object.keys(sections).map((section) => tag(section, reader.locale)),
  )
  return Object.keys(sections).flatMap((section) =>
    (raw[section.replace('-', '_')]?.docs ?? []).map((doc) => ({
      path:
        section === 'pages'
          ? (doc.breadcrumbs?.at(-1)?.url ?? `/${doc.slug}`)
          : `/${section}/${doc.slug}`,
      updatedAt: doc.updatedAt,
    })),
  )
}

/** The schema.org JSON-LD the backend writes for a page (null when there is none). */
export const getJsonLd = (reader: Reader, section: string, slug: string): Promise<null | string> =>
  textGet(`/api/${section}/jsonld?slug=${encodeURIComponent(slug)}`, reader, [
    tag(section, reader.locale, slug),
  ])

/** The charity as an `NGO`, for the home page. */
export const getSiteJsonLd = (reader: Reader): Promise<null | string> =>
  textGet('/api/globals/site-settings/jsonld', reader, [tag('site-settings', reader.locale)])
