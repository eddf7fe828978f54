import type { Metadata } from 'next'

import type { LocaleParams } from '../../../lib/page'

import { EventCard } from '../../../components/cards'
import { FilterForm } from '../../../components/FilterForm'
import { pageNumber, Pagination, queryOf, slugParam } from '../../../components/Pagination'
import { dateKey, listEvents, listUpcomingDates } from '../../../lib/api/events'
import { getFilterOptions } from '../../../lib/api/filters'
import { BACKEND_PUBLIC_URL } from '../../../lib/config'
import { messages } from '../../../lib/i18n'
import { isLocale, localePath } from '../../../lib/locales'
import { pageMetadata } from '../../../lib/page'
import { readerFor } from '../../../lib/preview'

/** Filters and pages come from the address, so this page renders per request; its reads are still cached. */
export const dynamic = 'force-dynamic'

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale)
    ? pageMetadata({ locale, path: '/events', title: messages(locale).events })
    : {}
}

/**
 * Upcoming dates (soonest first: every meeting of a repeating series, from the
 * occurrences endpoint) or past events, by type and by group.
 */
export default async function EventsPage({ params, searchParams }: Props) {
  const { locale: given } = await params
  const locale = isLocale(given) ? given : 'en'
  const t = messages(locale)
  const query = await searchParams
  const when: 'past' | 'upcoming' = query.when === 'past' ? 'past' : 'upcoming'
  const filter = {
    when,
    page: pageNumber(query.page),
    type: slugParam(query.type),
    group: slugParam(query.group),
  }
  const reader = await readerFor(locale)
  const [events, options] = await Promise.all([
    when === 'past' ? listEvents(reader, filter) : listUpcomingDates(reader, filter),
    getFilterOptions(reader),
  ])
  const base = localePath(locale, '/events')
  const types = Object.entries(t.eventType).map(([slug, label]) => ({ slug, label }))
  return (
    <>
      <h1>{when === 'past' ? t.pastEvents : t.upcomingEvents}</h1>
      <p className="tabs">
        <a
          href={`${base}${queryOf({ type: filter.type, group: filter.group })}`}
          aria-current={when === 'upcoming' ? 'page' : undefined}
        >
          {t.upcomingEvents}
        </a>{' '}
        <a
          href={`${base}${queryOf({ when: 'past', type: filter.type, group: filter.group })}`}
          aria-current={when === 'past' ? 'page' : undefined}
        >
          {t.pastEvents}
        </a>
      </p>
      <FilterForm
        action={base}
        submitLabel={t.filter}
        selects={[
          {
            name: 'type',
            label: t.filterByType,
            anyLabel: t.allTypes,
            options: types,
            value: filter.type,
          },
          {
            name: 'group',
            label: t.filterByGroup,
            anyLabel: t.allGroups,
            options: options.groups,
            value: filter.group,
          },
        ]}
      />
      {events?.docs.length ? (
        <div className="grid">
          {events.docs.map((event) => (
            <EventCard
              key={dateKey(event)}
              event={event}
              locale={locale}
              backend={BACKEND_PUBLIC_URL}
            />
          ))}
        </div>
      ) : (
        <p>{t.noEvents}</p>
      )}
      <Pagination
        locale={locale}
        page={filter.page}
        totalPages={events?.totalPages ?? 1}
        hrefFor={(page) =>
          `${base}${queryOf({ when: when === 'past' ? 'past' : undefined, type: filter.type, group: filter.group, page })}`
        }
      />
    </>
  )
}
