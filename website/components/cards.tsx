import type { EventDate } from '../lib/api/events'
import type { Appeal, Campaign, Event, Group, Post } from '../lib/api/types'
import type { Locale } from '../lib/locales'

import { langOf } from '../lib/api/localized'
import { eventWhen, longDate, shortDate } from '../lib/format'
import { messages } from '../lib/i18n'
import { pagePath } from '../lib/paths'
import { AppealProgress } from './AppealProgress'
import { Picture } from './Picture'

type Common = { locale: Locale; backend: string }

const CARD_SIZES = '(min-width: 64rem) 20rem, (min-width: 40rem) 45vw, 100vw'

export const PostCard = ({
  post,
  locale,
  backend,
  priority,
}: Common & { post: Post; priority?: boolean }) => (
  <article className="card">
    <Picture media={post.heroImage} backend={backend} sizes={CARD_SIZES} priority={priority} />
    <div className="card-body">
      <h3 lang={langOf(post, 'title')}>
        <a href={pagePath(locale, 'posts', post.slug)}>{post.title}</a>
      </h3>
      {post.publishedAt ? (
        <p className="meta">
          <time dateTime={post.publishedAt}>{shortDate(post.publishedAt, locale)}</time>
        </p>
      ) : null}
      {post.excerpt ? <p lang={langOf(post, 'excerpt')}>{post.excerpt}</p> : null}
    </div>
  </article>
)

/**
 * An event, or one date of it (from the occurrences list): a date carries its
 * own times, its status (a single meeting can be cancelled or moved) and its
 * own venue and note.
 */
export const EventCard = ({ event, locale }: Common & { event: Event | EventDate }) => {
  const t = messages(locale)
  const occurrence = 'occurrence' in event ? event.occurrence : null
  const when = occurrence
    ? { ...event, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt }
    : event
  const status = occurrence?.status ?? event.eventStatus
  const venue = occurrence?.override?.venue ?? event.venue
  const place =
    event.attendanceMode === 'online' && !occurrence?.override?.venue
      ? t.online
      : [venue?.name, venue?.city].filter(Boolean).join(', ')
  const moved =
    occurrence && occurrence.originalStartsAt !== occurrence.startsAt
      ? t.movedFrom(
          longDate(occurrence.originalStartsAt, locale, event.timezone || 'Europe/London'),
        )
      : null
  return (
    <article className={`card event-card status-${status}`}>
      <div className="card-body">
        <h3 lang={langOf(event, 'title')}>
          <a href={pagePath(locale, 'events', event.slug)}>{event.title}</a>
        </h3>
        {status !== 'scheduled' ? (
          <p className="status">
            <strong>{t.status[status]?.split(':')[0]}</strong>
            {moved ? ` ${moved}` : null}
          </p>
        ) : null}
        <p className="meta">
          <time dateTime={when.startsAt}>{eventWhen(when, locale)}</time>
        </p>
        {place ? <p className="meta">{place}</p> : null}
        {occurrence?.override?.note ? <p className="note">{occurrence.override.note}</p> : null}
        {occurrence?.recurring ? <p className="meta">{t.repeating}</p> : null}
        {event.summary ? <p lang={langOf(event, 'summary')}>{event.summary}</p> : null}
      </div>
    </article>
  )
}

export const AppealCard = ({ appeal, locale, backend }: Common & { appeal: Appeal }) => (
  <article className="card appeal-card">
    <Picture media={appeal.heroImage} backend={backend} sizes={CARD_SIZES} />
    <div className="card-body">
      <h3 lang={langOf(appeal, 'title')}>
        <a href={pagePath(locale, 'donation-appeals', appeal.slug)}>{appeal.title}</a>
      </h3>
      {appeal.summary ? <p lang={langOf(appeal, 'summary')}>{appeal.summary}</p> : null}
      <AppealProgress appeal={appeal} locale={locale} />
    </div>
  </article>
)

export const CampaignCard = ({
  campaign,
  locale,
  backend,
  priority,
}: Common & { campaign: Campaign; priority?: boolean }) => {
  const t = messages(locale)
  return (
    <article className="card">
      <Picture
        media={campaign.heroImage}
        backend={backend}
        sizes={CARD_SIZES}
        priority={priority}
      />
      <div className="card-body">
        <h3 lang={langOf(campaign, 'title')}>
          <a href={pagePath(locale, 'campaigns', campaign.slug)}>{campaign.title}</a>
        </h3>
        <p className="meta">{t.campaignStatus[campaign.campaignStatus]}</p>
        {campaign.summary ? <p lang={langOf(campaign, 'summary')}>{campaign.summary}</p> : null}
      </div>
    </article>
  )
}

export const GroupCard = ({
  group,
  locale,
  distanceKm,
}: Common & { group: Group; distanceKm?: number }) => {
  const t = messages(locale)
  return (
    <article className="card">
      <div className="card-body">
        <h3 lang={langOf(group, 'name')}>
          <a href={pagePath(locale, 'groups', group.slug)}>{group.name}</a>
        </h3>
        <p className="meta">
          {[group.town, t.regions[group.region]].filter(Boolean).join(', ')}
          {distanceKm !== undefined ? ` · ${t.kmAway(distanceKm)}` : ''}
        </p>
        <p className="meta">{t.groupStatus[group.groupStatus]}</p>
        {group.summary ? <p lang={langOf(group, 'summary')}>{group.summary}</p> : null}
      </div>
    </article>
  )
}
