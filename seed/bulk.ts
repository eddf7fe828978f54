import type { CollectionSlug, Payload, PayloadRequest, TypedUser } from 'payload'
import type { CharityContext } from 'payload-plugin-charity/types'

import type { SeedRefs, StaffKey } from './context.ts'
import type { Place } from './places.ts'

import { base, en, en_GB, Faker } from '@faker-js/faker'
import { slugify } from 'payload-plugin-charity/fields'

import { insertDocuments, type SqlAdapter, sqlAdapterOf } from './bulkInsert.ts'
import { prepareForStorage, withMemoizedReads } from './bulkPrepare.ts'
import { inTransaction } from './context.ts'
import { zonedTime } from './dates.ts'
import { h2, p, richText, ul } from './lexical.ts'
import { PLACES } from './places.ts'

/**
 * `--scale N`: N posts, N events and N donation appeals of made-up but
 * plausible content, for benchmarks and for trying the admin at size. The
 * same seed gives the same documents (text, slugs, amounts, day offsets);
 * dates are placed relative to the day of the run, so some events are always
 * ahead. About one in seven documents is a draft, as in a real newsroom.
 */

type BulkCollection = 'posts' | 'events' | 'donation-appeals'

export type BulkItem = {
  collection: BulkCollection
  slug: string
  status: 'draft' | 'published'
  as: StaffKey
  data: Record<string, unknown>
}

const DAY = 24 * 60 * 60 * 1000
const DRAFT_SHARE = 0.15

type Vars = { place: Place; other: Place; n: number; first: string; name: string }

const POST_TITLES: ((v: Vars) => string)[] = [
  (v) => `${v.place.city} group welcomes ${v.n} new volunteers`,
  (v) => `What ${v.n} people learned at our ${v.place.city} training day`,
  (v) => `${v.first} on starting an ACT group in ${v.place.city}`,
  (v) => `How ${v.place.city} businesses are checking their supply chains`,
  (v) => `A year of community action in ${v.place.region}`,
  (v) => `Spotting the signs: advice from volunteers in ${v.place.city}`,
  (v) => `${v.n} questions to ask a company about recruitment fees`,
  (v) => `Why our ${v.place.city} group is talking to local shops`,
  (v) => `Schools in ${v.place.region} join the conversation`,
  (v) => `Thank you, ${v.place.city}: what your fundraising made possible`,
  (v) => `From ${v.other.city} to ${v.place.city}: groups learning from each other`,
]

const POST_EXCERPTS: ((v: Vars) => string)[] = [
  (v) => `Volunteers in ${v.place.city} share what they have learned and what they plan next.`,
  (v) => `${v.first} explains why a small local group can make a real difference.`,
  (v) => `A short report from ${v.place.region}, with practical tips for other groups.`,
  (v) => `What happened, who took part, and how you can join in near ${v.place.city}.`,
]

const PARAGRAPHS: ((v: Vars) => string)[] = [
  (v) =>
    `${v.n} people came along, some for the first time. By the end of the evening, everyone knew who to call if they were worried about someone.`,
  (v) =>
    `${v.name} has volunteered with the ${v.place.city} group for two years. "It started with one training day," they told us, "and it changed what I notice on my way to work."`,
  () =>
    'Trafficking rarely looks like the films. More often it is someone who never seems to have a day off, who does not hold their own documents, or who is always collected by the same person.',
  () =>
    'You do not need to be certain to pass on a concern. If someone is in immediate danger, call 999. Otherwise, the Modern Slavery and Exploitation Helpline is there to listen and advise.',
  (v) =>
    `The group now meets monthly in ${v.place.city}, and is always glad to see new faces. Nobody needs experience, only a willingness to learn.`,
  (v) =>
    `Local businesses were asked three simple questions about how they recruit. ${v.n} of them replied, and several have since reviewed their policies.`,
  () =>
    'Recruitment fees leave workers in debt before they have earned a penny. A company that promises no worker pays for a job, and checks that promise is kept, removes one of the most common routes into forced labour.',
  (v) =>
    `Our thanks go to everyone in ${v.place.region} who gave their time, lent a room or brought cake.`,
  (v) =>
    `Groups in ${v.other.city} and ${v.place.city} have started sharing notes after each meeting, so good ideas travel quickly.`,
  () =>
    'If you would like a training day where you live, get in touch. We bring the trainers and the materials; you bring the people.',
]

