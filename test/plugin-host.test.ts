import type { ProcessResult, RunningTestServer } from './helpers/server.ts'

import { execFile, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { ApiClient } from './helpers/client.ts'
import { inPool } from './helpers/pool.ts'
import { createFreshDatabase, ROOT, runToExit, startServerProcess } from './helpers/server.ts'

const run = promisify(execFile)
const HOST_CONFIG = path.join(ROOT, 'test/fixtures/host/payload.config.ts')

type Host = { api: ApiClient; token: string; server: RunningTestServer; stop: () => Promise<void> }

/** Boot the host project (its own config, plugin from dist/) on a fresh SQLite file. */
const bootHost = async (variant: string): Promise<Host> => {
  const database = await createFreshDatabase('sqlite')
  const server = await startServerProcess({
    PAYLOAD_CONFIG_PATH: HOST_CONFIG,
    // The host's own tsconfig, without the project's paths that map the package to its sources.
    TSX_TSCONFIG_PATH: path.join(ROOT, 'test/fixtures/host/tsconfig.json'),
    HOST_VARIANT: variant,
    DATABASE_URI: database.uri,
  })
  const api = new ApiClient(server.url)
  const first = await api.request('/api/users/first-register', {
    body: { email: 'host-admin@example.org', password: 'host-password-1', department: 'Comms' },
  })
  if (first.status !== 200) throw new Error(`first-register failed: ${JSON.stringify(first.body)}`)
  return {
    api,
    token: first.body.token,
    server,
    stop: async () => {
      await server.stop()
      await database.drop()
    },
  }
}

const useHost = (variant: string) => {
  const host = {} as Host
  beforeAll(async () => Object.assign(host, await bootHost(variant)), 180_000)
  afterAll(async () => host.stop?.(), 60_000)
  return host
}

beforeAll(async () => {
  // tsc takes well under a minute on a quiet machine; a busy CI runner can take several.
  // The host imports the BUILT package (package.json "exports" → dist/), as a consumer would.
  await run('npm', ['run', 'build:lib'], { cwd: ROOT, timeout: 300_000 })
}, 330_000)

describe('the built package', () => {
  it('type-checks a host config against its declarations', async () => {
    await expect(
      run(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'test/fixtures/host/tsconfig.json'], {
        cwd: ROOT,
      }),
    ).resolves.toBeDefined()
  })

  it('packs dist/ and the README, and leaves out the tests, seed and reference backend', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
    })
    const files: string[] = JSON.parse(stdout)[0].files.map((file: { path: string }) => file.path)
    const entries = ['index', 'types', 'access', 'fields', 'client', 'rsc', 'server']
    expect(files).toEqual(
      expect.arrayContaining([
        ...entries.flatMap((entry) => [
          `dist/src/exports/${entry}.js`,
          `dist/src/exports/${entry}.d.ts`,
        ]),
        'README.md',
        'package.json',
      ]),
    )
    expect(
      files.filter((file) => /^(test|seed|bench|src|collections|globals)\//.test(file)),
    ).toEqual([])
    // No server, database choice, CLI or Next app: backend/ is the reference backend, not the package.
    expect(
      files.filter((file) =>
        /^(dist\/)?(backend|website|seed|test|bench)\/|payload\.config/.test(file),
      ),
    ).toEqual([])
    // The package reads no environment: hosts pass options instead.
    const readers = files
      .filter((file) => file.endsWith('.js'))
      .filter((file) => readFileSync(path.join(ROOT, file), 'utf8').includes('process.env'))
    expect(readers).toEqual([])
  })
})

/**
 * A host that is neither tsx nor jest: a plain Node ESM script importing the
 * packed package, as `node host.mjs` would in a foreign project. On Node 20
 * that import sometimes deadlocks in lexical's top-level await and exits 13;
 * the project runs on Node 24, where it must never happen.
 */
