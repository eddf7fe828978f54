import type { Answer, Id, MatrixFixtures } from './helpers/accessFixtures.ts'
import type { Cell } from './helpers/accessTable.ts'
import type { TestBackend } from './helpers/harness.ts'

/**
 * The access matrix, proven: every cell of test/helpers/accessTable.ts (one
 * table of collection × actor × operation) becomes one assertion over REST and
 * one over GraphQL, through the real server, on every adapter. A refused
 * write is re-read as an admin to show that nothing changed. The table is
 * also rendered to test/access-matrix.md (committed) for people to review.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import {
  buildFixtures,
  contentData,
  fromGraphQL,
  fromRest,
  groupData,
  lit,
  requestBody,
  tag,
  targetOf,
  tokenOf,
  uploadImage,
  declarationData,
  redirectData,
} from './helpers/accessFixtures.ts'
import { ACCESS_TABLE, cellsOf, renderMatrix } from './helpers/accessTable.ts'
import { describeEachAdapter } from './helpers/harness.ts'
import { ROOT } from './helpers/server.ts'

const MATRIX_FILE = path.join(ROOT, 'test/access-matrix.md')

describe('the access matrix document', () => {
  it('test/access-matrix.md is the table as it stands (a stale copy is rewritten: commit it)', () => {
    const expected = renderMatrix()
    const current = existsSync(MATRIX_FILE) ? readFileSync(MATRIX_FILE, 'utf8') : ''
    if (current !== expected) writeFileSync(MATRIX_FILE, expected)
    expect(current).toBe(expected)
  })
})

const sortedIds = (ids: Id[]) => ids.map(String).sort()
const inIds = (ids: Id[]) =>
  ids.map((id, index) => `where[id][in][${index}]=${encodeURIComponent(String(id))}`).join('&')
const WRITE_REFUSED = [403]
const READ_REFUSED = [403, 404]

/** A refusal: the right status, and (for writes) the caller learns nothing but that. */
const expectRefused = (answer: Answer, statuses: number[]) => {
  expect({
    ok: answer.ok,
    status: answer.status,
    refusedWith: statuses.includes(answer.status),
  }).toEqual({
    ok: false,
    status: answer.status,
    refusedWith: true,
  })
}

