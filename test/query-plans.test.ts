import type { ShortcutSet } from '../src/components/ListShortcuts/shortcuts.ts'
import type { AdapterName } from './helpers/databases.ts'
import type { Exec, Finding } from './helpers/queryPlans.ts'
import type { FreshDatabase, RunningTestServer } from './helpers/server.ts'

/**
 * The plan guard: every SQL statement the server runs for the admin's and the
 * API's read paths, on a database seeded with a few thousand documents, is
 * EXPLAINed; a plan that would grow with content (a full scan, a per-row scan,
 * a sort of every match before LIMIT) fails the build, naming the statement
 * and the request that made it. SQLite is checked before and after ANALYZE
 * (plans change with statistics); PostgreSQL with sequential scans off, so a
 * small test database cannot hide a missing index.
 */
import { createClient } from '@libsql/client'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { shortcutQuery, shortcutsFor } from '../src/components/ListShortcuts/shortcuts.ts'
import { ApiClient } from './helpers/client.ts'
import { describeForEachAdapter } from './helpers/harness.ts'
import { checkPostgres, checkSqlite, isContentRead } from './helpers/queryPlans.ts'
import { runSeed, SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD } from './helpers/seed.ts'
import { createFreshDatabase, startServerProcess } from './helpers/server.ts'

/** Documents per collection (posts, events, appeals) on top of the sample. */
const SCALE = Number(process.env.PLAN_GUARD_SCALE ?? 1000)

type Read = { name: string; path: string; as: 'admin' | 'anonymous'; body?: unknown }

/**
 * Plans that are proportional to what they match, not to the whole table,
 * and cannot be served by a b-tree. Each says why it is allowed.
 */
const ALLOWED: { request: RegExp; rule: string; table: RegExp; why: string }[] = [
  {
    request: /version history/,
    rule: 'sort before LIMIT',
    table: /_v$/,
    why: "one document's history is at most 50 versions (maxPerDoc); with statistics SQLite reads them by parent and sorts that handful",
  },
  {
    request: /latest draft/,
    rule: 'sort before LIMIT',
    table: /_v$/,
    why: "one document's latest draft is read among its own versions (at most 50, maxPerDoc); with statistics SQLite reads them by parent and sorts that handful",
  },
  {
    request: /sorted by title/,
    rule: 'sort before LIMIT',
    table: /./,
    why: 'a sort by a localized title joins the locale rows; no index orders across locales (71 ms at 10k)',
  },
  {
    request: /search/,
    rule: 'full scan',
    table: /_locales$/,
    why: 'a substring search (like %x%) cannot use a b-tree; the admin searches title, slug and excerpt',
  },
  {
    request: /search|in a category|sorted by title/,
    rule: 'sort before LIMIT',
    table: /./,
    why: 'DISTINCT over a join sorts the matching documents only (posts in one category, search hits)',
  },
]

const allowed = (request: string, finding: Finding) =>
  ALLOWED.some(
    (rule) =>
      rule.request.test(request) && rule.rule === finding.rule && rule.table.test(finding.table),
  )

const graphql = (query: string) => ({ query })

/** The admin list shortcuts (open appeals, upcoming events, drafts), as their links ask. */
const adminShortcuts = (collection: string, set: ShortcutSet, now: string): Read[] =>
  shortcutsFor(set, now).map((shortcut) => ({
    name: `admin: ${collection} shortcut "${shortcut.label}"`,
    path: `/api/${collection}${shortcutQuery(shortcut) || '?'}&depth=0&limit=10&draft=true`,
    as: 'admin' as const,
  }))