describe('a plain Node ESM host importing the packed package', () => {
  const HOST_SCRIPT = `
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import { charityPlugin } from 'payload-plugin-charity'

const config = await buildConfig({
  secret: 'plain-node-host-secret-0123456789',
  editor: lexicalEditor(),
  db: sqliteAdapter({ client: { url: 'file::memory:' } }),
  plugins: [charityPlugin()],
})
console.log(JSON.stringify({ node: process.version, collections: config.collections.map((c) => c.slug) }))
`
  let hostDir = ''

  beforeAll(async () => {
    // Inside the project, so payload and its peers resolve from the project's node_modules, as a host's would.
    // A fresh clone has no .data/ until something writes there: this suite may run first.
    mkdirSync(path.join(ROOT, '.data'), { recursive: true })
    hostDir = mkdtempSync(path.join(ROOT, '.data', 'plain-host-'))
    const { stdout } = await run(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', hostDir],
      { cwd: ROOT, timeout: 120_000 },
    )
    const tarball = path.join(hostDir, JSON.parse(stdout)[0].filename)
    const unpacked = path.join(hostDir, 'node_modules', 'payload-plugin-charity')
    mkdirSync(unpacked, { recursive: true })
    await run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1'])
    writeFileSync(path.join(hostDir, 'package.json'), '{ "type": "module", "private": true }\n')
    writeFileSync(path.join(hostDir, 'host.mjs'), HOST_SCRIPT)
  }, 180_000)

  afterAll(() => {
    if (hostDir) rmSync(hostDir, { force: true, recursive: true })
  })

  /** `node host.mjs` as a foreign project runs it: no export conditions, no loader. */
  const importHost = (node: string) =>
    runToExit(
      spawn(node, ['host.mjs'], {
        cwd: hostDir,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
      `node host.mjs (${node})`,
      60_000,
    )

  /** Each run that did not exit 0, with the end of what it said. */
  const failedRuns = (runs: ProcessResult[], what: string) =>
    runs.flatMap((child, index) =>
      child.code === 0
        ? []
        : [`${what} ${index + 1} exited ${child.code}: ${child.stderr.slice(-2000)}`],
    )

  it('imports it 20 times without one exit 13, on the Node the project runs', async () => {
    // Four at a time: each is a process of its own, so the deadlock can show in any of them, and
    // one's start-up overlaps another's instead of leaving a core idle.
    const runs = await inPool(20, 4, () => importHost(process.execPath))
    expect(failedRuns(runs, 'run')).toEqual([])
    for (const child of runs) {
      const report = JSON.parse(child.stdout.trim().split('\n').pop() as string)
      expect(report.collections).toEqual(expect.arrayContaining(['posts', 'events', 'users']))
      expect(Number(/^v(\d+)/.exec(report.node)?.[1])).toBeGreaterThanOrEqual(22)
    }
    expect(runs.filter((child) => child.code === 13)).toEqual([])
  }, 600_000)

  it('imports it on Node 22 LTS too (the other supported line), five times', async () => {
    // Node 22 from the npm registry's `node` package, installed apart; the project itself runs 24.
    const node22Dir = mkdtempSync(path.join(tmpdir(), 'node22-'))
    try {
      // Its own small project that approves the one install script (the binary's download).
      writeFileSync(
        path.join(node22Dir, 'package.json'),
        JSON.stringify({
          private: true,
          dependencies: { node: '^22' },
          allowScripts: { node: true },
        }),
      )
      await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: node22Dir, timeout: 180_000 })
      const node22 = path.join(node22Dir, 'node_modules', '.bin', 'node')
      const runs = await inPool(5, 4, () => importHost(node22))
      expect(failedRuns(runs, 'Node 22 run')).toEqual([])
      for (const child of runs) {
        const report = JSON.parse(child.stdout.trim().split('\n').pop() as string)
        expect(report.node).toMatch(/^v22\./)
      }
    } finally {
      rmSync(node22Dir, { force: true, recursive: true })
    }
  }, 300_000)
})

describe('a host project with its own collections, users, endpoint and onInit', () => {
  const host = useHost('default')

  it('keeps the host collection working', async () => {
    const created = await host.api.request('/api/pages', {
      body: { title: 'About the host' },
      token: host.token,
    })
    expect(created.status).toBe(201)
    const read = await host.api.request(`/api/pages/${created.body.doc.id}`)
    expect(read.body).toMatchObject({ title: 'About the host', slug: 'about-the-host' })
    // The plugin's own pages, renamed to stand beside the host's.
    expect((await host.api.request('/api/charity-pages')).status).toBe(200)
  })

  it("adds `role` to the host's users collection without losing its own field, and the first user is admin", async () => {
    const me = await host.api.request('/api/users/me', { token: host.token })
    expect(me.body.user).toMatchObject({
      email: 'host-admin@example.org',
      department: 'Comms',
      role: 'admin',
    })
  })

  it("keeps the host's afterChange hook, endpoint and onInit", async () => {
    const before = await host.api.request('/api/host-status')
    expect(before.body).toMatchObject({ onInitRan: true })
    await host.api.request('/api/users', {
      body: { email: 'second@example.org', password: 'second-password-1', role: 'editor' },
      token: host.token,
    })
    const after = await host.api.request('/api/host-status')
    expect(after.body.userAfterChangeCalls).toBeGreaterThan(before.body.userAfterChangeCalls)
  })

  it("adds the plugin's collections and globals, with its rules", async () => {
    const post = await host.api.request('/api/posts', {
      body: { title: 'Hello from the plugin', _status: 'published' },
      token: host.token,
    })
    expect(post.status).toBe(201)
    expect(post.body.doc.publishedAt).toEqual(expect.any(String))
    const draft = await host.api.request('/api/posts', {
      body: { title: 'Not yet', _status: 'draft' },
      token: host.token,
    })
    expect(draft.status).toBe(201)

    const list = await host.api.request('/api/posts')
    expect(list.body.docs.map((doc: { title: string }) => doc.title)).toEqual([
      'Hello from the plugin',
    ])
    expect((await host.api.request('/api/globals/site-settings')).status).toBe(200)
    expect((await host.api.request('/api/globals/navigation')).status).toBe(200)
  })
})