const EVENT_KINDS = [
  {
    type: 'training',
    mode: 'in-person',
    title: (v: Vars) => `Community training day, ${v.place.city}`,
    hours: 6,
    start: '10:00',
    weekday: 6,
  },
  {
    type: 'workshop',
    mode: 'in-person',
    title: (v: Vars) => `Spotting the signs: a workshop in ${v.place.city}`,
    hours: 3,
    start: '10:30',
    weekday: 6,
  },
  {
    type: 'webinar',
    mode: 'online',
    title: () => 'Online briefing: recruitment fees and supply chains',
    hours: 1,
    start: '19:00',
    weekday: 3,
  },
  {
    type: 'webinar',
    mode: 'online',
    title: () => 'Online introduction to ACT groups',
    hours: 1,
    start: '12:30',
    weekday: 2,
  },
  {
    type: 'meeting',
    mode: 'in-person',
    title: (v: Vars) => `Volunteer meet-up, ${v.place.city}`,
    hours: 2,
    start: '18:30',
    weekday: 4,
  },
  {
    type: 'meeting',
    mode: 'hybrid',
    title: (v: Vars) => `${v.place.region} coordinators' meeting`,
    hours: 2,
    start: '18:00',
    weekday: 1,
  },
  {
    type: 'fundraiser',
    mode: 'in-person',
    title: (v: Vars) => `Quiz night for ACT, ${v.place.city}`,
    hours: 3,
    start: '19:00',
    weekday: 5,
  },
  {
    type: 'conference',
    mode: 'hybrid',
    title: (v: Vars) => `${v.place.region} regional gathering`,
    hours: 7,
    start: '09:30',
    weekday: 6,
  },
] as const

const APPEAL_TITLES: ((v: Vars) => string)[] = [
  (v) => `Training days for ${v.place.region}`,
  (v) => `Help a new group start in ${v.place.city}`,
  (v) => `Materials for ${v.n} schools`,
  (v) => `Winter fund for ${v.place.city} volunteers`,
  (v) => `Bring the training day to ${v.place.city}`,
]

const IMPACTS: Record<number, string> = {
  500: 'pays for tea and biscuits at a group meeting',
  1000: 'prints training packs for five volunteers',
  2000: 'covers a volunteer’s travel for a month',
  2500: 'pays a trainer’s travel to a new community',
  5000: 'hires a hall for a local training day',
  10000: 'runs a training session in a school',
}

/** Names common across the UK today, so generated people sound like the places they live in. */
const FIRST_NAMES = [
  'Amina',
  'Ben',
  'Bethan',
  'Callum',
  'Chloe',
  'Daniel',
  'Dylan',
  'Eilidh',
  'Emma',
  'Fatima',
  'Gareth',
  'Grace',
  'Hannah',
  'Harry',
  'Imran',
  'Isla',
  'Jack',
  'Joanne',
  'Kwame',
  'Leah',
  'Liam',
  'Lowri',
  'Mohammed',
  'Niamh',
  'Olivia',
  'Oliver',
  'Priya',
  'Rhys',
  'Ruth',
  'Sam',
  'Sophie',
  'Tariq',
  'Tomasz',
  'Yusuf',
  'Zara',
  'Zofia',
]
const LAST_NAMES = [
  'Ahmed',
  'Begum',
  'Brown',
  'Campbell',
  'Davies',
  'Edwards',
  'Evans',
  'Griffiths',
  'Hughes',
  'Jones',
  'Kaur',
  'Khan',
  'Kowalski',
  'MacDonald',
  'Mensah',
  'Murphy',
  'Nowak',
  'O’Neill',
  'Patel',
  'Roberts',
  'Robertson',
  'Singh',
  'Smith',
  'Taylor',
  'Thomas',
  'Walker',
  'Williams',
  'Wilson',
]

