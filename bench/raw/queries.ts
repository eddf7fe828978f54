import type { Driver, Row } from './driver.ts'

/**
 * Hand-written SQL for the public reads, on the tables Payload made. The same
 * rows Payload answers with (same filters, same order, including Payload's
 * fallback sort on `created_at DESC`), English text only, relations as ids.
 * A ceiling for what a read can cost, not a rival implementation.
 */

const LOCALE = 'en'

/** What an anonymous reader may see of posts: published, and not scheduled for later. */
const PUBLIC_POST = `p._status = 'published' AND (p.published_at IS NULL OR p.published_at <= ?)`
const PUBLISHED = (alias: string) => `${alias}._status = 'published'`

const now = () => new Date().toISOString()

/** SQLite keeps JSON as text; PostgreSQL's driver parses jsonb already. */
const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : (value ?? null))

/** SQLite gives dates as ISO text; pg gives Date objects. Both serialise to the same ISO string. */
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null))

const POST_SUMMARY = `p.id, l.title, p.slug, l.excerpt, p.published_at, p.hero_image_id`
const POSTS_FROM = `posts p LEFT JOIN posts_locales l ON l._parent_id = p.id AND l._locale = '${LOCALE}'`

const postSummary = (row: Row) => ({
  id: row.id,
  title: row.title,
  slug: row.slug,
  excerpt: row.excerpt,
  publishedAt: iso(row.published_at),
  heroImage: row.hero_image_id ?? null,
})

export type Page<T> = { docs: T[]; totalDocs: number; limit: number }

const count = async (db: Driver, sql: string, params: unknown[]) =>
  Number((await db.all(sql, params))[0]?.count ?? 0)

/** A page of public posts, with an extra condition; sorted by `-publishedAt` or Payload's default `-createdAt`. */
export const postList = async (
  db: Driver,
  options: { sort: 'default' | '-publishedAt'; limit: number; where?: string; params?: unknown[] },
): Promise<Page<ReturnType<typeof postSummary>>> => {
  const at = now()
  const where = `${PUBLIC_POST}${options.where ? ` AND ${options.where}` : ''}`
  const params = [at, ...(options.params ?? [])]
  const order =
    options.sort === '-publishedAt' ? 'p.published_at DESC, p.created_at DESC' : 'p.created_at DESC'
  const [rows, totalDocs] = await Promise.all([
    db.all(`SELECT ${POST_SUMMARY} FROM ${POSTS_FROM} WHERE ${where} ORDER BY ${order} LIMIT ?`, [
      ...params,
      options.limit,
    ]),
    count(db, `SELECT COUNT(*) AS count FROM posts p WHERE ${where}`, params),
  ])
  return { docs: rows.map(postSummary), totalDocs, limit: options.limit }
}

export const postsInCategory = `p.id IN (SELECT r.parent_id FROM posts_rels r WHERE r.path = 'categories' AND r.categories_id = ?)`
export const postsOfCampaign = `p.campaign_id = ?`

/** One public post by slug, with its text and the ids it points at. */
export const postBySlug = async (db: Driver, slug: string) => {
  const rows = await db.all(
    `SELECT ${POST_SUMMARY}, l.content, l.meta_title, l.meta_description, l.reading_time_minutes,
            p.meta_image_id, p.campaign_id, p.populated_authors, p.created_at, p.updated_at
       FROM ${POSTS_FROM} WHERE ${PUBLIC_POST} AND p.slug = ? LIMIT 1`,
    [now(), slug],
  )
  const row = rows[0]
  if (!row) return { docs: [], totalDocs: 0, limit: 1 }
  const rels = await db.all(
    `SELECT path, categories_id, events_id FROM posts_rels WHERE parent_id = ? AND path IN ('categories', 'relatedEvents') ORDER BY "order"`,
    [row.id],
  )
  const doc = {
    ...postSummary(row),
    content: json(row.content),
    meta: {
      title: row.meta_title ?? null,
      description: row.meta_description ?? null,
      image: row.meta_image_id ?? null,
    },
    readingTimeMinutes: row.reading_time_minutes ?? null,
    campaign: row.campaign_id ?? null,
    categories: rels.filter((r) => r.path === 'categories').map((r) => r.categories_id),
    relatedEvents: rels.filter((r) => r.path === 'relatedEvents').map((r) => r.events_id),
    populatedAuthors: json(row.populated_authors),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  }
  return { docs: [doc], totalDocs: 1, limit: 1 }
}

const EVENT_COLUMNS = `e.id, l.title, e.slug, l.summary, e.starts_at, e.ends_at, e.timezone, e.event_type,
  e.attendance_mode, e.event_status, e.venue_city, e.hero_image_id`
const EVENTS_FROM = `events e LEFT JOIN events_locales l ON l._parent_id = e.id AND l._locale = '${LOCALE}'`

const eventSummary = (row: Row) => ({
  id: row.id,
  title: row.title,
  slug: row.slug,
  summary: row.summary,
  startsAt: iso(row.starts_at),
  endsAt: iso(row.ends_at),
  timezone: row.timezone,
  eventType: row.event_type,
  attendanceMode: row.attendance_mode,
  eventStatus: row.event_status,
  venue: { city: row.venue_city ?? null },
  heroImage: row.hero_image_id ?? null,
})

