import type { PaginatedDocs, ServerProps, Where } from 'payload'

import Link from 'next/link'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { publishedAnd } from '../../access/published.ts'
import { charitySlug } from '../../context.ts'
import { progressPercentOf } from '../../ledger/progress.ts'
import { nextOccurrences, type SeriesInput } from '../../recurrence/expand.ts'
import { ProgressBar } from '../AppealProgress/ProgressBar.tsx'
import { regionLabel, requestsInStatus } from '../TrainingRequests/requestLinks.ts'

/** How many rows each panel lists before "See all". */
const PANEL_SIZE = 5
/** Running series read to find the soonest next meetings: more than a charity keeps going at once. */
const RUNNING_SERIES = 200

type EventRow = {
  id: number | string
  title?: null | string
  startsAt?: null | string
  timezone?: null | string
  eventStatus?: null | string
  _status?: null | string
  endsAt?: null | string
  recurrence?: null | { rule?: null | string }
  exceptions?: SeriesInput['exceptions']
}

type AppealRow = {
  id: number | string
  title?: null | string
  raisedAmount?: null | number
  targetAmount?: null | number
  currency?: null | string
  closesAt?: null | string
}

type RequestRow = {
  id: number | string
  town?: null | string
  region?: null | string
  expectedAttendees?: null | number
  createdAt?: null | string
}

const formatWhen = (
  iso: null | string | undefined,
  timeZone: null | string | undefined,
): string => {
  if (!iso) return ''
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }
  try {
    return new Intl.DateTimeFormat('en-GB', {
      ...options,
      timeZone: timeZone || 'Europe/London',
    }).format(new Date(iso))
  } catch {
    // An unknown zone should not blank the dashboard; London is the charity's default.
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'Europe/London' }).format(
      new Date(iso),
    )
  }
}

const panelStyle: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 6px)',
  padding: '1rem 1.25rem',
  flex: '1 1 22rem',
  minWidth: 0,
}

const listStyle: React.CSSProperties = { listStyle: 'none', margin: 0, padding: 0 }
const itemStyle: React.CSSProperties = {
  padding: '0.6rem 0',
  borderTop: '1px solid var(--theme-elevation-100)',
}
// Dark enough for WCAG AA contrast (4.5:1) in both themes; the lighter greys are not.
const mutedStyle: React.CSSProperties = { color: 'var(--theme-elevation-800)', fontSize: '0.85rem' }

/**
 * The editors' dashboard panel: what is coming up and how appeals are doing.
 * Reads through the Local API as the logged-in user, so an author sees only
 * what their role may read.
 */