const readsFor = (ids: {
  post: any
  category: any
  campaign: any
  group: any
  appeal: any
}): Read[] => {
  const now = new Date().toISOString()
  const admin = (name: string, path: string): Read => ({
    name: `admin: ${name}`,
    path,
    as: 'admin',
  })
  const pub = (name: string, path: string, body?: unknown): Read => ({
    name: `public: ${name}`,
    path,
    as: 'anonymous',
    body,
  })
  const lists = ['posts', 'events', 'donation-appeals', 'campaigns'].flatMap((collection) => [
    admin(`${collection} list (default sort)`, `/api/${collection}?depth=0&limit=10&draft=true`),
    admin(
      `${collection} list by -updatedAt`,
      `/api/${collection}?depth=0&limit=10&sort=-updatedAt&draft=true`,
    ),
    admin(
      `${collection} list filtered to drafts`,
      `/api/${collection}?depth=0&limit=10&where[_status][equals]=draft&draft=true`,
    ),
  ])
  return [
    pub('posts, default sort', '/api/posts?limit=10&depth=0'),
    pub('posts, newest published first', '/api/posts?limit=10&sort=-publishedAt&depth=1'),
    pub('one post by slug', `/api/posts?where[slug][equals]=${ids.post.slug}&limit=1`),
    pub(
      'posts in a category',
      `/api/posts?where[categories][in]=${ids.category.id}&limit=10&depth=0`,
    ),
    pub(
      'posts of a campaign',
      `/api/posts?where[campaign][equals]=${ids.campaign.id}&limit=10&depth=0`,
    ),
    pub(
      'upcoming events',
      `/api/events?where[startsAt][greater_than]=${now}&sort=startsAt&limit=10`,
    ),
    // The website's lists (website/lib/api/events.ts): still running counts as upcoming.
    pub(
      'upcoming events as the website lists them',
      `/api/events?where[endsAt][greater_than]=${now}&sort=startsAt&limit=3`,
    ),
    pub(
      'past events as the website lists them',
      `/api/events?where[endsAt][less_than]=${now}&sort=-startsAt&limit=10`,
    ),
    pub('appeals', '/api/donation-appeals?limit=10'),
    // The website's appeals, newest first (website/lib/api/appeals.ts and the home page).
    pub('appeals newest first', '/api/donation-appeals?sort=-opensAt&limit=5&depth=1'),
    pub('a campaign with its joins', `/api/campaigns/${ids.campaign.id}?depth=1`),
    pub(
      'a campaign by slug',
      `/api/campaigns?where[slug][equals]=${ids.campaign.slug}&depth=1&limit=1`,
    ),
    pub(
      'GraphQL posts',
      '/api/graphql',
      graphql('{ Posts(limit: 10, sort: "-publishedAt") { docs { title slug } } }'),
    ),
    pub(
      'GraphQL upcoming events',
      '/api/graphql',
      graphql(
        `{ Events(limit: 10, sort: "startsAt", where: { startsAt: { greater_than: "${now}" } }) { docs { title startsAt } } }`,
      ),
    ),
    pub('RSS feed', '/api/posts/feed.xml'),
    pub('JSON feed of a campaign', `/api/posts/feed.json?campaign=${ids.campaign.slug}`),
    pub('groups', '/api/groups?limit=10&depth=0'),
    pub('one group by slug', `/api/groups?where[slug][equals]=${ids.group.slug}&depth=1&limit=1`),
    pub('groups near me', '/api/groups/near?lat=51.5072&lng=-0.1276&radiusKm=200'),
    pub('site search', '/api/search?q=london+training&limit=10'),
    pub('site search, a prefix in Welsh, page 2', '/api/search?q=hyff&locale=cy&page=2'),
    pub(
      'GraphQL site search',
      '/api/graphql',
      graphql('{ SiteSearch(q: "gift aid", type: ["posts"]) { docs { title path } totalDocs } }'),
    ),
    pub('posts of a group', `/api/posts?where[group][equals]=${ids.group.id}&limit=10&depth=0`),
    pub('events calendar of a group', `/api/events/calendar.ics?group=${ids.group.slug}`),
    pub('JSON-LD of a post', `/api/posts/jsonld?slug=${ids.post.slug}`),
    pub('events calendar', '/api/events/calendar.ics'),
    pub('event occurrences, the next month', `/api/events/occurrences?from=${now}`),
    pub(
      'event occurrences of a group over a year',
      `/api/events/occurrences?from=${now}&to=${new Date(Date.parse(now) + 365 * 86_400_000).toISOString()}&group=${ids.group.slug}&page=2`,
    ),
    // The seeded pages: live blocks (an appeal, training events, a campaign's posts and events, groups).
    pub('a page with live blocks', '/api/pages?where[slug][equals]=get-involved&depth=1&limit=1'),
    pub(
      "a campaign's landing page",
      '/api/pages?where[slug][equals]=no-fees-for-work&depth=1&limit=1',
    ),
    pub('a page with the group finder', '/api/pages?where[slug][equals]=about&depth=1&limit=1'),
    pub('a redirect by its old path', '/api/redirects?from=/posts/an-old-title'),
    pub('the sitemap', '/api/sitemap.xml'),
    ...lists,
    admin(
      'posts sorted by -publishedAt',
      '/api/posts?depth=0&limit=10&sort=-publishedAt&draft=true',
    ),
    admin('posts sorted by title', '/api/posts?depth=0&limit=10&sort=title&draft=true'),
    admin(
      'posts in a category',
      `/api/posts?depth=0&limit=10&where[categories][in]=${ids.category.id}&draft=true`,
    ),
    admin(
      'posts search',
      '/api/posts?depth=0&limit=10&where[or][0][title][like]=london&draft=true',
    ),
    admin('events sorted by -startsAt', '/api/events?depth=0&limit=10&sort=-startsAt&draft=true'),
    admin(
      'appeals sorted by closesAt',
      '/api/donation-appeals?depth=0&limit=10&sort=closesAt&draft=true',
    ),
    admin(
      'post version history',
      `/api/posts/versions?where[parent][equals]=${ids.post.id}&sort=-updatedAt&limit=10`,
    ),
    admin(
      'dashboard: upcoming events',
      `/api/events?where[startsAt][greater_than_equal]=${now}&sort=startsAt&limit=5&depth=0`,
    ),
    admin(
      'dashboard: appeals closing soonest',
      `/api/donation-appeals?where[_status][equals]=published&where[closesAt][greater_than]=${now}&sort=closesAt&limit=5&depth=0`,
    ),
    admin(
      'dashboard: appeals with no closing date',
      `/api/donation-appeals?where[_status][equals]=published&where[closesAt][exists]=false&limit=5&depth=0`,
    ),
    ...adminShortcuts('donation-appeals', 'appeals', now),
    ...adminShortcuts('events', 'events', now),
    ...adminShortcuts('posts', 'posts', now),
    admin(
      'appeals sorted by -progressPercent',
      '/api/donation-appeals?depth=0&limit=10&sort=-progressPercent&draft=true',
    ),
    admin(
      'published posts in a category',
      `/api/posts?depth=0&limit=10&where[_status][equals]=published&where[categories][in]=${ids.category.id}&draft=true`,
    ),
    pub('appeals by progress', '/api/donation-appeals?limit=10&sort=-progressPercent&depth=0'),
    admin('groups list', '/api/groups?depth=0&limit=10&draft=true'),
    admin(
      'new training requests',
      '/api/training-requests?depth=0&limit=10&where[requestStatus][equals]=new&sort=-createdAt',
    ),
    admin(
      'training requests in a region',
      '/api/training-requests?depth=0&limit=10&where[region][equals]=london&sort=-createdAt',
    ),
    admin('users picker', '/api/users?limit=10&depth=0'),
    admin('categories picker', '/api/categories?limit=10&depth=0'),
    admin('donations ledger', '/api/donations?limit=10&depth=0'),
    admin('refunds of a donation', '/api/donations?where[refundOf][equals]=1&limit=10&depth=0'),
    admin(
      'ledger entries of a donor (subject access)',
      '/api/donations?where[donorEmail][equals]=someone@example.org&limit=10&depth=0',
    ),
    admin(
      'donations of a Gift Aid claim batch',
      '/api/donations?where[giftAidClaimBatch][equals]=ga-2026-01-01-abc&limit=10&depth=0',
    ),
    admin('Gift Aid declarations', '/api/gift-aid-declarations?limit=10&depth=0'),
    admin(
      'Gift Aid declarations of a donor (subject access)',
      '/api/gift-aid-declarations?where[donorEmail][equals]=someone@example.org&limit=10&depth=0',
    ),
    admin(
      'training requests of a person (subject access)',
      '/api/training-requests?where[email][equals]=someone@example.org&limit=10&depth=0',
    ),
    admin('privacy audit log', '/api/privacy-audit-log?limit=10&depth=0'),
    admin(
      "one appeal's latest draft, with the Gift Aid it could add",
      `/api/donation-appeals/${ids.appeal.id}?depth=0&draft=true`,
    ),
  ]
}