/** Published events starting after `after`, soonest first. */
export const upcomingEvents = async (db: Driver, after: string, limit: number) => {
  const where = `${PUBLISHED('e')} AND e.starts_at > ?`
  const [rows, totalDocs] = await Promise.all([
    db.all(
      `SELECT ${EVENT_COLUMNS} FROM ${EVENTS_FROM} WHERE ${where} ORDER BY e.starts_at ASC, e.created_at DESC LIMIT ?`,
      [after, limit],
    ),
    count(db, `SELECT COUNT(*) AS count FROM events e WHERE ${where}`, [after]),
  ])
  return { docs: rows.map(eventSummary), totalDocs, limit }
}

const APPEAL_COLUMNS = `a.id, l.title, a.slug, a.currency, a.target_amount, a.raised_amount, a.donation_count,
  a.opens_at, a.closes_at, a.donate_url, a.hero_image_id`
const APPEALS_FROM = `donation_appeals a LEFT JOIN donation_appeals_locales l ON l._parent_id = a.id AND l._locale = '${LOCALE}'`

const appealSummary = (row: Row, at: string) => {
  const target = Number(row.target_amount ?? 0)
  const raised = Number(row.raised_amount ?? 0)
  const opensAt = iso(row.opens_at) as null | string
  const closesAt = iso(row.closes_at) as null | string
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    currency: row.currency,
    targetAmount: target,
    raisedAmount: raised,
    donationCount: Number(row.donation_count ?? 0),
    progressPercent: target > 0 ? Math.min(100, Math.floor((raised / target) * 100)) : 0,
    opensAt,
    closesAt,
    isOpen: (!opensAt || opensAt <= at) && (!closesAt || closesAt > at),
    donateUrl: row.donate_url ?? null,
    heroImage: row.hero_image_id ?? null,
  }
}

/** Published appeals taking gifts at `at`, closing soonest first. */
export const openAppeals = async (db: Driver, at: string, limit: number) => {
  const where = `${PUBLISHED('a')} AND (a.opens_at IS NULL OR a.opens_at <= ?) AND (a.closes_at IS NULL OR a.closes_at > ?)`
  const [rows, totalDocs] = await Promise.all([
    db.all(
      `SELECT ${APPEAL_COLUMNS} FROM ${APPEALS_FROM} WHERE ${where} ORDER BY a.closes_at ASC, a.created_at DESC LIMIT ?`,
      [at, at, limit],
    ),
    count(db, `SELECT COUNT(*) AS count FROM donation_appeals a WHERE ${where}`, [at, at]),
  ])
  return { docs: rows.map((row) => appealSummary(row, at)), totalDocs, limit }
}

/** Ten of a join, and whether there are more: how Payload answers a join field. */
const JOIN_LIMIT = 10
const joined = <T>(rows: T[]) => ({
  docs: rows.slice(0, JOIN_LIMIT),
  hasNextPage: rows.length > JOIN_LIMIT,
})

/** A published campaign with its posts (newest), events (soonest) and appeals (newest), each public only. */
export const campaignWithJoins = async (db: Driver, id: number) => {
  const at = now()
  const campaigns = await db.all(
    `SELECT c.id, l.title, c.slug, l.summary, l.description, c.campaign_status, c.start_date, c.end_date,
            c.hero_image_id, c.created_at, c.updated_at
       FROM campaigns c LEFT JOIN campaigns_locales l ON l._parent_id = c.id AND l._locale = '${LOCALE}'
      WHERE ${PUBLISHED('c')} AND c.id = ?`,
    [id],
  )
  const campaign = campaigns[0]
  if (!campaign) return null
  const [posts, events, appeals] = await Promise.all([
    db.all(
      `SELECT ${POST_SUMMARY} FROM ${POSTS_FROM} WHERE ${PUBLIC_POST} AND p.campaign_id = ?
        ORDER BY p.published_at DESC, p.created_at DESC LIMIT ?`,
      [at, id, JOIN_LIMIT + 1],
    ),
    db.all(
      `SELECT ${EVENT_COLUMNS} FROM ${EVENTS_FROM} WHERE ${PUBLISHED('e')} AND e.campaign_id = ?
        ORDER BY e.starts_at ASC, e.created_at DESC LIMIT ?`,
      [id, JOIN_LIMIT + 1],
    ),
    db.all(
      `SELECT ${APPEAL_COLUMNS} FROM ${APPEALS_FROM} WHERE ${PUBLISHED('a')} AND a.campaign_id = ?
        ORDER BY a.created_at DESC LIMIT ?`,
      [id, JOIN_LIMIT + 1],
    ),
  ])
  return {
    id: campaign.id,
    title: campaign.title,
    slug: campaign.slug,
    summary: campaign.summary,
    description: json(campaign.description),
    campaignStatus: campaign.campaign_status,
    startDate: iso(campaign.start_date),
    endDate: iso(campaign.end_date),
    heroImage: campaign.hero_image_id ?? null,
    posts: joined(posts.map(postSummary)),
    events: joined(events.map(eventSummary)),
    appeals: joined(appeals.map((row) => appealSummary(row, at))),
    createdAt: iso(campaign.created_at),
    updatedAt: iso(campaign.updated_at),
  }
}
