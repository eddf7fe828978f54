import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { requestBody } from './helpers/accessFixtures.ts'
import { createDoc, unique, updateDoc } from './helpers/content.ts'
import { describeEachAdapter } from './helpers/harness.ts'
import { ROOT } from './helpers/server.ts'

/**
 * The typed client examples of docs/website-developers.md, which are the
 * file docs/examples/sdk.ts quoted whole: checked to be the same text, to
 * compile against payload-types.ts, and run against the real server.
 */

const EXAMPLES = path.join(ROOT, 'docs/examples/sdk.ts')
const GUIDE = path.join(ROOT, 'docs/website-developers.md')

/** The first TypeScript block of the guide after it names the examples file. */
const quotedInGuide = () => {
  const guide = readFileSync(GUIDE, 'utf8')
  const named = guide.indexOf('docs/examples/sdk.ts')
  const start = guide.indexOf('```ts\n', named)
  if (named < 0 || start < 0) return undefined
  const code = start + '```ts\n'.length
  return guide.slice(code, guide.indexOf('```', code))
}

describe('the SDK examples of the website developers’ guide', () => {
  it('are docs/examples/sdk.ts, quoted whole in docs/website-developers.md', () => {
    expect(quotedInGuide()).toBe(readFileSync(EXAMPLES, 'utf8'))
  })

  it('compile against the generated types (payload-types.ts)', async () => {
    // Its own project: payload-types.ts declares Payload's generated types for whatever imports it.
    await promisify(execFile)(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/typescript/bin/tsc'),
        '-p',
        'docs/examples/tsconfig.json',
        '--noEmit',
      ],
      { cwd: ROOT, timeout: 120_000 },
    )
  }, 150_000)
})

describeEachAdapter('the typed client (@payloadcms/sdk) against the server', (backend) => {
  // A path in a variable: the root typecheck must not follow it into payload-types.ts (above).
  let examples: any
  let sdk: any
  let published: { slug: string; title: string; titleCy: string; excerpt: string }
  let draft: { slug: string; title: string }

  beforeAll(async () => {
    examples = await import(EXAMPLES)
    sdk = examples.createClient(`${backend.url}/api`)
    published = {
      slug: unique('sdk-published'),
      title: 'Training day in Cardiff',
      titleCy: 'Diwrnod hyfforddi yng Nghaerdydd',
      excerpt: 'Groups from across Wales came together.',
    }
    const post = await createDoc(backend, 'posts', {
      title: published.title,
      slug: published.slug,
      excerpt: published.excerpt,
      _status: 'published',
    })
    await updateDoc(backend, 'posts', post.id, { title: published.titleCy }, '?locale=cy')
    draft = { slug: unique('sdk-draft'), title: 'Not ready yet' }
    await createDoc(backend, 'posts', { title: draft.title, slug: draft.slug, _status: 'draft' })
  })

  it('lists the newest published posts with only the fields a list shows, and no draft', async () => {
    const { docs, totalDocs } = await examples.latestPosts(sdk)
    expect(totalDocs).toBeGreaterThanOrEqual(1)
    const mine = docs.find((post: { slug: string }) => post.slug === published.slug)
    expect(mine).toMatchObject({ title: published.title, excerpt: published.excerpt })
    expect(Object.keys(mine).sort()).toEqual(
      expect.arrayContaining(['id', 'slug', 'title', 'excerpt', 'publishedAt']),
    )
    expect(mine).not.toHaveProperty('content')
    expect(docs.map((post: { slug: string }) => post.slug)).not.toContain(draft.slug)
  })

  it('reads one post by slug in Welsh, with English where there is no Welsh yet', async () => {
    const post = await examples.postBySlug(sdk, published.slug)
    expect(post.title).toBe(published.titleCy)
    expect(post.excerpt).toBe(published.excerpt)
    expect((await examples.postBySlug(sdk, published.slug, 'en')).title).toBe(published.title)
    expect(await examples.postBySlug(sdk, draft.slug)).toBeNull()
  })

  it('reads a draft only with a staff token, got by logging in through the SDK', async () => {
    const editor = await backend.createUser('editor')
    const token = await examples.staffToken(sdk, editor.email, editor.password)
    expect((await examples.draftPost(sdk, draft.slug, token)).title).toBe(draft.title)
    // Without a login, draft=true changes nothing: the public never sees a draft.
    const anonymous = await sdk.find({
      collection: 'posts',
      where: { slug: { equals: draft.slug } },
      draft: true,
    })
    expect(anonymous.docs).toEqual([])
    await expect(examples.staffToken(sdk, editor.email, 'not-the-password')).rejects.toMatchObject({
      status: 401,
    })
  })

  it('sends a training request and gets its id back, and a bad one gets every problem by field', async () => {
    const sent = await examples.requestTraining(sdk, requestBody('Priya Shah'))
    expect(sent).toEqual({ ok: true, id: expect.anything(), status: 'received' })
    const stored = await backend.api.request(`/api/training-requests/${sent.id}`, {
      token: backend.admin.token,
    })
    expect(stored.body.name).toBe('Priya Shah')

    const refused = await examples.requestTraining(sdk, {
      ...requestBody('Too Few'),
      expectedAttendees: 2,
      region: 'atlantis',
    })
    expect(refused.ok).toBe(false)
    expect(refused.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'expectedAttendees',
      'region',
    ])
  })
})