const VENUES = [
  'Community centre',
  'Library meeting room',
  'Church hall',
  'Quaker meeting house',
  'Town hall',
  'Friends meeting room',
]

/** The local time in London, `days` after `today` (UTC midnight), on the chosen weekday. */
const londonAt = (today: Date, days: number, weekday: number, time: string): Date => {
  const start = new Date(today.getTime() + days * DAY)
  const shift = (weekday - start.getUTCDay() + 7) % 7
  return zonedTime(new Date(start.getTime() + shift * DAY).toISOString().slice(0, 10), time)
}

/** Every document `--scale count --seed seed` makes, in the order they are created. Pure and deterministic. */
export const planBulk = (count: number, seed: number, refs: SeedRefs, now: Date): BulkItem[] => {
  const faker = new Faker({ locale: [en_GB, en, base] })
  faker.seed(seed)
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  const media = Object.values(refs.media)
  const categories = Object.values(refs.categories)
  const campaigns = Object.values(refs.campaigns)
  const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items)
  const status = (): 'draft' | 'published' =>
    faker.datatype.boolean({ probability: DRAFT_SHARE }) ? 'draft' : 'published'
  const vars = (): Vars => {
    const first = pick(FIRST_NAMES)
    return {
      place: pick(PLACES),
      other: pick(PLACES),
      n: faker.number.int({ min: 5, max: 60 }),
      first,
      name: `${first} ${pick(LAST_NAMES)}`,
    }
  }
  const slugFor = (title: string, index: number) =>
    `${slugify(title).slice(0, 72).replace(/-+$/, '')}-${seed}-${index}`
  const items: BulkItem[] = []

  for (let index = 1; index <= count; index++) {
    // Post
    {
      const v = vars()
      const title = pick(POST_TITLES)(v)
      const state = status()
      // Authors write the drafts; editors publish.
      const as: StaffKey =
        state === 'draft' ? pick(['author', 'editor'] as const) : pick(['editor', 'admin'] as const)
      const paragraphs = faker.helpers
        .arrayElements(PARAGRAPHS, { min: 3, max: 6 })
        .map((make) => p(make(v)))
      items.push({
        collection: 'posts',
        slug: slugFor(title, index),
        status: state,
        as,
        data: {
          title,
          excerpt: pick(POST_EXCERPTS)(v),
          heroImage: faker.datatype.boolean({ probability: 0.7 }) ? pick(media) : undefined,
          content: richText(
            ...paragraphs.slice(0, 2),
            h2('What happens next'),
            ...paragraphs.slice(2),
          ),
          authors: [refs.users[as].id],
          categories: faker.helpers.arrayElements(categories, { min: 1, max: 2 }),
          campaign: faker.datatype.boolean({ probability: 0.3 }) ? pick(campaigns) : undefined,
          publishedAt:
            state === 'published'
              ? new Date(
                  today.getTime() - faker.number.int({ min: 1, max: 3 * 365 }) * DAY + 9 * 3600_000,
                ).toISOString()
              : undefined,
        },
      })
    }
    // Event
    {
      const v = vars()
      const kind = pick(EVENT_KINDS)
      const title = kind.title(v)
      const startsAt = londonAt(
        today,
        faker.number.int({ min: -365, max: 365 }),
        kind.weekday,
        kind.start,
      )
      const endsAt = new Date(startsAt.getTime() + kind.hours * 3600_000)
      const slug = slugFor(title, index)
      const eventStatus = faker.helpers.weightedArrayElement([
        { weight: 90, value: 'scheduled' },
        { weight: 6, value: 'cancelled' },
        { weight: 4, value: 'postponed' },
      ])
      const inPerson = kind.mode !== 'online'
      const isFree = faker.datatype.boolean({ probability: 0.8 })
      items.push({
        collection: 'events',
        slug,
        status: status(),
        as: 'editor',
        data: {
          title,
          summary: `${kind.type === 'webinar' ? 'An hour online' : `A ${kind.type} in ${v.place.city}`} for anyone who wants to help their community stand up to trafficking.`,
          description: richText(
            p(pick(PARAGRAPHS)(v)),
            ul('No experience needed', 'Step-free access', 'Questions welcome'),
          ),
          eventType: kind.type,
          attendanceMode: kind.mode,
          eventStatus,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          timezone: 'Europe/London',
          heroImage: faker.datatype.boolean({ probability: 0.5 }) ? pick(media) : undefined,
          venue: inPerson
            ? {
                name: `${pick(VENUES)}, ${v.place.city}`,
                street: `${faker.number.int({ min: 1, max: 200 })} ${faker.location.street()}`,
                city: v.place.city,
                region: v.place.region,
                postcode: `${v.place.postcodeArea} ${faker.number.int({ min: 1, max: 9 })}${faker.string.alpha({ length: 2, casing: 'upper', exclude: ['C', 'I', 'K', 'M', 'O', 'V'] })}`,
                country: 'GB',
              }
            : undefined,
          location: inPerson
            ? {
                latitude: Number(
                  (v.place.latitude + faker.number.float({ min: -0.02, max: 0.02 })).toFixed(5),
                ),
                longitude: Number(
                  (v.place.longitude + faker.number.float({ min: -0.02, max: 0.02 })).toFixed(5),
                ),
              }
            : undefined,
          onlineUrl:
            kind.mode === 'online' || kind.mode === 'hybrid'
              ? `https://meet.example.org/${slug}`
              : undefined,
          registration: {
            url: `https://example.org/events/${slug}/register`,
            capacity: faker.helpers.arrayElement([20, 30, 40, 60, 80, 120]),
            isFree,
            price: isFree ? undefined : faker.helpers.arrayElement([500, 1000, 1500, 2000]),
          },
          campaign: faker.datatype.boolean({ probability: 0.2 }) ? pick(campaigns) : undefined,
        },
      })
    }
    // Appeal
    {
      const v = vars()
      const title = pick(APPEAL_TITLES)(v)
      const opensAt = new Date(today.getTime() - faker.number.int({ min: 0, max: 400 }) * DAY)
      const closesAt = new Date(opensAt.getTime() + faker.number.int({ min: 30, max: 240 }) * DAY)
      const amounts = faker.helpers
        .arrayElements(Object.keys(IMPACTS).map(Number), 3)
        .sort((a, b) => a - b)
      items.push({
        collection: 'donation-appeals',
        slug: slugFor(title, index),
        status: status(),
        as: 'editor',
        data: {
          title,
          summary: `Help local groups in ${v.place.region} learn to recognise trafficking and act on it.`,
          story: richText(p(pick(PARAGRAPHS)(v)), p(pick(PARAGRAPHS)(v))),
          currency: 'GBP',
          targetAmount: faker.number.int({ min: 20, max: 400 }) * 5_000,
          suggestedAmounts: amounts.map((amount) => ({ amount, impact: IMPACTS[amount] })),
          donateUrl: 'https://example.org/donate',
          opensAt: opensAt.toISOString(),
          closesAt: closesAt.toISOString(),
          giftAidEligible: faker.datatype.boolean({ probability: 0.9 }),
          heroImage: faker.datatype.boolean({ probability: 0.6 }) ? pick(media) : undefined,
          campaign: faker.datatype.boolean({ probability: 0.3 }) ? pick(campaigns) : undefined,
        },
      })
    }
  }
  return items
}

