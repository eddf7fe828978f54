import type { Id } from './helpers/accessFixtures.ts'
import type { TestBackend, TestUser } from './helpers/harness.ts'
import type { RunningTestServer } from './helpers/server.ts'

/**
 * Site search as a website calls it: `GET /api/search` over published posts,
 * events, campaigns, groups and appeals, ranked, in English and Welsh, kept
 * in step with publishing, unpublishing, edits and deletes, and answering bad
 * input with a 400 that says what is allowed.
 */
import { contentData, groupData } from './helpers/accessFixtures.ts'
import { ApiClient } from './helpers/client.ts'
import { paragraph, richText } from './helpers/content.ts'
import { describeEachAdapter, untilServing } from './helpers/harness.ts'
import { runToExit, spawnScript, startServerProcess } from './helpers/server.ts'
import { sqlRows } from './helpers/sql.ts'

type Result = {
  type: string
  id: Id
  slug: null | string
  title: string
  snippet: string
  path: null | string
}

describeEachAdapter(
  'site search',
  (backend: TestBackend) => {
    let editor: TestUser
    const ids = {} as Record<string, Id>
    const api = () => backend.api

    const create = async (
      key: string,
      slug: string,
      data: Record<string, unknown>,
      status: 'draft' | 'published' = 'published',
    ) => {
      const { status: code, body } = await api().request(`/api/${slug}`, {
        body: { _status: status, ...data },
        token: editor.token,
      })
      if (code !== 201) throw new Error(`creating ${key}: ${code} ${JSON.stringify(body)}`)
      ids[key] = body.doc.id
    }

    const update = async (slug: string, id: Id, data: Record<string, unknown>, query = '') => {
      const { status, body } = await api().request(`/api/${slug}/${id}${query}`, {
        method: 'PATCH',
        body: data,
        token: editor.token,
      })
      if (status !== 200)
        throw new Error(`updating ${slug} ${id}: ${status} ${JSON.stringify(body)}`)
    }

    const search = async (query: string, token?: string) => {
      const response = await api().request(`/api/search?${query}`, { token })
      return { ...response, docs: (response.body?.docs ?? []) as Result[] }
    }
    const titles = async (query: string, token?: string) => {
      const { status, body, docs } = await search(query, token)
      // An empty list must be an answer, not an error that happens to hold no docs.
      if (status !== 200) throw new Error(`search ${query}: ${status} ${JSON.stringify(body)}`)
      return docs.map((doc) => doc.title)
    }

    beforeAll(async () => {
      editor = await backend.createUser('editor', 'Edie Editor')
      const { status, body } = await api().request('/api/categories', {
        body: { title: 'Gift Aid' },
        token: editor.token,
      })
      if (status !== 201) throw new Error(`creating the category: ${status}`)

      await create('titled', 'posts', {
        title: 'Trafficking: spotting the signs',
        excerpt: 'What to look for, and who to call.',
      })
      await create('bodied', 'posts', {
        title: 'Modern slavery training in Leeds',
        excerpt: 'A day of training for volunteers.',
        content: richText(
          paragraph('Human trafficking and forced labour happen in every city.'),
          paragraph('Bring a packed lunch.'),
        ),
        categories: [body.doc.id],
      })
      await create('draft', 'posts', { title: 'Unannounced trafficking report' }, 'draft')
      await create('event', 'events', {
        ...contentData('events', 'Awareness day in Caerdydd'),
        summary: 'Talks and stalls in the city centre.',
      })
      await update(
        'events',
        ids.event,
        { title: 'Diwrnod ymwybyddiaeth yng Nghaerdydd' },
        '?locale=cy',
      )
      await create('group', 'groups', {
        ...groupData('Leeds volunteers', 'yorkshire-and-the-humber'),
        summary: 'We run trafficking awareness stalls.',
      })
      await create('campaign', 'campaigns', {
        ...contentData('campaigns', 'Freedom week'),
        summary: 'Claim Gift Aid on every donation this week.',
      })
      await create('appeal', 'donation-appeals', {
        ...contentData('donation-appeals', 'Winter appeal'),
        summary: 'Safe houses for survivors of trafficking.',
      })
    }, 120_000)

    describe('finding published content', () => {
      it('mixes every kind of public page, title matches first, each with type, id, slug, title, snippet and path', async () => {
        const { status, body, docs } = await search('q=trafficking')
        expect(status).toBe(200)
        expect(docs[0]).toEqual({
          type: 'posts',
          id: ids.titled,
          slug: expect.any(String),
          title: 'Trafficking: spotting the signs',
          // Only its title matched: the snippet is the start of its text.
          snippet: 'What to look for, and who to call.',
          path: `/posts/${docs[0].slug}`,
          url: null,
        })
        expect(new Set(docs.map((doc) => doc.type))).toEqual(
          new Set(['posts', 'groups', 'donation-appeals']),
        )
        expect(docs.map((doc) => `${doc.type} ${doc.id}`).sort()).toEqual(
          [
            `posts ${ids.titled}`,
            `posts ${ids.bodied}`,
            `groups ${ids.group}`,
            `donation-appeals ${ids.appeal}`,
          ].sort(),
        )
        expect(body.totalDocs).toBe(4)
        expect(docs.find((doc) => doc.type === 'groups')?.snippet).toMatch(
          /^We run <mark>trafficking<\/mark> awareness stalls\./,
        )
      })

      it('reads rich text, category names and summaries, and highlights the words in an escaped snippet', async () => {
        const { docs } = await search('q=forced+labour')
        expect(docs.map((doc) => doc.id)).toEqual([ids.bodied])
        expect(docs[0].snippet).toContain('<mark>forced</mark> <mark>labour</mark>')
        expect(await titles('q=gift+aid')).toEqual(
          expect.arrayContaining(['Modern slavery training in Leeds', 'Freedom week']),
        )
      })

      it('matches the start of words, whatever the case and accents', async () => {
        expect(await titles('q=traff')).toContain('Trafficking: spotting the signs')
        expect(await titles('q=caerdydd')).toEqual(['Awareness day in Caerdydd'])
        expect(await titles('q=C%C3%81ERDYDD')).toEqual(['Awareness day in Caerdydd'])
      })

      it('never finds a draft', async () => {
        expect(await titles('q=unannounced')).toEqual([])
      })

      it('narrows to the types asked for and pages through the rest', async () => {
        expect(
          (await search('q=trafficking&type=groups,donation-appeals')).docs
            .map((d) => d.type)
            .sort(),
        ).toEqual(['donation-appeals', 'groups'])
        const first = await search('q=trafficking&limit=3')
        const second = await search('q=trafficking&limit=3&page=2')
        expect(first.body).toMatchObject({
          totalDocs: 4,
          totalPages: 2,
          hasNextPage: true,
          page: 1,
        })
        expect(second.body).toMatchObject({ totalDocs: 4, hasNextPage: false, hasPrevPage: true })
        expect(second.docs).toHaveLength(1)
        expect(first.docs.map((doc) => doc.id)).not.toContain(second.docs[0].id)
      })

      it('puts the more recent of two equally relevant documents first', async () => {
        const twoYearsAgo = new Date(Date.now() - 2 * 365 * 24 * 60 * 60 * 1000).toISOString()
        try {
          // The older is indexed first: without the nudge the tie would keep it first.
          await create('older', 'posts', {
            title: 'Lighthouse vigil',
            slug: 'lighthouse-vigil-two-years-ago',
            publishedAt: twoYearsAgo,
          })
          await create('newer', 'posts', {
            title: 'Lighthouse vigil',
            slug: 'lighthouse-vigil',
            publishedAt: new Date().toISOString(),
          })
          const { docs } = await search('q=lighthouse')
          expect(docs.map((doc) => doc.id)).toEqual([ids.newer, ids.older])
        } finally {
          for (const key of ['older', 'newer'].filter((key) => ids[key])) {
            await api().request(`/api/posts/${ids[key]}`, { method: 'DELETE', token: editor.token })
          }
        }
      })

      it('pages one result at a time across the title matches and the body matches, each once', async () => {
        const pages = []
        for (let page = 1; page <= 5; page += 1)
          pages.push(await search(`q=trafficking&limit=1&page=${page}`))
        expect(pages.map((page) => page.docs.length)).toEqual([1, 1, 1, 1, 0])
        expect(pages.map((page) => page.body.hasNextPage)).toEqual([true, true, true, false, false])
        // The one title match comes first, then each body match once, in the order of the whole list.
        const key = (doc: Result) => `${doc.type} ${doc.id}`
        const whole = (await search('q=trafficking&limit=10')).docs.map(key)
        expect(pages.flatMap((page) => page.docs.map(key))).toEqual(whole)
        expect(whole[0]).toBe(`posts ${ids.titled}`)
        expect(new Set(whole).size).toBe(4)
      })
    })

    describe("the editors' pages", () => {
      it('finds a page by the words of its blocks, not by the documents they show, at its nested path', async () => {
        await create('parentPage', 'pages', { title: 'Get involved' })
        await create('page', 'pages', {
          title: 'Befriending',
          parent: ids.parentPage,
          summary: 'Walk alongside someone rebuilding their life.',
          layout: [
            {
              blockType: 'richText',
              content: richText(paragraph('Mentors meet once a fortnight.')),
            },
            { blockType: 'quote', text: 'Listening changed everything.', attribution: 'Sam' },
            {
              blockType: 'faq',
              items: [{ question: 'Who can volunteer?', answer: 'Anyone over eighteen.' }],
            },
            // Shows the Caerdydd event: its title is the event's words, not the page's.
            { blockType: 'upcomingEvents', heading: 'Come along', limit: 3 },
          ],
        })
        for (const words of ['fortnight', 'listening', 'eighteen', 'rebuilding', 'come+along']) {
          const { docs } = await search(`q=${words}`)
          expect({ words, found: docs.map(({ type, id, path }) => ({ type, id, path })) }).toEqual({
            words,
            found: [{ type: 'pages', id: ids.page, path: '/get-involved/befriending' }],
          })
        }
        expect(await titles('q=caerdydd')).toEqual(['Awareness day in Caerdydd'])
        expect((await search('q=befriending&type=pages')).docs.map((doc) => doc.id)).toEqual([
          ids.page,
        ])
      })
    })

    describe('drafts, for staff', () => {
      it('are found with draft=true by whoever may read them, and by nobody without it', async () => {
        expect(await titles('q=unannounced&draft=true', editor.token)).toEqual([
          'Unannounced trafficking report',
        ])
        expect(await titles('q=unannounced', editor.token)).toEqual([])
        // An author reads only their own drafts: the editor's is not listed for them.
        const author = await backend.createUser('author', 'Arthur Author')
        expect(await titles('q=unannounced&draft=true', author.token)).toEqual([])
      })

      it('answer an anonymous draft=true with a 401 that says to sign in', async () => {
        const { status, body } = await search('q=unannounced&draft=true')
        expect(status).toBe(401)
        expect(body.errors[0].message).toContain('sign in')
      })
    })

    describe('Welsh', () => {
      it('finds Welsh text with locale=cy and answers in Welsh', async () => {
        expect(await titles('q=ymwybyddiaeth&locale=cy')).toEqual([
          'Diwrnod ymwybyddiaeth yng Nghaerdydd',
        ])
        expect(await titles('q=ymwybyddiaeth')).toEqual([])
      })

      it('gives a Welsh result its Welsh address, as pageUrl makes every page address', async () => {
        const { status, docs } = await search('q=ymwybyddiaeth&locale=cy')
        expect(status).toBe(200)
        const [found] = docs
        expect(found.path).toBe(`/cy/${found.type}/${found.slug}`)
      })

      it('falls back to the English text where the Welsh is missing', async () => {
        expect(await titles('q=freedom&locale=cy')).toEqual(['Freedom week'])
      })
    })

    describe('kept in step', () => {
      it('follows publishing, unpublishing, edits of either language and deletion', async () => {
        await create('later', 'posts', { title: 'Harvest supper' }, 'draft')
        expect(await titles('q=harvest')).toEqual([])

        await update('posts', ids.later, { _status: 'published' })
        expect(await titles('q=harvest')).toEqual(['Harvest supper'])

        await update(
          'posts',
          ids.later,
          { title: 'Swper cynhaeaf', _status: 'published' },
          '?locale=cy',
        )
        expect(await titles('q=cynhaeaf&locale=cy')).toEqual(['Swper cynhaeaf'])

        await update('posts', ids.later, { title: 'Autumn supper', _status: 'published' })
        expect(await titles('q=harvest')).toEqual([])
        expect(await titles('q=autumn')).toEqual(['Autumn supper'])

        // A draft saved over a published post leaves the published words findable; staff find the draft's.
        await update('posts', ids.later, { title: 'Winter supper' }, '?draft=true')
        expect(await titles('q=autumn')).toEqual(['Autumn supper'])
        expect(await titles('q=winter+supper')).toEqual([])
        expect(await titles('q=winter+supper&draft=true', editor.token)).toEqual(['Winter supper'])
        expect(await titles('q=autumn&draft=true', editor.token)).toEqual([])

        await update('posts', ids.later, { _status: 'draft' })
        expect(await titles('q=supper')).toEqual([])

        await update('posts', ids.later, { _status: 'published' })
        expect(await titles('q=supper')).toHaveLength(1)
        const { status } = await api().request(`/api/posts/${ids.later}`, {
          method: 'DELETE',
          token: editor.token,
        })
        expect(status).toBe(200)
        expect(await titles('q=supper')).toEqual([])
      })
    })

    describe('scheduled publishing', () => {
      it('finds a scheduled post only once the job has published it', async () => {
        await create('scheduled', 'posts', { title: 'Lantern walk' }, 'draft')
        const scheduled = await runToExit(
          spawnScript('test/helpers/schedulePublish.ts', [`posts:${ids.scheduled}:${editor.id}`], {
            DATABASE_URI: backend.database.uri,
          }),
          'scheduling a publish',
          90_000,
        )
        expect(scheduled.code).toBe(0)
        expect(await titles('q=lantern')).toEqual([])

        const run = await api().request('/api/payload-jobs/run', { token: editor.token })
        expect(run.status).toBe(200)
        expect(await titles('q=lantern')).toEqual(['Lantern walk'])
        await api().request(`/api/posts/${ids.scheduled}`, {
          method: 'DELETE',
          token: editor.token,
        })
      }, 120_000)
    })

    describe('bad input', () => {
      it.each([
        ['q=', 'q is required'],
        ['q=%20%20', 'q is required'],
        [`q=${'a'.repeat(201)}`, 'at most 200 characters'],
        ['q=aid&locale=fr', 'locale must be one of en, cy'],
        [
          'q=aid&type=users',
          'type must be one or more of posts, events, groups, campaigns, donation-appeals',
        ],
        ['q=aid&limit=0', 'limit must be a whole number from 1 to 50'],
        ['q=aid&limit=51', 'limit must be a whole number from 1 to 50'],
        ['q=aid&page=abc', 'page must be a whole number'],
        ['q=aid&draft=yes', 'draft must be true or false'],
      ])('%s is a 400 that says what is allowed', async (query, message) => {
        const { status, body } = await search(query)
        expect(status).toBe(400)
        expect(body.errors[0].message).toContain(message)
      })

      it.each([
        '%22',
        '*',
        'NOT',
        'a%20OR%20b',
        '%22%2A%5E%3A%28-',
        "'%3B%20DROP%20TABLE%20posts%3B--",
        'title%3A%20x',
        '%26%7C%21',
      ])('a query of operators or punctuation (%s) is an answer, never an error', async (query) => {
        const { status, body } = await search(`q=${query}`)
        expect(status).toBe(200)
        expect(Array.isArray(body.docs)).toBe(true)
      })
    })

    describe('the index', () => {
      it('is the database full-text index, one for each locale and version: FTS5 tables on SQLite, partial GIN indexes on PostgreSQL', async () => {
        const statement =
          backend.adapter === 'sqlite'
            ? "SELECT name, sql AS definition FROM sqlite_master WHERE name LIKE 'charity_search%' AND sql LIKE '%fts5%' ORDER BY name"
            : "SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'charity_search' AND indexdef LIKE '%gin%' ORDER BY indexname"
        const rows = await sqlRows(backend.adapter, backend.database.uri, statement)
        const scopes = ['cy_latest', 'cy_published', 'en_latest', 'en_published']
        if (backend.adapter === 'sqlite') {
          expect(rows.map((row) => row.name)).toEqual(
            scopes.map((scope) => `charity_search_${scope}`),
          )
          for (const row of rows) {
            // The words are held once, in the documents' table; each scope only indexes them.
            expect(String(row.definition)).toMatch(
              /USING fts5\(.*content='charity_search_\w+_text'/is,
            )
            // FTS5's own check that its index agrees with that table, after every change the
            // suite has made through the hooks so far (publish, unpublish, edits, deletion).
            await sqlRows(
              backend.adapter,
              backend.database.uri,
              `INSERT INTO ${row.name} (${row.name}, rank) VALUES ('integrity-check', 1)`,
            )
          }
          return
        }
        expect(rows.map((row) => row.name)).toEqual(
          scopes.flatMap((scope) => [
            `charity_search_${scope}_all_idx`,
            `charity_search_${scope}_title_idx`,
          ]),
        )
        expect(
          String(
            rows.find((row) => row.name === 'charity_search_en_published_all_idx')?.definition,
          ),
        ).toMatch(/USING gin \(document\) WHERE .*locale.*'en'.*draft = false/i)
      })
    })

    describe('GraphQL', () => {
      const SEARCH = `query ($q: String!, $locale: String, $type: [String!], $limit: Int) {
      SiteSearch(q: $q, locale: $locale, type: $type, limit: $limit) {
        docs { type id slug title snippet path }
        totalDocs page totalPages hasNextPage
      }
    }`

      it('answers SiteSearch as REST does', async () => {
        const rest = await search('q=trafficking&limit=3')
        const { data, errors } = await api().graphql(SEARCH, { q: 'trafficking', limit: 3 })
        expect(errors).toBeUndefined()
        expect(data.SiteSearch).toMatchObject({
          totalDocs: 4,
          page: 1,
          totalPages: 2,
          hasNextPage: true,
        })
        expect(data.SiteSearch.docs).toEqual(
          rest.docs.map(({ type, id, slug, title, snippet, path }) => ({
            type,
            id: String(id),
            slug,
            title,
            snippet,
            path,
          })),
        )
        const welsh = await api().graphql(SEARCH, {
          q: 'ymwybyddiaeth',
          locale: 'cy',
          type: ['events'],
        })
        expect(welsh.data.SiteSearch.docs.map((doc: Result) => doc.title)).toEqual([
          'Diwrnod ymwybyddiaeth yng Nghaerdydd',
        ])
      })

      it('refuses bad arguments with the same message, and never finds a draft', async () => {
        const { errors } = await api().graphql(SEARCH, { q: 'aid', type: ['users'] })
        expect(errors?.[0]).toMatchObject({
          message: expect.stringContaining('type must be one or more of posts, events'),
          extensions: { statusCode: 400 },
        })
        const { data } = await api().graphql(SEARCH, { q: 'unannounced' })
        expect(data.SiteSearch.totalDocs).toBe(0)
      })
    })

    describe('npm run search:rebuild', () => {
      it('builds the index again after a load that bypassed the hooks', async () => {
        // On SQLite the documents' table: its triggers empty each scope's full-text index with it.
        const tables = backend.adapter === 'sqlite' ? ['charity_search_docs'] : ['charity_search']
        for (const table of tables) {
          await sqlRows(backend.adapter, backend.database.uri, `DELETE FROM ${table}`)
        }
        // As staff: an anonymous answer would be cached, and the server cannot know of a rebuild in another process.
        expect(await titles('q=trafficking', editor.token)).toEqual([])

        const result = await runToExit(
          spawnScript('backend/cli/searchRebuild.ts', [], { DATABASE_URI: backend.database.uri }),
          'npm run search:rebuild',
          120_000,
        )
        expect(result).toMatchObject({
          code: 0,
          // Seven from the start, and the two pages of "the editors' pages".
          stdout: expect.stringMatching(/Indexed 9 documents/),
        })
        expect((await search('q=trafficking')).body.totalDocs).toBe(4)
        expect(await titles('q=ymwybyddiaeth&locale=cy')).toEqual([
          'Diwrnod ymwybyddiaeth yng Nghaerdydd',
        ])
      }, 150_000)
    })

    // Last: it stops the suite's server. The development push at every start makes the
    // database match Payload's schema, which does not hold the index's tables.
    describe('a restart', () => {
      let restarted: RunningTestServer | undefined
      afterAll(async () => {
        await restarted?.stop()
      }, 60_000)

      /**
       * The index as an earlier release kept it. SQLite: one FTS5 table per locale and version
       * holding its own copy of the words, the documents' table without them, no views or
       * triggers.
       * PostgreSQL: all four copies under one GIN index, no column for the title's words.
       */
      const SCOPES = ['en', 'cy'].flatMap((locale) =>
        ['published', 'latest'].map((version) => ({ locale, version })),
      )
      const OLD_INDEX: Record<string, string[]> = {
        sqlite: [
          ...['insert', 'delete', 'update'].map(
            (event) => `DROP TRIGGER charity_search_docs_${event}`,
          ),
          ...SCOPES.flatMap(({ locale, version }) => [
            `DROP TABLE charity_search_${locale}_${version}`,
            `DROP VIEW charity_search_${locale}_${version}_text`,
            `CREATE VIRTUAL TABLE charity_search_${locale}_${version} USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')`,
            `INSERT INTO charity_search_${locale}_${version} (rowid, title, body)
              SELECT id, title, body FROM charity_search_docs WHERE locale = '${locale}' AND draft = ${version === 'latest' ? 1 : 0}`,
          ]),
          'ALTER TABLE charity_search_docs DROP COLUMN title',
          'ALTER TABLE charity_search_docs DROP COLUMN body',
        ],
        postgres: [
          'ALTER TABLE charity_search DROP COLUMN title_document',
          'CREATE INDEX charity_search_document_idx ON charity_search USING gin (document)',
        ],
      }

      it('keeps the index, and brings one kept an earlier way to this one (SQLite: the words held once, each scope indexing them; PostgreSQL: an index per locale and version): the push at start leaves its tables alone, and asks nothing about them', async () => {
        // The process only: the suite's own stop (after all) also drops the database.
        const { child } = backend.server
        await new Promise((exited) => {
          child.once('exit', exited)
          child.kill('SIGTERM')
        })
        // As after pulling a release that adds a collection: the push must create a table. It
        // must not ask whether that table is one of the index's renamed (drizzle-kit's prompt
        // has no terminal here, and the start would never finish).
        await sqlRows(
          backend.adapter,
          backend.database.uri,
          'DROP TABLE pages_blocks_call_to_action_locales',
        )
        for (const statement of OLD_INDEX[backend.adapter] ?? []) {
          await sqlRows(backend.adapter, backend.database.uri, statement)
        }
        restarted = await startServerProcess({
          DATABASE_URI: backend.database.uri,
          SEARCH_RATE_LIMIT: '100000',
        })
        const client = new ApiClient(restarted.url)
        await untilServing(client)
        const { status, body } = await client.request('/api/search?q=trafficking')
        expect(status).toBe(200)
        expect(body.totalDocs).toBe(4)
        // Staff's latest versions moved too, and in Welsh.
        const welsh = await client.request('/api/search?q=ymwybyddiaeth&locale=cy&draft=true', {
          token: editor.token,
        })
        expect(welsh.body.docs.map((doc: Result) => doc.title)).toEqual([
          'Diwrnod ymwybyddiaeth yng Nghaerdydd',
        ])
        const left = await sqlRows(
          backend.adapter,
          backend.database.uri,
          backend.adapter === 'sqlite'
            ? "SELECT name FROM sqlite_master WHERE name LIKE 'charity_search%' AND sql LIKE '%fts5%' AND sql NOT LIKE '%content=%'"
            : "SELECT indexname AS name FROM pg_indexes WHERE indexname = 'charity_search_document_idx'",
        )
        expect(left).toEqual([])
        if (backend.adapter === 'sqlite') {
          // Each scope's index, made afresh from the words moved into the documents' table, agrees with them.
          for (const { locale, version } of SCOPES) {
            const table = `charity_search_${locale}_${version}`
            await sqlRows(
              backend.adapter,
              backend.database.uri,
              `INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`,
            )
          }
        }
      }, 120_000)

      it('changes nothing at a start that finds the index in place (SQLite: every connection would prepare its statements again)', async () => {
        // SQLite counts every schema change; PostgreSQL gives each catalog row a new xmin when it is rewritten.
        const schema = async () =>
          backend.adapter === 'sqlite'
            ? await sqlRows(backend.adapter, backend.database.uri, 'PRAGMA schema_version')
            : await sqlRows(
                backend.adapter,
                backend.database.uri,
                "SELECT relname, xmin::text AS version FROM pg_class WHERE relname LIKE 'charity_search%' ORDER BY relname",
              )
        await restarted?.stop()
        const before = await schema()
        expect(before.length).toBeGreaterThan(0)
        restarted = await startServerProcess({ DATABASE_URI: backend.database.uri })
        await untilServing(new ApiClient(restarted.url))
        expect(await schema()).toEqual(before)
      }, 120_000)
    })
  },
  // The suite runs queued jobs itself (GET /api/payload-jobs/run); the server's own minute cron
  // could otherwise publish the scheduled post between the test's two searches, or take it from
  // under that run.
  { env: { PAYLOAD_JOBS_AUTORUN: 'false' } },
)
