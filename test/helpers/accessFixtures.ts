import type { Actor, Cell, Subject, Transport } from './accessTable.ts'
import type { ApiResponse, GraphQLResponse } from './client.ts'
import type { TestBackend, TestUser } from './harness.ts'

/**
 * Fixtures and requests for the access matrix (test/access-matrix.test.ts):
 * the accounts that act, the documents they act on, and one function per
 * operation that performs it as an actor over REST or GraphQL.
 */
import { randomBytes } from 'node:crypto'

import { ACCESS_TABLE, cellsOf } from './accessTable.ts'

export type Id = number | string

/** A GraphQL literal for an id (Int on SQL adapters, String on MongoDB). */
export const lit = (id: Id) => JSON.stringify(id)

export const tag = () => randomBytes(3).toString('hex')

/** An 8×8 PNG: the smallest upload the media collection accepts. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWM4IWeDFTEMLQkAd2xIgdTVI7QAAAAASUVORK5CYII=',
  'base64',
)

/** The smallest valid document of each content collection (complete enough for GraphQL's required inputs). */
export const contentData = (slug: string, title: string): Record<string, unknown> => {
  switch (slug) {
    case 'events':
      return {
        title,
        eventType: 'workshop',
        attendanceMode: 'online',
        onlineUrl: 'https://example.org/live',
        eventStatus: 'scheduled',
        timezone: 'Europe/London',
        startsAt: '2031-05-15T09:00:00.000Z',
        endsAt: '2031-05-15T17:00:00.000Z',
      }
    case 'campaigns':
      return { title, campaignStatus: 'active' }
    case 'donation-appeals':
      return { title, targetAmount: 500_000, currency: 'GBP' }
    default:
      return { title }
  }
}

/** One reply, whichever transport it came over. */
export type Answer = { ok: boolean; status: number; message: string; body: any }

export const fromRest = (response: ApiResponse): Answer => ({
  ok: response.status >= 200 && response.status < 300,
  status: response.status,
  message: response.body?.errors?.[0]?.message ?? '',
  body: response.body,
})

export const fromGraphQL = (response: GraphQLResponse, field: string): Answer => {
  const error = response.errors?.[0]
  return {
    ok: !error && response.data?.[field] != null,
    status: error ? (error.extensions?.statusCode ?? 400) : 200,
    message: error?.message ?? '',
    body: response.data?.[field] ?? null,
  }
}

/** Runs `jobs` with at most `limit` in flight: fixtures go in fast without flooding SQLite. */
export const pool = async <T>(limit: number, jobs: (() => Promise<T>)[]): Promise<T[]> => {
  const results: T[] = new Array(jobs.length)
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++
      results[index] = await jobs[index]()
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker))
  return results
}

/** A target document for one mutating cell: fresh, so no cell sees another's changes. */
export type Target = { id: Id; title: string }

export type ContentFixtures = {
  published: Id
  authorDraft: Id
  otherDraft: Id
  editorDraft: Id
  /** Posts and events only: a draft of the coordinator's group, and one of the other group's. */
  groupDraft?: Id
  otherGroupDraft?: Id
  /** The author's published document with unpublished changes on top (by an editor). */
  pending: { id: Id; liveTitle: string; draftTitle: string; versionId: Id }
  targets: Map<string, Target>
}

export type GroupFixtures = {
  /** Published, in London: the coordinator looks after it. */
  london: Id
  /** Published, in Yorkshire: the other coordinator looks after it. */
  yorkshire: Id
  /** Drafts: one each coordinator looks after, and one nobody does. */
  londonDraft: Id
  yorkshireDraft: Id
  walesDraft: Id
  /** Per cell key: a group the coordinator looks after, for the writes. */
  targets: Map<string, Target>
}

export type RequestFixtures = {
  london: Id
  yorkshire: Id
  wales: Id
  targets: Map<string, Target>
}