export type BulkResult = {
  created: number
  existing: number
  seconds: number
  perSecond: number
  /** How the documents were written: see `BulkPath`. */
  path: BulkPath
}

/**
 * `sql`: Payload's create pipeline without the database (seed/bulkPrepare.ts),
 * then multi-row inserts (seed/bulkInsert.ts), for SQLite and PostgreSQL.
 * `local-api`: one `payload.create` per document. MongoDB always takes it (its
 * adapter has no row builder to batch); it is also the reference the bulk path
 * is tested against (test/seed-bulk-equivalence.test.ts).
 */
export type BulkPath = 'local-api' | 'sql'

export type BulkOptions = {
  count: number
  seed: number
  now?: Date
  /** Documents saved per database transaction: one commit per batch instead of per document. */
  batchSize?: number
  /** Defaults to `sql` where the database adapter allows it. */
  path?: BulkPath
  onProgress?: (done: number, total: number) => void
  /** Validate every generated document on the bulk path, not one per collection and batch. */
  validateAll?: boolean
  /** Notes for the operator (e.g. that bulk documents were not announced to webhooks). */
  log?: (line: string) => void
}

/** Reads are capped at 100 documents (src/hooks/boundPublicReads.ts), even with `pagination: false`. */
const SLUGS_PER_LOOKUP = 100

