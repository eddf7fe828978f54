import type { TestBackend } from './helpers/harness.ts'
import type { TestBucket } from './helpers/s3.ts'
import type { RunningTestServer } from './helpers/server.ts'

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import { SAMPLE_ARTWORK } from '../seed/images.ts'
import { requestBody } from './helpers/accessFixtures.ts'
import { ApiClient } from './helpers/client.ts'
import { createDoc, idType, unique } from './helpers/content.ts'
import { bootBackend, describeEachBooted, describeForEachAdapter } from './helpers/harness.ts'
import { startTestBucket } from './helpers/s3.ts'
import { runSeed, SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD, type SeedRun } from './helpers/seed.ts'
import { createFreshDatabase, startServerProcess } from './helpers/server.ts'

/**
 * Media in an S3 bucket (S3_* set, backend/config/storage.ts) against a real
 * S3-compatible server on loopback (s3rver, deploy/objectStorage.ts), and the
 * same media behaviour with the local folder beside it: image sizes, content
 * and alt-text checks, a missing file as a 404.
 */

type Media = {
  id: number | string
  filename: string
  url: string
  sizes: Record<
    string,
    { filename: null | string; url: null | string; width: number; height: number }
  >
}

/** The sizes the media collection makes from a picture this large: all four, the hero included. */
const SIZES = { thumbnail: [400, 300], card: [768, 512], social: [1200, 630], hero: [1920, 1152] }

const picture = () =>
  sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#1971c2' } })
    .png()
    .toBuffer()

const upload = async (
  backend: TestBackend,
  file: { name: string; type: string; data: Buffer },
  data: Record<string, unknown>,
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(data))
  return backend.api.request('/api/media', {
    method: 'POST',
    rawBody: form,
    token: backend.admin.token,
  })
}

const uploadPicture = async (backend: TestBackend, alt = 'Blue, all over'): Promise<Media> => {
  const reply = await upload(
    backend,
    { name: `${unique('picture')}.png`, type: 'image/png', data: await picture() },
    { alt },
  )
  if (reply.status !== 201) throw new Error(`upload: ${reply.status} ${JSON.stringify(reply.body)}`)
  return reply.body.doc
}

/** Every stored name of a media document: its file and each size's. */
const storedNames = (doc: Media) =>
  [doc.filename, ...Object.values(doc.sizes).map((size) => size.filename)]
    .filter((name): name is string => Boolean(name))
    .sort()

const sizeOf = (doc: Media, filename: string) =>
  Object.entries(doc.sizes).find(([, size]) => size.filename === filename)?.[0] as string

const absolute = (backend: TestBackend, url: string) =>
  url.startsWith('http') ? url : `${backend.url}${url}`

const fileThroughApi = (backend: TestBackend, filename: string) =>
  fetch(`${backend.url}/api/media/file/${encodeURIComponent(filename)}`)

const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer())

type Storages = {
  local: TestBackend
  s3: TestBackend & { bucket: TestBucket }
  server: { stop: () => Promise<void> }
}