export const EditorsDashboard = async ({ payload, user, locale }: ServerProps) => {
  if (!user) return null
  const adminRoute = payload.config.routes.admin
  const adminURL = (path: `/${string}`) => formatAdminURL({ adminRoute, path, relative: true })
  const now = new Date().toISOString()
  const eventsSlug = charitySlug(payload, 'events')
  const appealsSlug = charitySlug(payload, 'donationAppeals')

  // Single events not yet started, and series with a meeting still ahead (by their next one).
  const upcoming = async (): Promise<null | { docs: EventRow[] }> => {
    if (!eventsSlug) return null
    const findEvents = (where: Where, limit: number) =>
      payload.find({
        collection: eventsSlug,
        where,
        sort: 'startsAt',
        limit,
        depth: 0,
        locale: locale?.code,
        user,
        overrideAccess: false,
      }) as Promise<PaginatedDocs<EventRow>>
    const [singles, series] = await Promise.all([
      findEvents(
        {
          and: [
            { 'recurrence.rule': { exists: false } },
            { startsAt: { greater_than_equal: now } },
          ],
        },
        PANEL_SIZE,
      ),
      findEvents(
        {
          and: [
            { 'recurrence.rule': { exists: true } },
            // Both statuses spelled out, so the (_status, seriesEndsAt) index finds the running ones.
            { _status: { in: ['draft', 'published'] } },
            { or: [{ seriesEndsAt: { greater_than: now } }, { seriesEndsAt: { exists: false } }] },
          ],
        },
        RUNNING_SERIES,
      ),
    ])
    const nextOf = (event: EventRow) =>
      event.recurrence?.rule
        ? nextOccurrences(event as SeriesInput, new Date(now), 1)[0]?.startsAt.toISOString()
        : event.startsAt
    const docs = [...singles.docs, ...series.docs]
      .map((event) => ({ ...event, startsAt: nextOf(event) }))
      .filter((event) => event.startsAt)
      .sort((a, b) => String(a.startsAt).localeCompare(String(b.startsAt)))
    return { docs: docs.slice(0, PANEL_SIZE) }
  }

  // The same window as the appeal's `isOpen` field (a virtual field cannot be queried), asked in
  // two index-ordered parts: those closing soonest, then (to fill the panel) those with no closing date.
  const alreadyOpen: Where = {
    or: [{ opensAt: { exists: false } }, { opensAt: { less_than_equal: now } }],
  }
  const openAppeals = async (): Promise<null | { docs: AppealRow[] }> => {
    if (!appealsSlug) return null
    const findAppeals = (where: Where, sort: string, limit: number) =>
      payload.find({
        collection: appealsSlug,
        where: publishedAnd(alreadyOpen, where),
        sort,
        limit,
        depth: 0,
        locale: locale?.code,
        user,
        overrideAccess: false,
      }) as Promise<PaginatedDocs<AppealRow>>
    const closing = await findAppeals({ closesAt: { greater_than: now } }, 'closesAt', PANEL_SIZE)
    if (closing.docs.length >= PANEL_SIZE) return closing
    const open = await findAppeals(
      { closesAt: { exists: false } },
      '-createdAt',
      PANEL_SIZE - closing.docs.length,
    )
    return { docs: [...closing.docs, ...open.docs] }
  }

  // New training requests, for whoever may read them (editors, admins, the region's coordinators):
  // a refusal means this person is not one of them, and the panel stays away.
  const requestsSlug = charitySlug(payload, 'trainingRequests')
  const newRequests: Promise<null | PaginatedDocs<RequestRow>> = requestsSlug
    ? (
        payload.find({
          collection: requestsSlug,
          where: { requestStatus: { equals: 'new' } },
          sort: '-createdAt',
          limit: PANEL_SIZE,
          depth: 0,
          select: { town: true, region: true, expectedAttendees: true, createdAt: true },
          user,
          overrideAccess: false,
        }) as Promise<PaginatedDocs<RequestRow>>
      ).catch(() => null)
    : Promise.resolve(null)

  const [events, appeals, requests] = await Promise.all([upcoming(), openAppeals(), newRequests])
  if (!events && !appeals && !requests) return null

  return (
    <section
      className="charity-dashboard"
      aria-label="At a glance"
      style={{ marginBottom: '2rem' }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1.25rem' }}>
        {requests && requestsSlug ? (
          <div className="charity-dashboard__requests" style={panelStyle}>
            <h3 style={{ marginTop: 0 }}>
              New training requests{requests.totalDocs ? ` (${requests.totalDocs})` : ''}
            </h3>
            {requests.docs.length === 0 ? (
              <p style={mutedStyle}>No new requests: every one has been picked up.</p>
            ) : (
              <ul style={listStyle}>
                {requests.docs.map((request) => (
                  <li key={request.id} className="charity-dashboard__request" style={itemStyle}>
                    <Link href={adminURL(`/collections/${requestsSlug}/${request.id}`)}>
                      <strong>{request.town || 'Somewhere'}</strong>
                    </Link>{' '}
                    <span style={mutedStyle}>{regionLabel(request.region)}</span>
                    <div style={mutedStyle}>
                      About {request.expectedAttendees ?? '?'} people · sent{' '}
                      {formatWhen(request.createdAt, null)}
                    </div>
                  </li>
                ))}
              </ul>
            )}
            <Link href={requestsInStatus(adminURL(`/collections/${requestsSlug}`), 'new')}>
              All new requests
            </Link>
          </div>
        ) : null}
        {appeals ? (
          <div className="charity-dashboard__appeals" style={panelStyle}>
            <h3 style={{ marginTop: 0 }}>Open appeals</h3>
            {appeals.docs.length === 0 ? (
              <p style={mutedStyle}>No appeal is taking donations right now.</p>
            ) : (
              <ul style={listStyle}>
                {appeals.docs.map((appeal) => (
                  <li key={appeal.id} className="charity-dashboard__appeal" style={itemStyle}>
                    <Link href={adminURL(`/collections/${appealsSlug}/${appeal.id}`)}>
                      <strong>{appeal.title || 'Untitled appeal'}</strong>
                    </Link>
                    <ProgressBar
                      percent={progressPercentOf(appeal)}
                      raisedAmount={appeal.raisedAmount}
                      targetAmount={appeal.targetAmount}
                      currency={appeal.currency}
                    />
                    {appeal.closesAt ? (
                      <div style={mutedStyle}>Closes {formatWhen(appeal.closesAt, null)}</div>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            <Link href={adminURL(`/collections/${appealsSlug}`)}>All appeals</Link>
          </div>
        ) : null}
        {events ? (
          <div className="charity-dashboard__events" style={panelStyle}>
            <h3 style={{ marginTop: 0 }}>Upcoming events</h3>
            {events.docs.length === 0 ? (
              <p style={mutedStyle}>Nothing in the calendar yet.</p>
            ) : (
              <ul style={listStyle}>
                {events.docs.map((event) => (
                  <li key={event.id} className="charity-dashboard__event" style={itemStyle}>
                    <Link href={adminURL(`/collections/${eventsSlug}/${event.id}`)}>
                      <strong>{event.title || 'Untitled event'}</strong>
                    </Link>
                    <div style={mutedStyle}>
                      {formatWhen(event.startsAt, event.timezone)}
                      {event._status === 'draft' ? ' · draft' : ''}
                      {event.eventStatus && event.eventStatus !== 'scheduled'
                        ? ` · ${event.eventStatus}`
                        : ''}
                    </div>
                  </li>
                ))}
              </ul>
            )}
            <Link href={adminURL(`/collections/${eventsSlug}`)}>All events</Link>
          </div>
        ) : null}
      </div>
    </section>
  )
}