export type MatrixFixtures = {
  users: Record<Exclude<Actor, 'anonymous'>, TestUser>
  content: Record<string, ContentFixtures>
  groups: GroupFixtures
  requests: RequestFixtures
  /** Per cell key: a disposable author account (role changes, deletions), or a coordinator's. */
  spareAccounts: Map<string, Target>
  donations: { appeal: Id; donation: Id; donorName: string; targets: Map<string, Target> }
  categories: { fixture: Id; targets: Map<string, Target> }
  media: { fixture: Id; targets: Map<string, Target> }
  redirects: { fixture: Id; targets: Map<string, Target> }
  webhookEndpoints: { fixture: Id; targets: Map<string, Target> }
  webhookDeliveries: { fixture: Id; targets: Map<string, Target> }
  giftAidDeclarations: { fixture: Id; targets: Map<string, Target> }
  privacyAuditLog: { fixture: Id; targets: Map<string, Target> }
}

/** A Gift Aid declaration as an admin records a written one. */
export const declarationData = (lastName: string) => ({
  firstName: 'Matrix',
  lastName,
  house: '1',
  postcode: 'SW1A 1AA',
  country: 'GB',
  scope: 'future',
  method: 'written',
  wordingVersion: '2026-12-01',
  declaredAt: '2026-01-01T00:00:00.000Z',
})

const DRAFT_TARGET_OPS = new Set(['update', 'publish', 'delete'])
const LIVE_TARGET_OPS = new Set(['updatePublished', 'unpublish', 'deletePublished'])
const GROUP_DRAFT_TARGET_OPS = new Set(['updateGroup', 'publishGroup', 'moveGroup', 'deleteGroup'])
const GROUP_LIVE_TARGET_OPS = new Set(['updateGroupPublished', 'unpublishGroup'])

/** A training request as the website's form sends it. */
export const requestBody = (name: string, region = 'london') => ({
  name,
  email: 'asker@example.org',
  town: 'Somewhere',
  region,
  preferredDates: 'A Saturday in spring',
  expectedAttendees: 25,
  message: 'We would like the training day here.',
  consent: true,
})

/** A group as an editor starts it. */
export const groupData = (name: string, region: string, extra: Record<string, unknown> = {}) => ({
  name,
  region,
  town: region === 'london' ? 'London' : region === 'wales' ? 'Cardiff' : 'Sheffield',
  groupStatus: 'active',
  ...extra,
})

const expectStatus = (what: string, response: ApiResponse, status: number) => {
  if (response.status !== status) {
    throw new Error(
      `fixture: ${what} answered ${response.status}, expected ${status}: ${JSON.stringify(response.body)}`,
    )
  }
  return response.body
}

/** A redirect as an editor adds one by hand: from an old path to another path on the website. */
export const redirectData = (from: string) => ({ from, to: { type: 'custom', url: '/about' } })

/**
 * The website's preview account, as an admin sets it up: role `website-preview`
 * and an API key, which is what it signs in with (`users API-Key …`), never its password.
 */
const createPreviewKey = async (backend: TestBackend): Promise<TestUser> => {
  const apiKey = `preview-${tag()}${tag()}-${tag()}${tag()}`
  const email = `website-preview-${tag()}@example.org`
  const password = `Pw-${tag()}-${tag()}`
  const created = expectStatus(
    'creating the website preview account',
    await backend.api.request('/api/users', {
      body: {
        email,
        password,
        name: 'Website preview',
        role: 'website-preview',
        enableAPIKey: true,
        apiKey,
      },
      token: backend.admin.token,
    }),
    201,
  )
  return {
    id: created.doc.id,
    email,
    password,
    token: `users API-Key ${apiKey}`,
    role: 'website-preview',
  }
}

