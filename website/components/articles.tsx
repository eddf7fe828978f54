/**
 * The body of each kind of page, from the document alone: no data fetching,
 * so the same component renders on the server (published pages) and in the
 * browser (live preview, as the editor types).
 */
import type { ReactNode } from 'react'

import type { WithFallback } from '../lib/api/localized'
import type { Appeal, Campaign, Category, Event, Group, Page, Post } from '../lib/api/types'
import type { Locale } from '../lib/locales'

import { langOf } from '../lib/api/localized'
import { populated, populatedList } from '../lib/api/types'
import { eventWhen, longDate, money, shortDate } from '../lib/format'
import { messages } from '../lib/i18n'
import { localePath } from '../lib/locales'
import { pagePath } from '../lib/paths'
import { RichText } from '../lib/richText'
import { DonateBox } from './AppealProgress'
import { PageBlocks } from './blocks'
import { AppealCard, EventCard, GroupCard, PostCard } from './cards'
import { Picture } from './Picture'

export type ArticleProps<T> = { doc: T; locale: Locale; backend: string }

const HERO_SIZES = '(min-width: 64rem) 60rem, 100vw'

type ShellProps<T> = {
  doc: T
  backend: string
  /** The field shown as the heading (`title`; a group's `name`) and as the lede (`summary`, a post's `excerpt`). */
  heading: keyof T & string
  lede: keyof T & string
  /** Above the heading (a kicker line, a page's trail), under it (dates, tags, a status), after the lede (a button). */
  above?: ReactNode
  below?: ReactNode
  after?: ReactNode
  className?: string
  children: ReactNode
}

/** What every page of the site shares: the header (heading and lede, each marked when it fell back to English), then the picture, then the body. */
const ArticleShell = <T extends WithFallback & { heroImage?: unknown }>({
  doc,
  backend,
  heading,
  lede,
  above,
  below,
  after,
  className,
  children,
}: ShellProps<T>) => {
  const text = (field: keyof T & string) => doc[field] as null | string | undefined
  return (
    <article className={className ? `article ${className}` : 'article'}>
      <header>
        {above}
        <h1 lang={langOf(doc, heading)}>{text(heading)}</h1>
        {below}
        {text(lede) ? (
          <p className="lede" lang={langOf(doc, lede)}>
            {text(lede)}
          </p>
        ) : null}
        {after}
      </header>
      <Picture
        media={doc.heroImage}
        backend={backend}
        sizes={HERO_SIZES}
        size="hero"
        priority
        className="hero"
      />
      {children}
    </article>
  )
}