/** Which of these slugs already exist in the collection (drafts included). */
const existingSlugs = async (
  payload: Payload,
  collection: CollectionSlug,
  slugs: string[],
): Promise<Set<string>> => {
  const found = new Set<string>()
  for (let start = 0; start < slugs.length; start += SLUGS_PER_LOOKUP) {
    const part = slugs.slice(start, start + SLUGS_PER_LOOKUP)
    const { docs } = await payload.find({
      collection,
      where: { slug: { in: part } },
      select: { slug: true },
      depth: 0,
      limit: part.length,
      pagination: false,
      // A system task reading its own earlier output: no visitor to check against.
      overrideAccess: true,
    })
    for (const doc of docs) found.add((doc as { slug?: string }).slug ?? '')
  }
  return found
}

const BULK_COLLECTIONS = ['posts', 'events', 'donation-appeals'] as const

/** The reference path: what an editor's save does, one document at a time. */
const createOneByOne = async (
  payload: Payload,
  refs: SeedRefs,
  todo: BulkItem[],
  req: PayloadRequest,
  onCreated: () => void,
): Promise<void> => {
  for (const item of todo) {
    await payload.create({
      collection: item.collection,
      data: { ...item.data, slug: item.slug, _status: item.status } as never,
      // Drafts too are validated (`draft: true` would skip it), as in the sample.
      draft: false,
      user: refs.users[item.as] as TypedUser,
      locale: 'en',
      overrideAccess: true,
      depth: 0,
      req,
    })
    onCreated()
  }
}

/** The bulk path: each document through Payload's hooks, then each collection's rows in a few statements. */
const createInBulk = async (
  payload: Payload,
  adapter: SqlAdapter,
  refs: SeedRefs,
  todo: BulkItem[],
  req: PayloadRequest,
  validateAll: boolean,
  onCreated: (count: number) => void,
): Promise<void> => {
  // As `payload.create({ locale: 'en' })` sets it: the generated text is English.
  req.locale = 'en'
  const { slugs } = payload.config.custom?.charity as CharityContext
  const hooksReq = withMemoizedReads(
    req,
    [slugs.users, slugs.media].filter((slug): slug is string => Boolean(slug)),
  )
  for (const slug of BULK_COLLECTIONS) {
    const items = todo.filter((item) => item.collection === slug)
    if (items.length === 0) continue
    const config = payload.collections[slug].config
    const docs = []
    for (const [index, item] of items.entries()) {
      // The writer, for `createdBy` and the author rules, as `payload.create({ user })` would set it.
      hooksReq.user = refs.users[item.as] as PayloadRequest['user']
      docs.push(
        await prepareForStorage(
          config,
          { ...item.data, slug: item.slug, _status: item.status },
          hooksReq,
          // Payload's validation deep-copies the whole document once per field: ~40% of the time.
          // The planner's documents all have the same shape, so the first of each collection in each
          // batch is validated in full; the equivalence test validates every one (Local API path).
          { validate: index === 0 || validateAll },
        ),
      )
    }
    hooksReq.user = null
    await insertDocuments(payload, adapter, config, docs, req)
    onCreated(items.length)
  }
}