/** Upload the PNG as `token`'s user. */
export const uploadImage = (
  backend: TestBackend,
  alt: string,
  token?: string,
): Promise<ApiResponse> => {
  const form = new FormData()
  form.append('file', new Blob([PNG], { type: 'image/png' }), `${alt.replace(/\W+/g, '-')}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  return backend.api.request('/api/media', { method: 'POST', rawBody: form, token })
}

export const buildFixtures = async (backend: TestBackend): Promise<MatrixFixtures> => {
  const [author, otherAuthor, editor] = [
    await backend.createUser('author', 'Ada Author'),
    await backend.createUser('author', 'Otto Otherauthor'),
    await backend.createUser('editor', 'Edie Editor'),
  ]
  const api = backend.api

  // Groups first: a coordinator's account names the groups they look after.
  const createGroup = async (name: string, region: string, published: boolean) =>
    expectStatus(
      `creating group "${name}"`,
      await api.request('/api/groups', {
        body: groupData(name, region, published ? { _status: 'published' } : {}),
        token: editor.token,
      }),
      201,
    ).doc.id as Id
  const g = tag()
  const london = await createGroup(`London group ${g}`, 'london', true)
  const yorkshire = await createGroup(`Yorkshire group ${g}`, 'yorkshire-and-the-humber', true)
  const londonDraft = await createGroup(`London draft group ${g}`, 'london', false)
  const yorkshireDraft = await createGroup(
    `Yorkshire draft group ${g}`,
    'yorkshire-and-the-humber',
    false,
  )
  const walesDraft = await createGroup(`Wales draft group ${g}`, 'wales', false)
  const groupTargets = new Map<string, Target>()
  await pool(
    4,
    cellsOf(subjectOf('groups'))
      .filter(
        (cell) => !['list', 'readGroupDraft', 'readCoordinators', 'create'].includes(cell.row.op),
      )
      .map((cell) => async () => {
        const name = `Group ${cell.key} ${g}`
        const published = cell.row.op !== 'publishGroup'
        groupTargets.set(cell.key, {
          id: await createGroup(name, 'london', published),
          title: name,
        })
      }),
  )
  const coordinator = await backend.createUser('coordinator', 'Cora Coordinator', {
    groups: [london, londonDraft, ...[...groupTargets.values()].map((target) => target.id)],
  })
  const otherCoordinator = await backend.createUser('coordinator', 'Olly Othercoordinator', {
    groups: [yorkshire, yorkshireDraft],
  })
  const websitePreview = await createPreviewKey(backend)
  const users = {
    author,
    otherAuthor,
    coordinator,
    otherCoordinator,
    editor,
    admin: backend.admin,
    websitePreview,
  }

  const createAs = async (
    user: TestUser,
    slug: string,
    title: string,
    extra: Record<string, unknown> = {},
  ) =>
    expectStatus(
      `${user.role} creating ${slug} "${title}"`,
      await api.request(`/api/${slug}`, {
        body: { ...contentData(slug, title), ...extra },
        token: user.token,
      }),
      201,
    ).doc.id as Id
  const patchAs = async (
    user: TestUser,
    slug: string,
    id: Id,
    data: Record<string, unknown>,
    query = '',
  ) =>
    expectStatus(
      `${user.role} updating ${slug}/${id}`,
      await api.request(`/api/${slug}/${id}${query}`, {
        method: 'PATCH',
        body: data,
        token: user.token,
      }),
      200,
    ).doc
  /** Started by the author (so the author owns it), published by the editor. */
  const authorsLiveDocument = async (slug: string, title: string) => {
    const id = await createAs(author, slug, title)
    await patchAs(editor, slug, id, { _status: 'published' })
    return id
  }

  const content: Record<string, ContentFixtures> = {}
  const targetJobs: (() => Promise<void>)[] = []
  for (const subject of ACCESS_TABLE.filter((candidate) => candidate.kind === 'content')) {
    const { slug } = subject
    const t = tag()
    const liveTitle = `${slug} live ${t}`
    const draftTitle = `${slug} unpublished changes ${t}`
    const pendingId = await authorsLiveDocument(slug, liveTitle)
    await patchAs(editor, slug, pendingId, { title: draftTitle }, '?draft=true')
    const versions = expectStatus(
      `listing versions of ${slug}/${pendingId}`,
      await api.request(`/api/${slug}/versions?depth=0&where[parent][equals]=${pendingId}`, {
        token: backend.admin.token,
      }),
      200,
    )
    const [published, authorDraft, otherDraft, editorDraft] = [
      await createAs(editor, slug, `${slug} published ${t}`, { _status: 'published' }),
      await createAs(author, slug, `${slug} author draft ${t}`),
      await createAs(otherAuthor, slug, `${slug} other author draft ${t}`),
      await createAs(editor, slug, `${slug} editor draft ${t}`),
    ]
    const grouped = subject.rows.some((candidate) => candidate.op === 'readGroupDraft')
    const [groupDraft, otherGroupDraft] = grouped
      ? [
          await createAs(coordinator, slug, `${slug} group draft ${t}`, { group: london }),
          await createAs(otherCoordinator, slug, `${slug} other group draft ${t}`, {
            group: yorkshire,
          }),
        ]
      : []
    const targets = new Map<string, Target>()
    targetJobs.push(
      ...cellsOf(subject)
        .filter((cell) => DRAFT_TARGET_OPS.has(cell.row.op) || LIVE_TARGET_OPS.has(cell.row.op))
        .map((cell) => async () => {
          const title = `${slug} ${cell.key} ${t}`
          const id = LIVE_TARGET_OPS.has(cell.row.op)
            ? await authorsLiveDocument(slug, title)
            : await createAs(author, slug, title)
          targets.set(cell.key, { id, title })
        }),
      ...cellsOf(subject)
        .filter(
          (cell) =>
            GROUP_DRAFT_TARGET_OPS.has(cell.row.op) || GROUP_LIVE_TARGET_OPS.has(cell.row.op),
        )
        .map((cell) => async () => {
          const title = `${slug} ${cell.key} ${t}`
          const live = GROUP_LIVE_TARGET_OPS.has(cell.row.op)
          const id = await createAs(coordinator, slug, title, {
            group: london,
            ...(live ? { _status: 'published' } : {}),
          })
          targets.set(cell.key, { id, title })
        }),
    )
    content[slug] = {
      published,
      authorDraft,
      otherDraft,
      editorDraft,
      groupDraft,
      otherGroupDraft,
      pending: { id: pendingId, liveTitle, draftTitle, versionId: versions.docs[0].id },
      targets,
    }
  }

  await pool(6, targetJobs)

  const sendRequest = async (name: string, region: string) =>
    expectStatus(
      'sending a training request',
      await api.request('/api/training-requests', { body: requestBody(name, region) }),
      201,
    ).id as Id
  const requests: RequestFixtures = {
    london: await sendRequest(`Asker London ${tag()}`, 'london'),
    yorkshire: await sendRequest(`Asker Yorkshire ${tag()}`, 'yorkshire-and-the-humber'),
    wales: await sendRequest(`Asker Wales ${tag()}`, 'wales'),
    targets: new Map<string, Target>(),
  }
  await pool(
    4,
    cellsOf(subjectOf('training-requests'))
      .filter((cell) => cell.row.op === 'update' || cell.row.op === 'delete')
      .map((cell) => async () => {
        const name = `Asker ${cell.key} ${tag()}`
        requests.targets.set(cell.key, { id: await sendRequest(name, 'london'), title: name })
      }),
  )

  const usersSubject = subjectOf('users')
  const spareAccounts = new Map<string, Target>()
  const SPARE_COORDINATOR_OPS = new Set(['setGroups', 'renameCoordinator'])
  await pool(
    4,
    cellsOf(usersSubject)
      .filter((cell) => ['changeRole', 'delete', ...SPARE_COORDINATOR_OPS].includes(cell.row.op))
      .map((cell) => async () => {
        // Never logged in, so created directly rather than through backend.createUser.
        const email = `spare-${cell.key}-${tag()}@example.org`
        const coordinates = SPARE_COORDINATOR_OPS.has(cell.row.op)
        const created = expectStatus(
          'creating a spare account',
          await api.request('/api/users', {
            body: {
              email,
              password: `Pw-${tag()}-${tag()}`,
              name: `Spare ${cell.key}`,
              role: coordinates ? 'coordinator' : 'author',
              // Not London's: that group's coordinators are "the coordinator" alone.
              ...(coordinates ? { groups: [walesDraft] } : {}),
            },
            token: backend.admin.token,
          }),
          201,
        )
        spareAccounts.set(cell.key, { id: created.doc.id, title: email })
      }),
  )

  const appeal = await createAs(editor, 'donation-appeals', `Ledger appeal ${tag()}`, {
    _status: 'published',
  })
  const donorName = `Dana Donor ${tag()}`
  const recordDonation = async (name: string) =>
    expectStatus(
      'recording a donation',
      await api.request('/api/donations', {
        body: { appeal, amount: 2500, currency: 'GBP', donorName: name },
        token: backend.admin.token,
      }),
      201,
    ).doc.id as Id
  const donation = await recordDonation(donorName)
  const donationTargets = new Map<string, Target>()
  await pool(
    4,
    cellsOf(subjectOf('donations'))
      .filter((cell) => cell.row.op === 'update' || cell.row.op === 'delete')
      .map((cell) => async () => {
        const name = `Donor ${cell.key}`
        donationTargets.set(cell.key, { id: await recordDonation(name), title: name })
      }),
  )

  const createCategory = async (title: string) =>
    expectStatus(
      'creating a category',
      await api.request('/api/categories', {
        body: { title },
        token: editor.token,
      }),
      201,
    ).doc.id as Id
  const categoryFixture = await createCategory(`Category ${tag()}`)
  const categoryTargets = new Map<string, Target>()
  await pool(
    4,
    cellsOf(subjectOf('categories'))
      .filter((cell) => cell.row.op === 'update' || cell.row.op === 'delete')
      .map((cell) => async () => {
        const title = `Category ${cell.key} ${tag()}`
        categoryTargets.set(cell.key, { id: await createCategory(title), title })
      }),
  )

  const createRedirect = async (from: string) =>
    expectStatus(
      'adding a redirect',
      await api.request('/api/redirects', {
        body: redirectData(from),
        token: editor.token,
      }),
      201,
    ).doc.id as Id
  const redirectFixture = await createRedirect(`/matrix/${tag()}`)
  const redirectTargets = new Map<string, Target>()
  await pool(
    4,
    cellsOf(subjectOf('redirects'))
      .filter((cell) => cell.row.op === 'update' || cell.row.op === 'delete')
      .map((cell) => async () => {
        const from = `/matrix/${cell.key}-${tag()}`
        redirectTargets.set(cell.key, { id: await createRedirect(from), title: from })
      }),
  )

  const createImage = async (alt: string) =>
    expectStatus('uploading an image', await uploadImage(backend, alt, backend.admin.token), 201)
      .doc.id as Id
  const mediaFixture = await createImage(`Image ${tag()}`)
  const mediaTargets = new Map<string, Target>()
  await pool(
    2,
    cellsOf(subjectOf('media'))
      .filter((cell) => cell.row.op === 'update' || cell.row.op === 'delete')
      .map((cell) => async () => {
        const alt = `Image ${cell.key} ${tag()}`
        mediaTargets.set(cell.key, { id: await createImage(alt), title: alt })
      }),
  )

  // Webhooks: endpoints made by the admin; deliveries only ever made by the system, here by saving
  // the navigation while an endpoint listens (on loopback: the suite allows private addresses).
  const createEndpoint = async (description: string, events = ['posts.deleted'], active = false) =>
    expectStatus(
      'adding a webhook endpoint',
      await api.request('/api/webhook-endpoints', {
        body: { url: 'http://127.0.0.1:9/matrix', events, active, description },
        token: backend.admin.token,
      }),
      201,
    ).doc.id as Id
  const endpointFixture = await createEndpoint(`Endpoint ${tag()}`)
  const endpointTargets = new Map<string, Target>()
  await pool(
    4,
    cellsOf(subjectOf('webhook-endpoints'))
      .filter((cell) => cell.row.op === 'update' || cell.row.op === 'delete')
      .map((cell) => async () => {
        const description = `Endpoint ${cell.key} ${tag()}`
        endpointTargets.set(cell.key, { id: await createEndpoint(description), title: description })
      }),
  )
  const listening = await createEndpoint('Listens to the navigation', ['navigation.updated'], true)
  const deliveryCells = cellsOf(subjectOf('webhook-deliveries')).filter(
    (cell) => cell.row.op === 'update' || cell.row.op === 'delete',
  )
  for (let saved = 0; saved <= deliveryCells.length; saved++) {
    expectStatus(
      'saving the navigation',
      await api.request('/api/globals/navigation', {
        body: { footer: [{ link: { label: `Saved ${saved}`, type: 'custom', url: '/about' } }] },
        token: backend.admin.token,
      }),
      200,
    )
  }
  await api.request(`/api/webhook-endpoints/${listening}`, {
    method: 'PATCH',
    body: { active: false },
    token: backend.admin.token,
  })
  const deliveries = expectStatus(
    'listing the delivery log',
    await api.request(
      `/api/webhook-deliveries?depth=0&limit=100&where[endpoint][equals]=${listening}`,
      { token: backend.admin.token },
    ),
    200,
  ).docs as { id: Id; subject: string }[]
  if (deliveries.length !== deliveryCells.length + 1) {
    throw new Error(
      `fixture: expected ${deliveryCells.length + 1} deliveries, got ${deliveries.length}`,
    )
  }
  const deliveryTargets = new Map<string, Target>(
    deliveryCells.map((cell, index) => [cell.key, { id: deliveries[index + 1].id, title: '' }]),
  )

  const createDeclaration = async (lastName: string) =>
    expectStatus(
      'recording a Gift Aid declaration',
      await api.request('/api/gift-aid-declarations', {
        body: declarationData(lastName),
        token: backend.admin.token,
      }),
      201,
    ).doc.id as Id
  const declarationFixture = await createDeclaration(`Fixture ${tag()}`)
  const declarationTargets = new Map<string, Target>()
  await pool(
    4,
    cellsOf(subjectOf('gift-aid-declarations'))
      .filter((cell) => cell.row.op === 'update' || cell.row.op === 'delete')
      .map((cell) => async () => {
        // Names are short on HMRC's schedule (35 characters): a tag, not the cell's long key.
        const lastName = `Declarant ${tag()}`
        declarationTargets.set(cell.key, { id: await createDeclaration(lastName), title: lastName })
      }),
  )

  // The audit log is written by the system only: one export makes the entry every cell tries.
  expectStatus(
    'exporting personal data',
    await api.request('/api/privacy/export', {
      body: { email: 'nobody-here@example.org' },
      token: backend.admin.token,
    }),
    200,
  )
  const auditFixture = expectStatus(
    'listing the privacy audit log',
    await api.request('/api/privacy-audit-log?depth=0&limit=1', { token: backend.admin.token }),
    200,
  ).docs[0].id as Id
  const auditTargets = new Map<string, Target>(
    cellsOf(subjectOf('privacy-audit-log')).map((cell) => [
      cell.key,
      { id: auditFixture, title: '' },
    ]),
  )

  return {
    users,
    content,
    giftAidDeclarations: { fixture: declarationFixture, targets: declarationTargets },
    privacyAuditLog: { fixture: auditFixture, targets: auditTargets },
    webhookEndpoints: { fixture: endpointFixture, targets: endpointTargets },
    webhookDeliveries: { fixture: deliveries[0].id, targets: deliveryTargets },
    groups: { london, yorkshire, londonDraft, yorkshireDraft, walesDraft, targets: groupTargets },
    requests,
    spareAccounts,
    donations: { appeal, donation, donorName, targets: donationTargets },
    categories: { fixture: categoryFixture, targets: categoryTargets },
    media: { fixture: mediaFixture, targets: mediaTargets },
    redirects: { fixture: redirectFixture, targets: redirectTargets },
  }
}

export const subjectOf = (slug: string): Subject => {
  const subject = ACCESS_TABLE.find((candidate) => candidate.slug === slug)
  if (!subject) throw new Error(`no "${slug}" in the access table`)
  return subject
}

export const targetOf = (targets: Map<string, Target>, cell: Cell): Target => {
  const target = targets.get(cell.key)
  if (!target) throw new Error(`no fixture for ${cell.name}`)
  return target
}

export const tokenOf = (fixtures: MatrixFixtures, actor: Actor): string | undefined =>
  actor === 'anonymous' ? undefined : fixtures.users[actor].token

export type { Transport }