describe('renamed collections', () => {
  const host = useHost('renamed')

  it('serves posts as `articles` and campaigns as `initiatives`, and the old slugs are gone', async () => {
    expect((await host.api.request('/api/articles')).status).toBe(200)
    expect((await host.api.request('/api/initiatives')).status).toBe(200)
    expect((await host.api.request('/api/posts')).status).toBe(404)
    expect((await host.api.request('/api/campaigns')).status).toBe(404)
  })

  it('re-points relationships and joins at the new slugs', async () => {
    const initiative = await host.api.request('/api/initiatives', {
      body: { title: 'Clean supply chains', _status: 'published' },
      token: host.token,
    })
    expect(initiative.status).toBe(201)
    const article = await host.api.request('/api/articles', {
      body: {
        title: 'Why recruitment fees matter',
        campaign: initiative.body.doc.id,
        _status: 'published',
      },
      token: host.token,
    })
    expect(article.status).toBe(201)
    expect(article.body.doc.campaign).toMatchObject({
      id: initiative.body.doc.id,
      title: 'Clean supply chains',
    })

    const joined = await host.api.request(`/api/initiatives/${initiative.body.doc.id}?depth=0`)
    expect(joined.body.posts.docs).toEqual([article.body.doc.id])
  })
})

describe('a left-out collection', () => {
  const host = useHost('leftOut')

  it('is not served, and the fields that pointed at it are gone', async () => {
    expect((await host.api.request('/api/campaigns')).status).toBe(404)
    const post = await host.api.request('/api/posts', {
      body: { title: 'No campaigns here' },
      token: host.token,
    })
    expect(post.status).toBe(201)
    expect(post.body.doc).not.toHaveProperty('campaign')
    const event = await host.api.request('/api/events', {
      body: {
        title: 'Workshop',
        startsAt: '2030-01-01T10:00:00.000Z',
        endsAt: '2030-01-01T12:00:00.000Z',
      },
      token: host.token,
    })
    expect(event.status).toBe(201)
    expect(event.body.doc).not.toHaveProperty('campaign')
  })
})

describe('an overridden field list', () => {
  const host = useHost('overridden')

  it('stores the extra field next to the default ones', async () => {
    const event = await host.api.request('/api/events', {
      body: {
        title: 'Gala dinner',
        eventType: 'fundraiser',
        startsAt: '2030-03-01T18:00:00.000Z',
        endsAt: '2030-03-01T22:00:00.000Z',
        dressCode: 'Black tie',
      },
      token: host.token,
    })
    expect(event.status).toBe(201)
    expect(event.body.doc).toMatchObject({
      dressCode: 'Black tie',
      eventType: 'fundraiser',
      slug: 'gala-dinner',
    })
  })
})

describe('disabled: true', () => {
  const host = useHost('disabled')

  it('keeps the schema but not the behaviour: publishing stamps no publishedAt', async () => {
    const post = await host.api.request('/api/posts', {
      body: { title: 'Schema only', _status: 'published' },
      token: host.token,
    })
    expect(post.status).toBe(201)
    expect(post.body.doc.publishedAt ?? null).toBeNull()
  })

  it('keeps the access rules: an author still cannot publish', async () => {
    await host.api.request('/api/users', {
      body: { email: 'author@example.org', password: 'author-password-1', role: 'author' },
      token: host.token,
    })
    const author = await host.api.login('author@example.org', 'author-password-1')
    const refused = await host.api.request('/api/posts', {
      body: { title: 'Sneaky publish', _status: 'published' },
      token: author,
    })
    expect(refused.status).toBe(403)
  })
})

