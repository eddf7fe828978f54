import type { Metadata } from 'next'

import type { LocaleParams } from '../../../../lib/page'

import { GroupCard } from '../../../../components/cards'
import { NearMe } from '../../../../components/NearMe'
import { TrainingForm } from '../../../../components/TrainingForm'
import { groupsNear } from '../../../../lib/api/groups'
import { BACKEND_PUBLIC_URL } from '../../../../lib/config'
import { messages } from '../../../../lib/i18n'
import { isLocale } from '../../../../lib/locales'
import { pageMetadata } from '../../../../lib/page'
import { placeToPoint, pointFrom } from '../../../../lib/places'
import { readerFor } from '../../../../lib/preview'

/** Filters and pages come from the address, so this page renders per request; its reads are still cached. */
export const dynamic = 'force-dynamic'

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale)
    ? pageMetadata({ locale, path: '/groups/near', title: messages(locale).findGroup })
    : {}
}

/** Groups near a typed town or postcode, or near the browser's position (`?lat=&lng=`), nearest first. */
export default async function NearPage({ params, searchParams }: Props) {
  const { locale: given } = await params
  const locale = isLocale(given) ? given : 'en'
  const t = messages(locale)
  const query = await searchParams
  const place = typeof query.place === 'string' ? query.place.slice(0, 100) : ''
  const point = pointFrom(query.lat, query.lng) ?? (place ? placeToPoint(place) : null)
  const near = point ? await groupsNear(await readerFor(locale), point) : null
  return (
    <>
      <h1>{t.findGroup}</h1>
      <NearMe locale={locale} place={place} />
      {place && !point ? <p role="alert">{t.unknownPlace}</p> : null}
      {near ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {t.nearestGroups(place || `${point?.lat.toFixed(2)}, ${point?.lng.toFixed(2)}`)}
          </h2>
          {near.docs.length ? (
            <div className="grid">
              {near.docs.map((group) => (
                <GroupCard
                  key={group.id}
                  group={group}
                  locale={locale}
                  backend={BACKEND_PUBLIC_URL}
                  distanceKm={group.distanceKm}
                />
              ))}
            </div>
          ) : (
            <p>{t.noGroupsNear}</p>
          )}
        </section>
      ) : null}
      <TrainingForm locale={locale} backend={BACKEND_PUBLIC_URL} />
    </>
  )
}