describeEachAdapter(
  'access matrix',
  (backend: TestBackend) => {
    const fixtures = {} as MatrixFixtures
    beforeAll(async () => {
      Object.assign(fixtures, await buildFixtures(backend))
    }, 600_000)

    const api = () => backend.api
    const asAdmin = (route: string) => backend.api.request(route, { token: backend.admin.token })
    const graphql = (
      query: string,
      field: string,
      variables: Record<string, unknown> | undefined,
      token?: string,
    ) =>
      backend.api.graphql(query, variables, token).then((response) => fromGraphQL(response, field))

    /** The same write over either transport. */
    const write = async (
      cell: Cell,
      rest: { route: string; method: string; body?: unknown },
      gql: { query: string; field: string; variables?: Record<string, unknown> },
    ): Promise<Answer> => {
      const token = tokenOf(fixtures, cell.actor)
      if (cell.transport === 'REST') {
        return fromRest(
          await api().request(rest.route, { method: rest.method, body: rest.body, token }),
        )
      }
      return graphql(gql.query, gql.field, gql.variables, token)
    }

    const read = async (
      cell: Cell,
      route: string,
      gql: { query: string; field: string },
    ): Promise<Answer> => {
      const token = tokenOf(fixtures, cell.actor)
      if (cell.transport === 'REST') return fromRest(await api().request(route, { token }))
      return graphql(gql.query, gql.field, undefined, token)
    }

    const listIds = async (cell: Cell, ids: Id[]): Promise<Answer> => {
      const { slug, graphql: names } = cell.subject
      return read(cell, `/api/${slug}?depth=0&limit=100&${inIds(ids)}`, {
        // GraphQL's id operators have no `in` on SQL adapters, so the ids are or-ed.
        query: `{ ${names.many}(where: { OR: [${ids.map((id) => `{ id: { equals: ${lit(id)} } }`).join(', ')}] }, limit: 100) { docs { id } } }`,
        field: names.many,
      })
    }

    /** The fixtures among the events' occurrences in their month (each is a single event: one occurrence). */
    const listOccurrenceIds = async (cell: Cell, ids: Id[]): Promise<Answer> => {
      const answer = await read(
        cell,
        '/api/events/occurrences?from=2031-05-01&to=2031-06-01&limit=100',
        {
          query:
            '{ EventOccurrences(from: "2031-05-01", to: "2031-06-01", limit: 100) { docs { event } } }',
          field: 'EventOccurrences',
        },
      )
      const wanted = new Set(ids.map(String))
      const docs = (answer.body?.docs ?? []) as { event: Id }[]
      return {
        ...answer,
        body: answer.body && {
          ...answer.body,
          docs: docs
            .filter((doc) => wanted.has(String(doc.event)))
            .map((doc) => ({ id: doc.event })),
        },
      }
    }

    /** The same fixtures through the stored rows, each named by its event. */
    const listOccurrenceRowIds = async (cell: Cell, ids: Id[]): Promise<Answer> => {
      const events = ids.map((id, index) => `where[event][in][${index}]=${id}`).join('&')
      const answer = fromRest(
        await api().request(`/api/event-occurrences?depth=0&limit=100&${events}`, {
          token: tokenOf(fixtures, cell.actor),
        }),
      )
      const docs = (answer.body?.docs ?? []) as { event: Id }[]
      return {
        ...answer,
        body: answer.body && { ...answer.body, docs: docs.map((doc) => ({ id: doc.event })) },
      }
    }

    const expectList = (cell: Cell, answer: Answer, visible: Id[]) => {
      if (cell.outcome === 'denied') return expectRefused(answer, READ_REFUSED)
      expect(answer.status).toBe(200)
      expect(sortedIds(answer.body.docs.map((doc: { id: Id }) => doc.id))).toEqual(
        sortedIds(visible),
      )
    }

    const readById = (cell: Cell, id: Id, fields = 'id') =>
      read(cell, `/api/${cell.subject.slug}/${id}?depth=0`, {
        query: `{ ${cell.subject.graphql.one}(id: ${lit(id)}) { ${fields} } }`,
        field: cell.subject.graphql.one,
      })

    const expectReadById = (cell: Cell, answer: Answer, id: Id) => {
      if (cell.outcome === 'denied') return expectRefused(answer, READ_REFUSED)
      expect({ status: answer.status, id: String(answer.body?.id) }).toEqual({
        status: 200,
        id: String(id),
      })
    }

    const updateMutation = (cell: Cell, id: Id, data: Record<string, unknown>, fields = 'id') => {
      const { one } = cell.subject.graphql
      return {
        query: `mutation ($data: mutation${one}UpdateInput!) { update${one}(id: ${lit(id)}, data: $data) { ${fields} } }`,
        field: `update${one}`,
        variables: { data },
      }
    }

    const update = (cell: Cell, id: Id, data: Record<string, unknown>) =>
      write(
        cell,
        { route: `/api/${cell.subject.slug}/${id}`, method: 'PATCH', body: data },
        updateMutation(cell, id, data),
      )

    const create = (cell: Cell, data: Record<string, unknown>) => {
      const { one } = cell.subject.graphql
      return write(
        cell,
        { route: `/api/${cell.subject.slug}`, method: 'POST', body: data },
        {
          query: `mutation ($data: mutation${one}Input!) { create${one}(data: $data) { id } }`,
          field: `create${one}`,
          variables: { data },
        },
      )
    }

    const remove = (cell: Cell, id: Id) => {
      const { one } = cell.subject.graphql
      return write(
        cell,
        { route: `/api/${cell.subject.slug}/${id}`, method: 'DELETE' },
        { query: `mutation { delete${one}(id: ${lit(id)}) { id } }`, field: `delete${one}` },
      )
    }

    /** Admin's view after the fact: does the document still exist, and as what. */
    const adminDoc = async (slug: string, id: Id, draft = false) => {
      const { status, body } = await asAdmin(
        `/api/${slug}/${id}?depth=0${draft ? '&draft=true' : ''}`,
      )
      return status === 200 ? body : null
    }
    const adminFind = async (slug: string, field: string, value: string) => {
      const { body } = await asAdmin(
        `/api/${slug}?depth=0&limit=10&where[${field}][equals]=${encodeURIComponent(value)}`,
      )
      return body.docs as any[]
    }
    const anonymousStatus = async (slug: string, id: Id) =>
      (await backend.api.request(`/api/${slug}/${id}?depth=0`)).status

    const expectDeleted = async (cell: Cell, answer: Answer, slug: string, id: Id) => {
      if (cell.outcome === 'allowed') {
        expect(answer.status).toBe(200)
        expect(await adminDoc(slug, id)).toBeNull()
      } else {
        expectRefused(answer, WRITE_REFUSED)
        expect(await adminDoc(slug, id)).not.toBeNull()
      }
    }

    const proveContent = async (cell: Cell) => {
      const { slug } = cell.subject
      const { one } = cell.subject.graphql
      const f = fixtures.content[slug]
      const actorId = cell.actor === 'anonymous' ? null : fixtures.users[cell.actor].id
      switch (cell.row.op) {
        case 'list':
        case 'listOccurrences':
        case 'listOccurrenceRows': {
          const groupDrafts = [f.groupDraft, f.otherGroupDraft].filter((id): id is Id => !!id)
          const every = [
            f.published,
            f.pending.id,
            f.authorDraft,
            f.otherDraft,
            f.editorDraft,
            ...groupDrafts,
          ]
          const own =
            cell.actor === 'author'
              ? [f.authorDraft]
              : cell.actor === 'otherAuthor'
                ? [f.otherDraft]
                : []
          const ownGroup =
            cell.actor === 'coordinator'
              ? [f.groupDraft as Id]
              : cell.actor === 'otherCoordinator'
                ? [f.otherGroupDraft as Id]
                : []
          const visible =
            cell.outcome === 'all'
              ? every
              : cell.outcome === 'published+own'
                ? [f.published, f.pending.id, ...own]
                : cell.outcome === 'published+group'
                  ? [f.published, f.pending.id, ...ownGroup]
                  : [f.published, f.pending.id]
          if (cell.row.op === 'list') return expectList(cell, await listIds(cell, every), visible)
          if (cell.row.op === 'listOccurrenceRows')
            return expectList(cell, await listOccurrenceRowIds(cell, every), visible)
          return expectList(cell, await listOccurrenceIds(cell, every), visible)
        }
        case 'writeOccurrenceRows': {
          const token = tokenOf(fixtures, cell.actor)
          const rowsOf = async () =>
            (await asAdmin(`/api/event-occurrences?where[event][equals]=${f.published}&depth=0`))
              .body.docs as { id: Id; startsAt: string }[]
          const before = await rowsOf()
          expect(before).toHaveLength(1)
          const [stored] = before
          const attempts = [
            api().request('/api/event-occurrences', {
              method: 'POST',
              body: {
                event: f.published,
                startsAt: '2031-05-20T10:00:00.000Z',
                endsAt: '2031-05-20T11:00:00.000Z',
                originalStartsAt: '2031-05-20T10:00:00.000Z',
                status: 'scheduled',
                _status: 'published',
              },
              token,
            }),
            api().request(`/api/event-occurrences/${stored.id}`, {
              method: 'PATCH',
              body: { startsAt: '2031-05-21T10:00:00.000Z' },
              token,
            }),
            api().request(`/api/event-occurrences/${stored.id}`, { method: 'DELETE', token }),
          ]
          for (const answer of await Promise.all(attempts)) {
            expectRefused(fromRest(answer), WRITE_REFUSED)
          }
          expect(await rowsOf()).toEqual(before)
          return
        }
        case 'readById':
          return expectReadById(cell, await readById(cell, f.authorDraft), f.authorDraft)
        case 'readGroupDraft':
          return expectReadById(cell, await readById(cell, f.groupDraft as Id), f.groupDraft as Id)
        case 'readGiftAidFigures': {
          // The appeal the ledger fixtures give to: published, so every reader gets the document.
          const answer = await readById(
            cell,
            fixtures.donations.appeal,
            'id giftAidPotential giftAidClaimed',
          )
          expect(answer.status).toBe(200)
          const figures = {
            giftAidPotential: answer.body.giftAidPotential ?? null,
            giftAidClaimed: answer.body.giftAidClaimed ?? null,
          }
          if (cell.outcome === 'allowed') {
            expect(figures).toEqual({
              giftAidPotential: expect.any(Number),
              giftAidClaimed: expect.any(Number),
            })
          } else {
            // Staff figures: not worked out, not sent (GraphQL answers null for a field it may not show).
            expect(figures).toEqual({ giftAidPotential: null, giftAidClaimed: null })
            if (cell.transport === 'REST')
              expect(answer.body).not.toHaveProperty('giftAidPotential')
          }
          return
        }
        case 'createForGroup':
        case 'createPublishedForGroup': {
          const title = `${slug} created ${cell.key} ${tag()}`
          const published = cell.row.op === 'createPublishedForGroup'
          const answer = await create(cell, {
            ...contentData(slug, title),
            group: fixtures.groups.london,
            ...(published ? { _status: 'published' } : {}),
          })
          const stored = await adminFind(slug, 'title', title)
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect(stored).toHaveLength(0)
            return
          }
          expect(answer.ok).toBe(true)
          expect(
            stored.map((doc) => ({
              status: doc._status,
              group: String(doc.group),
              createdBy: String(doc.createdBy),
            })),
          ).toEqual([
            {
              status: published ? 'published' : 'draft',
              group: String(fixtures.groups.london),
              createdBy: String(actorId),
            },
          ])
          return
        }
        case 'moveGroup': {
          const target = targetOf(f.targets, cell)
          const answer = await update(cell, target.id, { group: fixtures.groups.yorkshire })
          const after = await adminDoc(slug, target.id, true)
          if (cell.outcome === 'denied') expectRefused(answer, WRITE_REFUSED)
          else expect(answer.ok).toBe(true)
          expect(String(after.group)).toBe(
            String(cell.outcome === 'allowed' ? fixtures.groups.yorkshire : fixtures.groups.london),
          )
          return
        }
        case 'readDraft': {
          const answer = await read(cell, `/api/${slug}/${f.pending.id}?depth=0&draft=true`, {
            query: `{ ${one}(id: ${lit(f.pending.id)}, draft: true) { title } }`,
            field: one,
          })
          expect({ status: answer.status, title: answer.body?.title }).toEqual({
            status: 200,
            title: cell.outcome === 'draft' ? f.pending.draftTitle : f.pending.liveTitle,
          })
          return
        }
        case 'readVersions': {
          const { many } = cell.subject.graphql
          const list = await read(
            cell,
            `/api/${slug}/versions?depth=0&where[parent][equals]=${f.pending.id}`,
            {
              query: `{ versions${many}(where: { parent: { equals: ${lit(f.pending.id)} } }) { docs { id } } }`,
              field: `versions${many}`,
            },
          )
          const byId = await read(cell, `/api/${slug}/versions/${f.pending.versionId}?depth=0`, {
            query: `{ version${one}(id: ${lit(f.pending.versionId)}) { id } }`,
            field: `version${one}`,
          })
          if (cell.outcome === 'denied') {
            expectRefused(list, WRITE_REFUSED)
            expectRefused(byId, WRITE_REFUSED)
            return
          }
          expect({ list: list.status, byId: byId.status }).toEqual({ list: 200, byId: 200 })
          expect(list.body.docs.length).toBeGreaterThanOrEqual(2)
          return
        }
        case 'create': {
          const title = `${slug} created ${cell.key} ${tag()}`
          // National content: where documents may belong to a group, it says "none".
          const national = f.groupDraft ? { group: null } : {}
          const answer = await create(cell, { ...contentData(slug, title), ...national })
          const stored = await adminFind(slug, 'title', title)
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect(stored).toHaveLength(0)
            return
          }
          expect(answer.ok).toBe(true)
          expect(
            stored.map((doc) => ({ status: doc._status, createdBy: String(doc.createdBy) })),
          ).toEqual([{ status: 'draft', createdBy: String(actorId) }])
          return
        }
        case 'update':
        case 'updatePublished':
        case 'updateGroup':
        case 'updateGroupPublished': {
          const target = targetOf(f.targets, cell)
          const live = cell.row.op === 'updatePublished' || cell.row.op === 'updateGroupPublished'
          const title = `${target.title} changed by ${cell.actor}`
          const answer = await update(cell, target.id, { title })
          const after = await adminDoc(slug, target.id, !live)
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect({ title: after.title, status: after._status }).toEqual({
              title: target.title,
              status: live ? 'published' : 'draft',
            })
            // Nor was a draft of the change kept behind the live version.
            if (live) expect((await adminDoc(slug, target.id, true)).title).toBe(target.title)
            return
          }
          expect(answer.ok).toBe(true)
          expect({ title: after.title, status: after._status }).toEqual({
            title,
            status: live ? 'published' : 'draft',
          })
          return
        }
        case 'publish':
        case 'unpublish':
        case 'publishGroup':
        case 'unpublishGroup': {
          const target = targetOf(f.targets, cell)
          const publishing = cell.row.op === 'publish' || cell.row.op === 'publishGroup'
          const answer = await update(cell, target.id, {
            _status: publishing ? 'published' : 'draft',
          })
          const after = await adminDoc(slug, target.id)
          const succeeded = cell.outcome === 'allowed'
          if (succeeded) expect(answer.ok).toBe(true)
          else expectRefused(answer, WRITE_REFUSED)
          // An author is told who can, not just "no".
          if (!succeeded && cell.actor === 'author')
            expect(answer.message).toMatch(/editor or admin/i)
          const nowPublished = succeeded === publishing
          expect({ status: after._status, title: after.title }).toEqual({
            status: nowPublished ? 'published' : 'draft',
            title: target.title,
          })
          expect(await anonymousStatus(slug, target.id)).toBe(nowPublished ? 200 : 404)
          return
        }
        case 'delete':
        case 'deletePublished':
        case 'deleteGroup': {
          const target = targetOf(f.targets, cell)
          return expectDeleted(cell, await remove(cell, target.id), slug, target.id)
        }
        default:
          throw new Error(`no proof for ${cell.name}`)
      }
    }

    /** Local groups: public when published; their coordinators keep the page; editors run them. */
    const proveGroups = async (cell: Cell) => {
      const g = fixtures.groups
      const { one } = cell.subject.graphql
      switch (cell.row.op) {
        case 'list': {
          const every = [g.london, g.yorkshire, g.londonDraft, g.yorkshireDraft, g.walesDraft]
          const ownDraft =
            cell.actor === 'coordinator'
              ? [g.londonDraft]
              : cell.actor === 'otherCoordinator'
                ? [g.yorkshireDraft]
                : []
          const visible =
            cell.outcome === 'all'
              ? every
              : cell.outcome === 'published+group'
                ? [g.london, g.yorkshire, ...ownDraft]
                : [g.london, g.yorkshire]
          return expectList(cell, await listIds(cell, every), visible)
        }
        case 'readGroupDraft':
          return expectReadById(cell, await readById(cell, g.londonDraft), g.londonDraft)
        case 'readCoordinators': {
          const answer = await read(cell, `/api/groups/${g.london}?depth=0`, {
            query: `{ ${one}(id: ${lit(g.london)}) { id coordinators { docs { id } } } }`,
            field: one,
          })
          expect(JSON.stringify(answer.body)).not.toContain(fixtures.users.coordinator.email)
          const coordinators = answer.body?.coordinators
          if (cell.outcome === 'denied') {
            // Left out over REST; over GraphQL the field is null, refused, or lists no one
            // (the preview key may read its own account, so Payload answers an empty join).
            if (answer.ok) expect(coordinators?.docs ?? []).toEqual([])
            else expectRefused(answer, READ_REFUSED)
            return
          }
          expect(answer.status).toBe(200)
          expect(coordinators).toEqual(expect.objectContaining({ docs: expect.any(Array) }))
          // Editors and admins see the coordinator's account itself; others only accounts they may read.
          if (cell.actor === 'editor' || cell.actor === 'admin') {
            const ids = coordinators.docs.map((doc: Id | { id: Id }) =>
              String(typeof doc === 'object' ? doc.id : doc),
            )
            expect(ids).toContain(String(fixtures.users.coordinator.id))
          }
          return
        }
        case 'create': {
          const name = `Group created ${cell.key} ${tag()}`
          const answer = await create(cell, groupData(name, 'london'))
          const stored = await adminFind('groups', 'name', name)
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect(stored).toHaveLength(0)
          } else {
            expect(answer.ok).toBe(true)
            expect(stored).toHaveLength(1)
          }
          return
        }
        case 'updateGroupPublished': {
          const target = targetOf(g.targets, cell)
          const summary = `Meets weekly (${cell.key})`
          const answer = await update(cell, target.id, { summary })
          const after = await adminDoc('groups', target.id)
          if (cell.outcome === 'denied') expectRefused(answer, WRITE_REFUSED)
          else expect(answer.ok).toBe(true)
          expect({ summary: after.summary, status: after._status }).toEqual({
            summary: cell.outcome === 'allowed' ? summary : null,
            status: 'published',
          })
          return
        }
        case 'publishGroup':
        case 'unpublishGroup': {
          const target = targetOf(g.targets, cell)
          const publishing = cell.row.op === 'publishGroup'
          const answer = await update(cell, target.id, {
            _status: publishing ? 'published' : 'draft',
          })
          const succeeded = cell.outcome === 'allowed'
          if (succeeded) expect(answer.ok).toBe(true)
          else expectRefused(answer, WRITE_REFUSED)
          const nowPublished = succeeded === publishing
          expect((await adminDoc('groups', target.id))._status).toBe(
            nowPublished ? 'published' : 'draft',
          )
          expect(await anonymousStatus('groups', target.id)).toBe(nowPublished ? 200 : 404)
          return
        }
        case 'delete': {
          const target = targetOf(g.targets, cell)
          return expectDeleted(cell, await remove(cell, target.id), 'groups', target.id)
        }
        default:
          throw new Error(`no proof for ${cell.name}`)
      }
    }

    /** Training requests: anyone sends one; only staff and the region's coordinators read them. */
    const proveTrainingRequests = async (cell: Cell) => {
      const r = fixtures.requests
      switch (cell.row.op) {
        case 'create': {
          const name = `Asker ${cell.key} ${tag()}`
          const answer = fromRest(
            await api().request('/api/training-requests', {
              body: requestBody(name),
              token: tokenOf(fixtures, cell.actor),
            }),
          )
          const stored = await adminFind('training-requests', 'name', name)
          if (cell.outcome === 'denied') {
            // The website's preview key only reads: a form sent with it is refused, with why.
            expectRefused(answer, WRITE_REFUSED)
            expect(answer.body?.errors?.[0]?.message).toMatch(/preview key only reads/)
            expect(stored).toHaveLength(0)
            return
          }
          expect({ status: answer.status, received: answer.body?.status }).toEqual({
            status: 201,
            received: 'received',
          })
          expect(stored.map((doc) => doc.id)).toEqual([answer.body.id])
          return
        }
        case 'list': {
          const every = [r.london, r.yorkshire, r.wales]
          const visible =
            cell.outcome === 'all'
              ? every
              : cell.actor === 'coordinator'
                ? [r.london]
                : cell.actor === 'otherCoordinator'
                  ? [r.yorkshire]
                  : []
          return expectList(cell, await listIds(cell, every), visible)
        }
        case 'readById':
          return expectReadById(cell, await readById(cell, r.london), r.london)
        case 'update': {
          const target = targetOf(r.targets, cell)
          const answer = await update(cell, target.id, { requestStatus: 'contacted' })
          const after = await adminDoc('training-requests', target.id)
          if (cell.outcome === 'denied') expectRefused(answer, WRITE_REFUSED)
          else expect(answer.ok).toBe(true)
          expect(after.requestStatus).toBe(cell.outcome === 'allowed' ? 'contacted' : 'new')
          return
        }
        case 'delete': {
          const target = targetOf(r.targets, cell)
          return expectDeleted(cell, await remove(cell, target.id), 'training-requests', target.id)
        }
        default:
          throw new Error(`no proof for ${cell.name}`)
      }
    }

    const groupIdsOf = (doc: { groups?: (Id | { id: Id })[] | null }) =>
      (doc.groups ?? []).map((group) => String(typeof group === 'object' ? group.id : group)).sort()

    const proveUsers = async (cell: Cell) => {
      const { users } = fixtures
      const staff = [users.author, users.otherAuthor, users.editor, users.admin]
      switch (cell.row.op) {
        case 'list': {
          const answer = await listIds(
            cell,
            staff.map((user) => user.id),
          )
          // Only the accounts listed can come back: a coordinator's own is not among them.
          const self = staff.filter(
            (user) => cell.actor !== 'anonymous' && user === users[cell.actor],
          )
          return expectList(
            cell,
            answer,
            (cell.outcome === 'all' ? staff : self).map((user) => user.id),
          )
        }
        case 'readById':
          return expectReadById(cell, await readById(cell, users.author.id), users.author.id)
        case 'create': {
          const email = `created-${cell.key}-${tag()}@example.org`
          const answer = await create(cell, {
            email,
            password: `Pw-${tag()}-${tag()}`,
            name: 'New Person',
            role: 'author',
          })
          const stored = await adminFind('users', 'email', email)
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect(stored).toHaveLength(0)
          } else {
            expect(answer.ok).toBe(true)
            expect(stored.map((user) => user.role)).toEqual(['author'])
          }
          return
        }
        case 'update': {
          const before = await adminDoc('users', users.author.id)
          const name = `Ada Author (${cell.key})`
          const answer = await update(cell, users.author.id, { name })
          const after = await adminDoc('users', users.author.id)
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect(after.name).toBe(before.name)
          } else {
            expect(answer.ok).toBe(true)
            expect(after.name).toBe(name)
          }
          expect(after.role).toBe('author')
          return
        }
        case 'changeRole':
        case 'changeOwnRole': {
          const own = cell.row.op === 'changeOwnRole'
          const targetId = own
            ? users[cell.actor as Exclude<typeof cell.actor, 'anonymous'>].id
            : targetOf(fixtures.spareAccounts, cell).id
          const before = (await adminDoc('users', targetId)).role as string
          const role = before === 'admin' ? 'editor' : before === 'editor' ? 'admin' : 'editor'
          const answer = await update(cell, targetId, { role })
          const after = (await adminDoc('users', targetId)).role
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            if (own) expect(answer.message).toMatch(/own/i)
            expect(after).toBe(before)
          } else {
            expect(answer.ok).toBe(true)
            expect(after).toBe(role)
          }
          return
        }
        case 'delete': {
          const target = targetOf(fixtures.spareAccounts, cell)
          return expectDeleted(cell, await remove(cell, target.id), 'users', target.id)
        }
        case 'listCoordinators': {
          const coordinators = [users.coordinator.id, users.otherCoordinator.id]
          const self =
            cell.actor === 'coordinator' || cell.actor === 'otherCoordinator'
              ? [users[cell.actor].id]
              : []
          return expectList(
            cell,
            await listIds(cell, coordinators),
            cell.outcome === 'all' ? coordinators : self,
          )
        }
        case 'readCoordinator':
          return expectReadById(
            cell,
            await readById(cell, users.coordinator.id),
            users.coordinator.id,
          )
        case 'setGroups':
        case 'setOwnGroups': {
          const own = cell.row.op === 'setOwnGroups'
          const targetId = own
            ? users[cell.actor as Exclude<typeof cell.actor, 'anonymous'>].id
            : targetOf(fixtures.spareAccounts, cell).id
          const before = groupIdsOf(await adminDoc('users', targetId))
          const groups = [fixtures.groups.yorkshire]
          const answer = await update(cell, targetId, { groups })
          const after = groupIdsOf(await adminDoc('users', targetId))
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect(after).toEqual(before)
          } else {
            expect(answer.ok).toBe(true)
            expect(after).toEqual(groups.map(String))
          }
          return
        }
        case 'renameCoordinator': {
          const target = targetOf(fixtures.spareAccounts, cell)
          const name = `Renamed by ${cell.key}`
          const answer = await update(cell, target.id, { name })
          const after = await adminDoc('users', target.id)
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            if (cell.actor === 'editor') expect(answer.message).toMatch(/only change which groups/i)
            expect(after.name).toBe(`Spare ${cell.key}`)
          } else {
            expect(answer.ok).toBe(true)
            expect(after.name).toBe(name)
          }
          return
        }
        default:
          throw new Error(`no proof for ${cell.name}`)
      }
    }

    const proveDonations = async (cell: Cell) => {
      const d = fixtures.donations
      switch (cell.row.op) {
        case 'list':
          return expectList(cell, await listIds(cell, [d.donation]), [d.donation])
        case 'readById':
          return expectReadById(cell, await readById(cell, d.donation, 'id amount'), d.donation)
        case 'readDonorDetails': {
          const answer = await readById(cell, d.donation, 'id donorName externalId')
          if (cell.outcome === 'allowed') {
            expect(answer.status).toBe(200)
            expect(answer.body.donorName).toBe(d.donorName)
            expect(answer.body.externalId).toEqual(expect.any(String))
          } else if (answer.ok) {
            // Allowed to see the money (editors), never the people.
            expect({
              donorName: answer.body.donorName ?? null,
              externalId: answer.body.externalId ?? null,
            }).toEqual({
              donorName: null,
              externalId: null,
            })
          } else {
            expectRefused(answer, READ_REFUSED)
          }
          return
        }
        case 'create': {
          const externalId = `matrix-${cell.key}-${tag()}`
          const answer = await create(cell, {
            appeal: d.appeal,
            amount: 1000,
            currency: 'GBP',
            source: 'manual',
            receivedAt: new Date().toISOString(),
            externalId,
            donorName: 'Matrix Donor',
          })
          const stored = await adminFind('donations', 'externalId', externalId)
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect(stored).toHaveLength(0)
          } else {
            expect(answer.ok).toBe(true)
            expect(stored).toHaveLength(1)
          }
          return
        }
        case 'update': {
          const target = targetOf(d.targets, cell)
          const answer = await update(cell, target.id, { giftAid: true })
          const after = await adminDoc('donations', target.id)
          if (cell.outcome === 'denied') expectRefused(answer, WRITE_REFUSED)
          else expect(answer.ok).toBe(true)
          expect(after.giftAid).toBe(cell.outcome === 'allowed')
          return
        }
        case 'delete': {
          const target = targetOf(d.targets, cell)
          return expectDeleted(cell, await remove(cell, target.id), 'donations', target.id)
        }
        default:
          throw new Error(`no proof for ${cell.name}`)
      }
    }

    /** Categories, media and redirects: public to read, staff to write. */
    const proveLibrary = async (cell: Cell) => {
      const { slug, kind } = cell.subject
      const media = kind === 'media'
      const redirects = kind === 'redirects'
      const library = media ? fixtures.media : redirects ? fixtures.redirects : fixtures.categories
      // The field each one is found and changed by: a redirect's is its old path.
      const label = media ? 'alt' : redirects ? 'from' : 'title'
      switch (cell.row.op) {
        case 'list':
          return expectList(cell, await listIds(cell, [library.fixture]), [library.fixture])
        case 'readById':
          return expectReadById(cell, await readById(cell, library.fixture), library.fixture)
        case 'create': {
          const value = redirects
            ? `/matrix/created-${cell.key}-${tag()}`
            : `${slug} created ${cell.key} ${tag()}`
          const answer = media
            ? fromRest(await uploadImage(backend, value, tokenOf(fixtures, cell.actor)))
            : await create(cell, redirects ? redirectData(value) : { title: value })
          const stored = await adminFind(slug, label, value)
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect(stored).toHaveLength(0)
          } else {
            expect(answer.ok).toBe(true)
            expect(stored).toHaveLength(1)
          }
          return
        }
        case 'update': {
          const target = targetOf(library.targets, cell)
          const value = `${target.title}${redirects ? '-' : ' '}renamed`
          const answer = await update(cell, target.id, { [label]: value })
          const after = await adminDoc(slug, target.id)
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect(after[label]).toBe(target.title)
          } else {
            expect(answer.ok).toBe(true)
            expect(after[label]).toBe(value)
          }
          return
        }
        case 'delete': {
          const target = targetOf(library.targets, cell)
          return expectDeleted(cell, await remove(cell, target.id), slug, target.id)
        }
        default:
          throw new Error(`no proof for ${cell.name}`)
      }
    }

    const proveGlobal = async (cell: Cell) => {
      const { slug } = cell.subject
      const { one } = cell.subject.graphql
      const settings = slug === 'site-settings'
      const readValue = async () => {
        const { body } = await asAdmin(`/api/globals/${slug}?depth=0`)
        return settings ? body.organisationName : (body.header?.[0]?.link?.label ?? null)
      }
      switch (cell.row.op) {
        case 'read': {
          const answer = await read(cell, `/api/globals/${slug}?depth=0`, {
            query: settings ? `{ ${one} { organisationName } }` : `{ ${one} { header { id } } }`,
            field: one,
          })
          expect({ ok: answer.ok, status: answer.status }).toEqual({ ok: true, status: 200 })
          return
        }
        case 'update': {
          const before = await readValue()
          const value = `${slug} by ${cell.actor} over ${cell.transport} ${tag()}`
          const data = settings
            ? { organisationName: value }
            : { header: [{ link: { label: value, type: 'custom', url: '/about' } }] }
          const answer = await write(
            cell,
            { route: `/api/globals/${slug}`, method: 'POST', body: data },
            {
              query: `mutation ($data: mutation${one}Input!) { update${one}(data: $data) { updatedAt } }`,
              field: `update${one}`,
              variables: { data },
            },
          )
          const after = await readValue()
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect(after).toBe(before)
          } else {
            expect(answer.ok).toBe(true)
            expect(after).toBe(value)
          }
          return
        }
        default:
          throw new Error(`no proof for ${cell.name}`)
      }
    }

    /** Webhook endpoints (admins only) and the delivery log (admins read and delete; only the system writes). */
    const proveWebhooks = async (cell: Cell) => {
      const { slug } = cell.subject
      const endpoints = cell.subject.kind === 'webhookEndpoints'
      const library = endpoints ? fixtures.webhookEndpoints : fixtures.webhookDeliveries
      const label = endpoints ? 'description' : 'error'
      switch (cell.row.op) {
        case 'list':
          return expectList(cell, await listIds(cell, [library.fixture]), [library.fixture])
        case 'readById':
          return expectReadById(cell, await readById(cell, library.fixture), library.fixture)
        case 'create': {
          const value = `${slug} created ${cell.key} ${tag()}`
          const rest = endpoints
            ? {
                url: 'http://127.0.0.1:9/created',
                events: ['posts.deleted'],
                active: false,
                description: value,
              }
            : {
                event: 'posts.published',
                subject: value,
                messageId: 'msg_matrix',
                status: 'succeeded',
              }
          const data =
            cell.transport === 'GraphQL' && endpoints
              ? { ...rest, events: ['posts_deleted'] }
              : rest
          const answer = await create(cell, data)
          const stored = await adminFind(slug, endpoints ? 'description' : 'subject', value)
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect(stored).toHaveLength(0)
          } else {
            expect(answer.ok).toBe(true)
            expect(stored).toHaveLength(1)
          }
          return
        }
        case 'update': {
          const target = targetOf(library.targets, cell)
          const before = (await adminDoc(slug, target.id))[label]
          const value = `changed by ${cell.key} ${tag()}`
          const answer = await update(cell, target.id, { [label]: value })
          const after = (await adminDoc(slug, target.id))[label]
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect(after).toBe(before)
          } else {
            expect(answer.ok).toBe(true)
            expect(after).toBe(value)
          }
          return
        }
        case 'delete': {
          const target = targetOf(library.targets, cell)
          return expectDeleted(cell, await remove(cell, target.id), slug, target.id)
        }
        default:
          throw new Error(`no proof for ${cell.name}`)
      }
    }

    const proveAdminRecords = async (cell: Cell) => {
      const { slug } = cell.subject
      const declarations = cell.subject.kind === 'giftAidDeclarations'
      const records = declarations ? fixtures.giftAidDeclarations : fixtures.privacyAuditLog
      switch (cell.row.op) {
        case 'list':
          return expectList(cell, await listIds(cell, [records.fixture]), [records.fixture])
        case 'readById':
          return expectReadById(cell, await readById(cell, records.fixture), records.fixture)
        case 'create': {
          // Short: a declarant's last name has at most 35 characters.
          const value = `Created ${tag()}${tag()}`
          const data = declarations
            ? declarationData(value)
            : { action: 'export', via: 'api', subjectHash: value }
          const answer = await create(cell, data)
          const stored = await adminFind(slug, declarations ? 'lastName' : 'subjectHash', value)
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect(stored).toHaveLength(0)
          } else {
            expect(answer.ok).toBe(true)
            expect(stored).toHaveLength(1)
          }
          return
        }
        case 'update': {
          const target = targetOf(records.targets, cell)
          const [field, value] = declarations
            ? ['cancellationReason', `Cancelled by ${cell.key} ${tag()}`]
            : ['actor', `changed by ${cell.key} ${tag()}`]
          const before = (await adminDoc(slug, target.id))[field]
          const answer = await update(cell, target.id, { [field]: value })
          const after = (await adminDoc(slug, target.id))[field]
          if (cell.outcome === 'denied') {
            expectRefused(answer, WRITE_REFUSED)
            expect(after).toBe(before)
          } else {
            expect(answer.ok).toBe(true)
            expect(after).toBe(value)
          }
          return
        }
        case 'delete': {
          const target = targetOf(records.targets, cell)
          return expectDeleted(cell, await remove(cell, target.id), slug, target.id)
        }
        default:
          throw new Error(`no proof for ${cell.name}`)
      }
    }

    const prove = (cell: Cell): Promise<void> => {
      switch (cell.subject.kind) {
        case 'content':
          return proveContent(cell)
        case 'users':
          return proveUsers(cell)
        case 'donations':
          return proveDonations(cell)
        case 'categories':
        case 'media':
        case 'redirects':
          return proveLibrary(cell)
        case 'global':
          return proveGlobal(cell)
        case 'webhookEndpoints':
        case 'webhookDeliveries':
          return proveWebhooks(cell)
        case 'groups':
          return proveGroups(cell)
        case 'trainingRequests':
          return proveTrainingRequests(cell)
        case 'giftAidDeclarations':
        case 'privacyAuditLog':
          return proveAdminRecords(cell)
      }
    }

    for (const subject of ACCESS_TABLE) {
      describe(subject.slug, () => {
        it.each(cellsOf(subject).map((cell) => [cell.name, cell] as const))(
          '%s',
          async (_name, cell) => {
            await prove(cell)
          },
        )
      })
    }
  },
  { env: { WEBHOOKS_ALLOW_PRIVATE: 'true' } },
)