describe('a host that adds its own hooks to every plugin collection and global', () => {
  const host = useHost('hooked')

  it("runs the host's hooks and still the plugin's own: reading time, publishedAt, authors, sequence", async () => {
    const post = await host.api.request('/api/posts', {
      body: {
        title: 'Hooks that chain',
        content: lexical('One two three four five.'),
        _status: 'published',
      },
      token: host.token,
    })
    expect(post.status).toBe(201)
    expect(post.body.doc).toMatchObject({ readingTimeMinutes: 1, slug: 'hooks-that-chain' })
    expect(post.body.doc.publishedAt).toEqual(expect.any(String))
    const event = await host.api.request('/api/events', {
      body: {
        title: 'Chained workshop',
        startsAt: '2031-05-15T09:00:00.000Z',
        endsAt: '2031-05-15T16:00:00.000Z',
        _status: 'published',
      },
      token: host.token,
    })
    expect(event.status).toBe(201)
    expect(event.body.doc.sequence).toBe(0)
    const status = await host.api.request('/api/host-status')
    expect(status.body.hookCalls).toMatchObject({
      posts: expect.any(Number),
      events: expect.any(Number),
    })
  })

  it("keeps the ledger's hooks: a donation recorded by hand moves its appeal's totals, and the host's hooks ran", async () => {
    const appeal = await host.api.request('/api/donation-appeals', {
      body: {
        title: 'Chained appeal',
        currency: 'GBP',
        targetAmount: 100000,
        _status: 'published',
      },
      token: host.token,
    })
    expect(appeal.status).toBe(201)
    const donation = await host.api.request('/api/donations', {
      body: { appeal: appeal.body.doc.id, amount: 2500 },
      token: host.token,
    })
    expect(donation.status).toBe(201)
    const read = await host.api.request(`/api/donation-appeals/${appeal.body.doc.id}`)
    expect(read.body).toMatchObject({ raisedAmount: 2500, donationCount: 1, progressPercent: 2 })
    await host.api.request('/api/categories', { body: { title: 'Chained' }, token: host.token })
    await host.api.request('/api/campaigns', {
      body: { title: 'Chained campaign' },
      token: host.token,
    })
    await host.api.request('/api/globals/site-settings', {
      body: { organisationName: 'Host charity' },
      token: host.token,
    })
    await host.api.request('/api/globals/navigation', { body: { header: [] }, token: host.token })
    const status = await host.api.request('/api/host-status')
    for (const slug of [
      'donation-appeals',
      'donations',
      'categories',
      'campaigns',
      'site-settings',
      'navigation',
    ]) {
      expect([slug, status.body.hookCalls[slug] ?? 0]).toEqual([slug, expect.any(Number)])
      expect(status.body.hookCalls[slug]).toBeGreaterThan(0)
    }
  })

  it('keeps the access guards: an author still cannot publish through a hooked collection', async () => {
    await host.api.request('/api/users', {
      body: { email: 'hooked-author@example.org', password: 'author-password-1', role: 'author' },
      token: host.token,
    })
    const author = await host.api.login('hooked-author@example.org', 'author-password-1')
    const refused = await host.api.request('/api/posts', {
      body: { title: 'Sneaky publish', _status: 'published' },
      token: author,
    })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/Authors cannot publish/)
  })
})

describe('disabled: true with host hooks', () => {
  const host = useHost('disabledHooked')

  it("turns the plugin's behaviour off but keeps the host's own hooks", async () => {
    const post = await host.api.request('/api/posts', {
      body: {
        title: 'Host hooks stay',
        content: lexical('Some words here.'),
        _status: 'published',
      },
      token: host.token,
    })
    expect(post.status).toBe(201)
    expect(post.body.doc.readingTimeMinutes ?? null).toBeNull()
    const status = await host.api.request('/api/host-status')
    expect(status.body.hookCalls.posts).toBeGreaterThan(0)
  })
})

describe('a host whose default locale is not English', () => {
  const host = useHost('welshDefault')

  it('makes slugs from the default locale when every locale is written at once', async () => {
    const post = await host.api.request('/api/posts?locale=all', {
      body: { title: { cy: 'Diwrnod hyfforddi', en: 'Training day' } },
      token: host.token,
    })
    expect(post.status).toBe(201)
    const read = await host.api.request(`/api/posts/${post.body.doc.id}?draft=true&depth=0`, {
      token: host.token,
    })
    expect(read.body.slug).toBe('diwrnod-hyfforddi')
  })
})

/** A one-paragraph lexical document. */
function lexical(text: string) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          children: [
            { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' },
          ],
        },
      ],
    },
  }
}