type Guarded = { read: Read; sql: string; params: unknown[] }

describeForEachAdapter(`the plan guard (seed --scale ${SCALE})`, (adapter: AdapterName) => {
  let database: FreshDatabase
  let server: RunningTestServer
  let logDir: string
  let statements: Guarded[] = []
  let exec: Exec
  let close: () => Promise<void>
  let check: (sql: string, params: unknown[]) => Promise<Finding[]>

  beforeAll(async () => {
    database = await createFreshDatabase(adapter)
    logDir = mkdtempSync(path.join(tmpdir(), 'charity-plans-'))
    const env = {
      DATABASE_URI: database.uri,
      MEDIA_DIR: path.join(logDir, 'media'),
      // The sitemap lists website addresses: without a website it has none to read.
      FRONTEND_URL: 'https://www.example.org',
      SEED_ADMIN_EMAIL,
      SEED_ADMIN_PASSWORD,
    }
    const seeded = await runSeed(env, ['--scale', String(SCALE), '--seed', '3'], 1_200_000)
    if (seeded.code !== 0) throw new Error(`seeding failed:\n${seeded.stdout}\n${seeded.stderr}`)
    console.log(`[${adapter}] plan guard seed: ${/Bulk: .*/.exec(seeded.stdout)?.[0]}`)

    const logFile = path.join(logDir, 'sql.jsonl')
    writeFileSync(logFile, '')
    server = await startServerProcess({
      ...env,
      SQL_LOG_FILE: logFile,
      PAYLOAD_JOBS_AUTORUN: 'false',
    })
    const api = new ApiClient(server.url)
    const token = await api.login(SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD)
    const first = async (path: string) => (await api.request(path, { token })).body.docs[0]
    const ids = {
      post: await first('/api/posts?limit=1&depth=0&where[_status][equals]=published'),
      category: await first('/api/categories?limit=1&depth=0'),
      campaign: await first('/api/campaigns?limit=1&depth=0&where[_status][equals]=published'),
      group: await first('/api/groups?limit=1&depth=0&where[_status][equals]=published'),
      // The sample appeal with Gift Aid donations: its edit view works out what Gift Aid could add.
      appeal: await first('/api/donation-appeals?limit=1&depth=0&where[slug][equals]=support-us'),
    }

    let seen = readFileSync(logFile, 'utf8').length
    for (const read of readsFor(ids)) {
      const response = await api.request(read.path, {
        token: read.as === 'admin' ? token : undefined,
        body: read.body,
      })
      if (response.status !== 200)
        throw new Error(`${read.name}: ${response.status} ${JSON.stringify(response.body)}`)
      const log = readFileSync(logFile, 'utf8')
      const lines = log.slice(seen).split('\n').filter(Boolean)
      seen = log.length
      for (const line of lines) {
        const { sql, params } = JSON.parse(line) as { sql: string; params: unknown[] }
        if (isContentRead(sql)) statements.push({ read, sql, params })
      }
    }
    // One EXPLAIN per distinct statement text and request: the same list asked twice plans the same.
    const distinct = new Map(
      statements.map((statement) => [`${statement.read.name}\u0000${statement.sql}`, statement]),
    )
    statements = [...distinct.values()]

    if (adapter === 'sqlite') {
      // First without statistics (the seed made some): SQLite then plans by structure alone.
      // A connection reads them when it opens, so the guard's own connection opens after.
      const cleaner = createClient({ url: database.uri })
      // The server under test runs no jobs and so writes nothing now: a busy database is a finding.
      await cleaner.execute('DELETE FROM sqlite_stat1').catch((error: unknown) => {
        if (!/no such table/.test(String(error))) throw error
      })
      cleaner.close()
      const client = createClient({ url: database.uri })
      exec = async (sql, params) =>
        (await client.execute({ sql, args: params as never })).rows as never
      close = async () => client.close()
      check = (sql, params) => checkSqlite(exec, sql, params)
    } else {
      const { default: pg } = await import('pg')
      const client = new pg.Client({ connectionString: database.uri })
      await client.connect()
      // On a small database a sequential scan is the right plan; with it off, one means "no index fits".
      await client.query('SET enable_seqscan = off')
      exec = async (sql, params) => (await client.query(sql, params as never[])).rows
      close = () => client.end()
      const leads = new Map<string, string>()
      const firstColumnOf = async (index: string) => {
        if (!leads.has(index)) {
          const { rows } = await client.query(
            `select a.attname from pg_index i join pg_class c on c.oid = i.indexrelid
             join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0] where c.relname = $1`,
            [index],
          )
          leads.set(index, rows[0]?.attname ?? '')
        }
        return leads.get(index) as string
      }
      // Sizes after ANALYZE: which index the planner picks on a table of a few rows says nothing.
      await client.query('ANALYZE')
      const sizes = new Map(
        (
          await client.query(`SELECT relname, reltuples FROM pg_class WHERE relkind = 'r'`)
        ).rows.map((row: { relname: string; reltuples: number }) => [
          row.relname,
          Number(row.reltuples),
        ]),
      )
      check = (sql, params) =>
        checkPostgres(exec, sql, params, firstColumnOf, (table) => (sizes.get(table) ?? 0) >= 200)
    }
  }, 1_500_000)

  afterAll(async () => {
    await close?.()
    await server?.stop()
    await database?.drop().catch(() => undefined)
    rmSync(logDir, { force: true, recursive: true })
  }, 60_000)

  const problems = async () => {
    const found: string[] = []
    for (const { read, sql, params } of statements) {
      for (const finding of await check(sql, params)) {
        if (allowed(read.name, finding)) continue
        found.push(
          `${read.name} (${read.path})\n  ${finding.rule} on ${finding.table}: ${finding.detail}\n  ${sql.slice(0, 300)}`,
        )
      }
    }
    return [...new Set(found)]
  }

  it('captured the statements of every read path', () => {
    const requests = new Set(statements.map((statement) => statement.read.name))
    expect(requests.size).toBeGreaterThanOrEqual(45)
    // Site search asks its own full-text tables, outside Payload's queries: those statements are checked too.
    expect(
      statements
        .filter((statement) => /charity_search/.test(statement.sql))
        .map((statement) => statement.read.name),
    ).toEqual(expect.arrayContaining(['public: site search', 'public: GraphQL site search']))
  })

  it('reads every path through an index in the right order, with no full scan of a growing table', async () => {
    expect(await problems()).toEqual([])
  }, 300_000)

  if (adapter === 'sqlite') {
    it('still does after ANALYZE (with planner statistics the plans change)', async () => {
      await exec('ANALYZE', [])
      // With statistics a table of a few rows is rightly scanned; only tables of real size count.
      const rows = new Map<string, number>()
      for (const row of await exec(`SELECT tbl, stat FROM sqlite_stat1`, [])) {
        rows.set(
          String(row.tbl),
          Math.max(rows.get(String(row.tbl)) ?? 0, Number(String(row.stat).split(' ')[0])),
        )
      }
      check = (sql, params) =>
        checkSqlite(exec, sql, params, (table) => (rows.get(table) ?? 0) >= 200)
      expect(await problems()).toEqual([])
    }, 300_000)
  }
})