/**
 * What the server that owns the database wants done after rows arrive in bulk
 * (its config's `custom.afterBulkLoad`: the reference backend clears its
 * response cache and refreshes the query planner's statistics). The seed
 * calls it without knowing what it does.
 */
type AfterBulkLoad = (payload: Payload) => Promise<void> | void

/**
 * Per-document `afterChange` side effects, and what replaces them after a bulk load:
 * - the backend's own upkeep (`custom.afterBulkLoad`) runs once instead of per document;
 * - webhooks: generated documents are made-up benchmark content, so they are
 *   never announced to subscribers, and the operator is told when any are listening;
 * - an appeal's stored `progressPercent` is already right: a new appeal has no
 *   donations, so Payload's default (0) is what `storeProgressAfterSave` would write.
 */
const afterBulkLoad = async (payload: Payload, log: (line: string) => void): Promise<void> => {
  await (payload.config.custom?.afterBulkLoad as AfterBulkLoad | undefined)?.(payload)
  const endpoints = (payload.config.custom?.charity as CharityContext | undefined)?.slugs
    .webhookEndpoints
  if (!endpoints) return
  const { totalDocs } = await payload.count({
    collection: endpoints as CollectionSlug,
    where: { active: { equals: true } },
    overrideAccess: true,
  })
  if (totalDocs > 0) {
    log(
      `Note: ${totalDocs} active webhook endpoint(s) were not told about the generated documents (bulk content is never announced).`,
    )
  }
}

/** Create what `planBulk` describes, skipping documents an earlier run made. */
export const generateBulk = async (
  payload: Payload,
  refs: SeedRefs,
  options: BulkOptions,
): Promise<BulkResult> => {
  const items = planBulk(options.count, options.seed, refs, options.now ?? new Date())
  const adapter = sqlAdapterOf(payload)
  const path: BulkPath = adapter && options.path !== 'local-api' ? 'sql' : 'local-api'
  // Bigger batches pay off only when each is a few statements; a commit per 100 creates is plenty.
  const batchSize = options.batchSize ?? (path === 'sql' ? 500 : 100)
  const started = performance.now()
  let created = 0
  let existing = 0

  for (let start = 0; start < items.length; start += batchSize) {
    const batch = items.slice(start, start + batchSize)
    const found = new Map<BulkCollection, Set<string>>()
    for (const collection of BULK_COLLECTIONS) {
      const slugs = batch.filter((item) => item.collection === collection).map((item) => item.slug)
      found.set(collection, await existingSlugs(payload, collection, slugs))
    }
    const todo = batch.filter((item) => !found.get(item.collection)?.has(item.slug))
    existing += batch.length - todo.length
    let done = start + batch.length - todo.length
    options.onProgress?.(done, items.length)

    await inTransaction(payload, null, async (req) => {
      if (adapter && path === 'sql') {
        await createInBulk(
          payload,
          adapter,
          refs,
          todo,
          req,
          options.validateAll ?? false,
          (count) => {
            done += count
            options.onProgress?.(done, items.length)
          },
        )
      } else {
        await createOneByOne(payload, refs, todo, req, () =>
          options.onProgress?.(++done, items.length),
        )
      }
    })
    created += todo.length
  }
  if (created > 0) await afterBulkLoad(payload, options.log ?? (() => undefined))

  const seconds = (performance.now() - started) / 1000
  return { created, existing, seconds, perSecond: created / Math.max(seconds, 0.001), path }
}
