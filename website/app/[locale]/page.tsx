import type { Metadata } from 'next'

import type { LocaleParams } from '../../lib/page'

import { AppealCard, EventCard, PostCard } from '../../components/cards'
import { JsonLd } from '../../components/JsonLd'
import { NearMe } from '../../components/NearMe'
import { langOf } from '../../lib/api/localized'
import { getHome, getSiteJsonLd } from '../../lib/api/site'
import { BACKEND_PUBLIC_URL } from '../../lib/config'
import { messages } from '../../lib/i18n'
import { isLocale, localePath } from '../../lib/locales'
import { layoutFor, pageMetadata } from '../../lib/page'
import { readerFor } from '../../lib/preview'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? pageMetadata({ locale, path: '/' }) : {}
}

/** Newest posts, upcoming events, the open appeal and the group finder: one GraphQL request for the content. */
export default async function HomePage({ params }: LocaleParams) {
  const { locale: given } = await params
  const locale = isLocale(given) ? given : 'en'
  const t = messages(locale)
  const reader = await readerFor(locale)
  const [home, layout, jsonLd] = await Promise.all([
    getHome(reader),
    layoutFor(locale),
    getSiteJsonLd(reader),
  ])
  const backend = BACKEND_PUBLIC_URL
  return (
    <>
      <JsonLd json={jsonLd} />
      <section className="intro">
        <h1>{layout.organisationName}</h1>
        {layout.tagline ? (
          <p className="lede" lang={langOf(layout, 'tagline')}>
            {layout.tagline}
          </p>
        ) : null}
      </section>
      {home.appeals[0] ? (
        <section aria-labelledby="appeal-heading" className="home-appeal">
          <h2 id="appeal-heading">{t.supportAppeal}</h2>
          <AppealCard appeal={home.appeals[0]} locale={locale} backend={backend} />
        </section>
      ) : null}
      <section aria-labelledby="news-heading">
        <h2 id="news-heading">{t.latestNews}</h2>
        {home.posts.length ? (
          <div className="grid">
            {home.posts.map((post, index) => (
              <PostCard
                key={post.id}
                post={post}
                locale={locale}
                backend={backend}
                priority={index === 0}
              />
            ))}
          </div>
        ) : (
          <p>{t.noPosts}</p>
        )}
        <p>
          <a href={localePath(locale, '/posts')}>{t.allNews}</a>
        </p>
      </section>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">{t.upcomingEvents}</h2>
        {home.events.length ? (
          <div className="grid">
            {home.events.map((event) => (
              <EventCard key={event.id} event={event} locale={locale} backend={backend} />
            ))}
          </div>
        ) : (
          <p>{t.noEvents}</p>
        )}
        <p>
          <a href={localePath(locale, '/events')}>{t.allEvents}</a>
        </p>
      </section>
      <NearMe locale={locale} />
    </>
  )
}