export const PostArticle = ({ doc: post, locale, backend }: ArticleProps<Post>) => {
  const t = messages(locale)
  const categories = populatedList<Category>(post.categories)
  const campaign = populated<Campaign>(post.campaign)
  const related = populatedList<Event>(post.relatedEvents)
  return (
    <ArticleShell
      doc={post}
      backend={backend}
      heading="title"
      lede="excerpt"
      below={
        <>
          <p className="meta">
            {post.publishedAt ? (
              <time dateTime={post.publishedAt}>{longDate(post.publishedAt, locale)}</time>
            ) : null}
            {post.populatedAuthors?.length
              ? ` · ${t.by} ${post.populatedAuthors.map((author) => author.name).join(', ')}`
              : ''}
            {post.readingTimeMinutes ? ` · ${t.minutesRead(post.readingTimeMinutes)}` : ''}
          </p>
          {categories.length ? (
            <ul className="tags">
              {categories.map((category) => (
                <li key={category.id}>
                  <a
                    href={localePath(locale, `/posts?category=${category.slug}`)}
                    lang={langOf(category, 'title')}
                  >
                    {category.title}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      }
    >
      <RichText
        data={post.content}
        locale={locale}
        backendPublicUrl={backend}
        lang={langOf(post, 'content')}
      />
      {campaign?.slug ? (
        <p className="aside">
          {t.partOfCampaign}:{' '}
          <a href={pagePath(locale, 'campaigns', campaign.slug)} lang={langOf(campaign, 'title')}>
            {campaign.title}
          </a>
        </p>
      ) : null}
      {related.length ? (
        <section>
          <h2>{t.relatedEvents}</h2>
          <ul className="links">
            {related.map((event) => (
              <li key={event.id}>
                <a href={pagePath(locale, 'events', event.slug)} lang={langOf(event, 'title')}>
                  {event.title}
                </a>{' '}
                <span className="meta">{shortDate(event.startsAt, locale, event.timezone)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </ArticleShell>
  )
}

export const EventArticle = ({
  doc: event,
  locale,
  backend,
  calendarUrl,
}: ArticleProps<Event> & { calendarUrl?: string }) => {
  const t = messages(locale)
  const zone = event.timezone || 'Europe/London'
  const inPerson = event.attendanceMode !== 'online'
  const venue = event.venue
  const address = [venue?.name, venue?.street, venue?.city, venue?.postcode].filter(Boolean)
  const registration = event.registration
  const campaign = populated<Campaign>(event.campaign)
  const group = populated<Group>(event.group)
  const off = event.eventStatus === 'cancelled' || event.eventStatus === 'postponed'
  return (
    <ArticleShell
      doc={event}
      backend={backend}
      heading="title"
      lede="summary"
      above={
        <p className="meta">
          {t.eventType[event.eventType]} · {t.attendance[event.attendanceMode]}
        </p>
      }
      below={
        event.eventStatus !== 'scheduled' ? (
          <p className={`status-banner status-${event.eventStatus}`} role="status">
            <strong>{t.status[event.eventStatus]}</strong>
            {event.previousStartsAt
              ? ` ${t.movedFrom(longDate(event.previousStartsAt, locale, zone))}`
              : ''}
          </p>
        ) : null
      }
    >
      <dl className="facts">
        <dt>{t.when}</dt>
        <dd>
          <time dateTime={event.startsAt} className={off ? 'struck' : undefined}>
            {eventWhen(event, locale)}
          </time>
        </dd>
        <dt>{t.where}</dt>
        <dd>
          {inPerson && address.length ? <span>{address.join(', ')}</span> : null}
          {inPerson && address.length && event.onlineUrl ? <br /> : null}
          {event.onlineUrl && !off ? <a href={event.onlineUrl}>{t.joinOnline}</a> : null}
          {!inPerson && !event.onlineUrl ? t.online : null}
        </dd>
        {registration?.url || registration?.isFree || registration?.price ? (
          <>
            <dt>{t.price}</dt>
            <dd>
              {registration.isFree || !registration.price
                ? t.free
                : money(registration.price, 'GBP', locale)}
            </dd>
          </>
        ) : null}
        {registration?.closesAt ? (
          <>
            <dt>{t.registrationCloses}</dt>
            <dd>
              <time dateTime={registration.closesAt}>
                {
                  eventWhen(
                    {
                      startsAt: registration.closesAt,
                      endsAt: registration.closesAt,
                      timezone: zone,
                    },
                    locale,
                  ).split(' – ')[0]
                }
              </time>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="actions">
        {registration?.url && !off ? (
          <a className="button" href={registration.url}>
            {t.register}
          </a>
        ) : null}
        {calendarUrl && event.eventStatus !== 'cancelled' ? (
          <a className="button secondary" href={calendarUrl}>
            {t.addToCalendar}
          </a>
        ) : null}
      </p>
      <RichText
        data={event.description}
        locale={locale}
        backendPublicUrl={backend}
        lang={langOf(event, 'description')}
      />
      {event.speakers?.length ? (
        <section>
          <h2>{t.speakers}</h2>
          <ul className="speakers">
            {event.speakers.map((speaker, index) => (
              <li key={speaker.id ?? index}>
                <Picture
                  media={speaker.photo}
                  backend={backend}
                  sizes="6rem"
                  size="thumbnail"
                  className="avatar"
                />
                <p>
                  <strong>{speaker.name}</strong>
                  {speaker.role ? (
                    <span lang={langOf(speaker, 'role')}>, {speaker.role}</span>
                  ) : null}
                  {speaker.organisation ? `, ${speaker.organisation}` : ''}
                </p>
                {speaker.bio ? <p lang={langOf(speaker, 'bio')}>{speaker.bio}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {event.agenda?.length ? (
        <section>
          <h2>{t.agenda}</h2>
          <ol className="agenda">
            {event.agenda.map((item, index) => (
              <li key={item.id ?? index}>
                <time dateTime={item.startsAt}>
                  {new Intl.DateTimeFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
                    hour: '2-digit',
                    minute: '2-digit',
                    timeZone: zone,
                  }).format(new Date(item.startsAt))}
                </time>{' '}
                <strong lang={langOf(item, 'title')}>{item.title}</strong>
                {item.description ? (
                  <p lang={langOf(item, 'description')}>{item.description}</p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {campaign?.slug || group?.slug ? (
        <p className="aside">
          {campaign?.slug ? (
            <>
              {t.partOfCampaign}:{' '}
              <a
                href={pagePath(locale, 'campaigns', campaign.slug)}
                lang={langOf(campaign, 'title')}
              >
                {campaign.title}
              </a>
            </>
          ) : null}
          {campaign?.slug && group?.slug ? ' · ' : null}
          {group?.slug ? (
            <a href={pagePath(locale, 'groups', group.slug)} lang={langOf(group, 'name')}>
              {group.name}
            </a>
          ) : null}
        </p>
      ) : null}
    </ArticleShell>
  )
}

export const AppealArticle = ({ doc: appeal, locale, backend }: ArticleProps<Appeal>) => {
  const t = messages(locale)
  const campaign = populated<Campaign>(appeal.campaign)
  return (
    <ArticleShell doc={appeal} backend={backend} heading="title" lede="summary">
      <DonateBox appeal={appeal} locale={locale} />
      <RichText
        data={appeal.story}
        locale={locale}
        backendPublicUrl={backend}
        lang={langOf(appeal, 'story')}
      />
      {campaign?.slug ? (
        <p className="aside">
          {t.partOfCampaign}:{' '}
          <a href={pagePath(locale, 'campaigns', campaign.slug)} lang={langOf(campaign, 'title')}>
            {campaign.title}
          </a>
        </p>
      ) : null}
    </ArticleShell>
  )
}

export const CampaignArticle = ({ doc: campaign, locale, backend }: ArticleProps<Campaign>) => {
  const t = messages(locale)
  const posts = populatedList<Post>(campaign.posts?.docs)
  const events = populatedList<Event>(campaign.events?.docs)
  const appeals = populatedList<Appeal>(campaign.appeals?.docs)
  const groups = populatedList<Group>(campaign.groups)
  return (
    <ArticleShell
      doc={campaign}
      backend={backend}
      heading="title"
      lede="summary"
      above={
        <p className="meta">
          {t.campaignStatus[campaign.campaignStatus]}
          {campaign.startDate ? ` · ${shortDate(campaign.startDate, locale)}` : ''}
          {campaign.endDate ? ` – ${shortDate(campaign.endDate, locale)}` : ''}
        </p>
      }
      after={
        campaign.callToAction?.url && campaign.callToAction.label ? (
          <p>
            <a
              className="button"
              href={campaign.callToAction.url}
              lang={langOf(campaign.callToAction, 'label')}
            >
              {campaign.callToAction.label}
            </a>
          </p>
        ) : null
      }
    >
      <RichText
        data={campaign.description}
        locale={locale}
        backendPublicUrl={backend}
        lang={langOf(campaign, 'description')}
      />
      {campaign.stats?.length ? (
        <section>
          <h2>{t.theFigures}</h2>
          <ul className="stats">
            {campaign.stats.map((stat, index) => (
              <li key={stat.id ?? index}>
                <strong className="stat-value">{stat.value}</strong>{' '}
                <span lang={langOf(stat, 'label')}>{stat.label}</span>
                {stat.source ? (
                  <span className="meta">
                    {' '}
                    ({t.source}:{' '}
                    {stat.sourceUrl ? <a href={stat.sourceUrl}>{stat.source}</a> : stat.source})
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {campaign.hashtags?.length ? (
        <p className="meta">
          {campaign.hashtags
            .map((tagName) => (tagName.startsWith('#') ? tagName : `#${tagName}`))
            .join(' ')}
        </p>
      ) : null}
      {appeals.length ? (
        <section>
          <h2>{t.appealsInCampaign}</h2>
          <div className="grid">
            {appeals.map((appeal) => (
              <AppealCard key={appeal.id} appeal={appeal} locale={locale} backend={backend} />
            ))}
          </div>
        </section>
      ) : null}
      {events.length ? (
        <section>
          <h2>{t.eventsInCampaign}</h2>
          <div className="grid">
            {events.map((event) => (
              <EventCard key={event.id} event={event} locale={locale} backend={backend} />
            ))}
          </div>
        </section>
      ) : null}
      {posts.length ? (
        <section>
          <h2>{t.postsInCampaign}</h2>
          <div className="grid">
            {posts.map((post) => (
              <PostCard key={post.id} post={post} locale={locale} backend={backend} />
            ))}
          </div>
        </section>
      ) : null}
      {groups.length ? (
        <section>
          <h2>{t.takingPart}</h2>
          <div className="grid">
            {groups.map((group) => (
              <GroupCard key={group.id} group={group} locale={locale} backend={backend} />
            ))}
          </div>
        </section>
      ) : null}
      {campaign.partners?.length ? (
        <section>
          <h2>{t.partners}</h2>
          <ul className="links">
            {campaign.partners.map((partner, index) => (
              <li key={partner.id ?? index}>
                {partner.url ? <a href={partner.url}>{partner.name}</a> : partner.name}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </ArticleShell>
  )
}

export const GroupArticle = ({ doc: group, locale, backend }: ArticleProps<Group>) => {
  const t = messages(locale)
  const events = populatedList<Event>(group.events?.docs)
  const posts = populatedList<Post>(group.posts?.docs)
  return (
    <ArticleShell
      doc={group}
      backend={backend}
      heading="name"
      lede="summary"
      above={
        <p className="meta">
          {[group.town, t.regions[group.region]].filter(Boolean).join(', ')} ·{' '}
          {t.groupStatus[group.groupStatus]}
        </p>
      }
    >
      <dl className="facts">
        {group.meets ? (
          <>
            <dt>{t.meets}</dt>
            <dd lang={langOf(group, 'meets')}>{group.meets}</dd>
          </>
        ) : null}
        {group.contactEmail ? (
          <>
            <dt>{t.contact}</dt>
            <dd>
              <a href={`mailto:${group.contactEmail}`}>{group.contactEmail}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <RichText
        data={group.description}
        locale={locale}
        backendPublicUrl={backend}
        lang={langOf(group, 'description')}
      />
      {events.length ? (
        <section>
          <h2>{t.groupEvents}</h2>
          <div className="grid">
            {events.map((event) => (
              <EventCard key={event.id} event={event} locale={locale} backend={backend} />
            ))}
          </div>
        </section>
      ) : null}
      {posts.length ? (
        <section>
          <h2>{t.groupNews}</h2>
          <div className="grid">
            {posts.map((post) => (
              <PostCard key={post.id} post={post} locale={locale} backend={backend} />
            ))}
          </div>
        </section>
      ) : null}
    </ArticleShell>
  )
}

/** One of the site's own pages: its trail (nested pages), title, summary, picture, then its blocks. */
export const PageArticle = ({ doc: page, locale, backend }: ArticleProps<Page>) => {
  const t = messages(locale)
  const trail = (page.breadcrumbs ?? []).slice(0, -1)
  return (
    <ArticleShell
      doc={page}
      backend={backend}
      heading="title"
      lede="summary"
      className="page"
      above={
        trail.length ? (
          <nav aria-label={t.breadcrumbs}>
            <ol className="breadcrumbs">
              {trail.map((crumb, index) => (
                <li key={crumb.id ?? index}>
                  <a href={localePath(locale, crumb.url ?? '/')}>{crumb.label}</a>
                </li>
              ))}
            </ol>
          </nav>
        ) : null
      }
    >
      <PageBlocks blocks={page.layout} locale={locale} backend={backend} />
    </ArticleShell>
  )
}