describeEachBooted(
  'media on the local folder and on S3',
  async (adapter): Promise<Storages> => {
    const mediaDir = mkdtempSync(path.join(tmpdir(), 'charity-s3-suite-media-'))
    const bucket = await startTestBucket()
    const local = await bootBackend(adapter, { env: { MEDIA_DIR: mediaDir } })
    const remote = await bootBackend(adapter, { env: bucket.env }).catch(async (error) => {
      await local.server.stop()
      throw error
    })
    return {
      local,
      s3: { ...remote, bucket },
      server: {
        stop: async () => {
          await Promise.all([local.server.stop(), remote.server.stop()])
          await bucket.stop()
          rmSync(mediaDir, { force: true, recursive: true })
        },
      },
    }
  },
  (storages) => {
    describe.each(['local', 's3'] as const)('either storage (%s)', (kind) => {
      const backend = () => storages[kind]

      it('makes every image size and serves the file and each size through the API', async () => {
        const doc = await uploadPicture(backend())
        for (const [name, [width, height]] of Object.entries(SIZES)) {
          expect({ name, width: doc.sizes[name].width, height: doc.sizes[name].height }).toEqual({
            name,
            width,
            height,
          })
        }
        for (const filename of storedNames(doc)) {
          const reply = await fileThroughApi(backend(), filename)
          expect({ filename, status: reply.status }).toEqual({ filename, status: 200 })
          expect(reply.headers.get('content-type')).toBe('image/png')
          const { width } = await sharp(await bytes(reply)).metadata()
          expect(width).toBe(
            filename === doc.filename ? 2000 : doc.sizes[sizeOf(doc, filename)].width,
          )
        }
      })

      it('keeps where a file is stored (prefix, _objectKey) out of anonymous answers, REST and GraphQL, and gives it to staff', async () => {
        const doc = await uploadPicture(backend())
        const anonymous = await backend().api.request(`/api/media/${doc.id}`)
        expect(anonymous.status).toBe(200)
        expect(Object.keys(anonymous.body)).not.toEqual(expect.arrayContaining(['prefix']))
        expect(Object.keys(anonymous.body)).not.toEqual(expect.arrayContaining(['_objectKey']))
        const staff = await backend().api.request(`/api/media/${doc.id}`, {
          token: backend().admin.token,
        })
        expect(Object.keys(staff.body)).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
        const { data } = await backend().api.graphql<{ Media: Record<string, unknown> }>(
          `{ Media(id: ${doc.id}) { url prefix _objectKey } }`,
        )
        expect(data?.Media).toEqual({ url: doc.url, prefix: null, _objectKey: null })
      })

      it('answers a file that is not stored with a 404', async () => {
        const reply = await fileThroughApi(backend(), `${unique('never-uploaded')}.png`)
        expect(reply.status).toBe(404)
      })

      it('refuses an SVG and a script named .png by their content, and an image without alt text, storing nothing', async () => {
        const before = await backend().api.request('/api/media?limit=0', {
          token: backend().admin.token,
        })
        const svg = await upload(
          backend(),
          {
            name: 'logo.svg',
            type: 'image/svg+xml',
            data: Buffer.from(
              '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            ),
          },
          { alt: 'A logo' },
        )
        expect(svg.status).toBe(415)
        const script = await upload(
          backend(),
          { name: 'photo.png', type: 'image/png', data: Buffer.from('#!/bin/sh\necho hi\n') },
          { alt: 'A photo' },
        )
        expect(script.status).toBe(415)
        expect(script.body.errors[0].message).toMatch(/whatever its name says/)
        const name = `${unique('no-alt')}.png`
        const noAlt = await upload(
          backend(),
          { name, type: 'image/png', data: await picture() },
          {},
        )
        expect(noAlt.status).toBe(400)
        expect(JSON.stringify(noAlt.body)).toContain('alt')

        const after = await backend().api.request('/api/media?limit=0', {
          token: backend().admin.token,
        })
        expect(after.body.totalDocs).toBe(before.body.totalDocs)
        expect((await fileThroughApi(backend(), name)).status).toBe(404)
      })

      it('keeps the files when only the alt text changes, and refuses to publish a post whose image lost its English alt text', async () => {
        const doc = await uploadPicture(backend())
        const before = await bytes(
          await fileThroughApi(backend(), doc.sizes.card.filename as string),
        )
        const emptied = await backend().api.request(`/api/media/${doc.id}?locale=en`, {
          method: 'PATCH',
          token: backend().admin.token,
          body: { alt: ' ' },
        })
        expect(emptied.status).toBe(200)
        const after = await fileThroughApi(backend(), doc.sizes.card.filename as string)
        expect(after.status).toBe(200)
        expect((await bytes(after)).equals(before)).toBe(true)

        const draft = await createDoc(backend(), 'posts', {
          title: unique('Alt text on S3'),
          heroImage: doc.id,
          _status: 'draft',
        })
        const refused = await backend().api.request(`/api/posts/${draft.id}`, {
          method: 'PATCH',
          token: backend().admin.token,
          body: { _status: 'published' },
        })
        expect(refused.status).toBe(400)
        expect(refused.body.errors[0].data.errors[0].message).toContain(
          `"${doc.filename}" has no alt text`,
        )
      })
    })

    describe('in the bucket', () => {
      const backend = () => storages.s3
      const bucket = () => storages.s3.bucket

      it('puts the file and every size in the bucket, each at its public address with the bytes the API serves', async () => {
        const doc = await uploadPicture(backend())
        expect(await bucket().keys()).toEqual(expect.arrayContaining(storedNames(doc)))
        const publicUrl = bucket().env.S3_PUBLIC_URL
        const files = [
          { url: doc.url, filename: doc.filename },
          ...Object.values(doc.sizes).map((size) => ({
            url: size.url as string,
            filename: size.filename as string,
          })),
        ]
        for (const { url, filename } of files) {
          expect(url.startsWith(`${publicUrl}/`)).toBe(true)
          const direct = await fetch(url)
          expect({ url, status: direct.status }).toEqual({ url, status: 200 })
          const viaApi = await bytes(await fileThroughApi(backend(), filename))
          expect((await bytes(direct)).equals(viaApi)).toBe(true)
        }
        // GraphQL readers are given the same addresses.
        const { data } = await backend().api.graphql(
          `query ($id: ${idType(doc.id)}!) { Media(id: $id) { url sizes { social { url } } } }`,
          { id: doc.id },
        )
        expect(data.Media).toEqual({
          url: doc.url,
          sizes: { social: { url: doc.sizes.social.url } },
        })
      })

      it('deletes every object of a document with it', async () => {
        const doc = await uploadPicture(backend())
        const names = storedNames(doc)
        expect(await bucket().keys()).toEqual(expect.arrayContaining(names))
        const deleted = await backend().api.request(`/api/media/${doc.id}`, {
          method: 'DELETE',
          token: backend().admin.token,
        })
        expect(deleted.status).toBe(200)
        const keys = await bucket().keys()
        expect(names.filter((name) => keys.includes(name))).toEqual([])
        expect((await fetch(absolute(backend(), doc.url))).status).toBe(404)
        expect((await fileThroughApi(backend(), doc.filename)).status).toBe(404)
      })

      it('answers a file removed from the bucket behind the backend with a 404, not a 500', async () => {
        const doc = await uploadPicture(backend())
        await bucket().remove(doc.sizes.thumbnail.filename as string)
        expect(
          (await fileThroughApi(backend(), doc.sizes.thumbnail.filename as string)).status,
        ).toBe(404)
        expect((await fileThroughApi(backend(), doc.filename)).status).toBe(200)
      })

      it("erases a person's data (privacy) with media on S3, and the media stays", async () => {
        const doc = await uploadPicture(backend())
        const asker = requestBody('Erase Me')
        expect(
          (await new ApiClient(backend().url).request('/api/training-requests', { body: asker }))
            .status,
        ).toBe(201)
        const erased = await backend().api.request('/api/privacy/erase', {
          body: { email: asker.email },
          token: backend().admin.token,
        })
        expect(erased.status).toBe(200)
        expect(erased.body.erased.trainingRequests).toBe(1)
        expect((await fetch(doc.url)).status).toBe(200)
      })
    })
  },
)

const expectSuccess = (run: SeedRun, what: string) => {
  if (run.code !== 0)
    throw new Error(`${what} exited with ${run.code}:\n${run.stdout}\n${run.stderr}`)
}

describeForEachAdapter('the seed with media in a bucket', (adapter) => {
  let bucket: TestBucket
  let database: Awaited<ReturnType<typeof createFreshDatabase>>
  let server: RunningTestServer | undefined
  const env = () => ({
    ...bucket.env,
    DATABASE_URI: database.uri,
    SEED_ADMIN_EMAIL,
    SEED_ADMIN_PASSWORD,
  })
  const seed = async (args: string[] = []) => {
    const run = await runSeed(env(), args)
    expectSuccess(run, `seed ${args.join(' ')}`)
    return run
  }
  /** The media documents (through the API, as the admin) and what the bucket holds. */
  const state = async () => {
    server ??= await startServerProcess(env())
    const api = new ApiClient(server.url)
    const token = await api.login(SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD)
    const { body } = await api.request('/api/media?limit=100&depth=0', { token })
    const docs = body.docs as Media[]
    return {
      api,
      token,
      filenames: docs.map((doc) => doc.filename).sort(),
      files: docs.flatMap(storedNames).sort(),
      keys: await bucket.keys(),
    }
  }
  const stopServer = async () => {
    await server?.stop()
    server = undefined
  }
  const SAMPLE_FILES = Object.values(SAMPLE_ARTWORK)
    .map((art) => art.filename)
    .sort()

  beforeAll(async () => {
    bucket = await startTestBucket()
    database = await createFreshDatabase(adapter)
  }, 60_000)

  afterAll(async () => {
    await stopServer()
    await database?.drop().catch(() => undefined)
    await bucket?.stop()
  }, 60_000)

  it('uploads the sample pictures to the bucket once: a second run adds no document and no object', async () => {
    await seed()
    const first = await state()
    expect(first.filenames).toEqual(SAMPLE_FILES)
    expect(first.keys).toEqual(first.files)
    await stopServer()

    const again = await seed()
    expect(again.stdout).toMatch(/already complete, nothing changed/)
    const second = await state()
    expect(second.filenames).toEqual(SAMPLE_FILES)
    expect(second.keys).toEqual(first.keys)
  }, 600_000)

  it("--reset leaves exactly the new sample's objects: an editor's upload goes with its document", async () => {
    const { api, token } = await state()
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(await picture())], { type: 'image/png' }),
      'editors-own.png',
    )
    form.append('_payload', JSON.stringify({ alt: "An editor's picture" }))
    expect((await api.request('/api/media', { method: 'POST', rawBody: form, token })).status).toBe(
      201,
    )
    expect((await bucket.keys()).some((key) => key.startsWith('editors-own'))).toBe(true)
    await stopServer()

    await seed(['--reset'])
    const after = await state()
    expect(after.filenames).toEqual(SAMPLE_FILES)
    expect(after.keys).toEqual(after.files)
  }, 600_000)

  it('on a fresh database with the bucket kept, ends with one document and one set of objects per picture, under its own name', async () => {
    await stopServer()
    await database.drop()
    database = await createFreshDatabase(adapter)
    // A leftover size of another shape, as an earlier configuration might have made: an orphan too.
    await bucket.put('sample-support-us-640x360.png', await picture())
    await seed()
    const after = await state()
    expect(after.filenames).toEqual(SAMPLE_FILES)
    expect(after.keys).toEqual(after.files)
  }, 600_000)
})
