import type { TestBackend, TestUser } from '../helpers/harness.ts'
import type { FuzzRequest, Role, Routes } from './generators.ts'

import fc from 'fast-check'

import { sign, WEBHOOK_SECRET } from '../helpers/donations.ts'
import { bootBackend, describeEachBooted } from '../helpers/harness.ts'
import { runToExit, spawnScript } from '../helpers/server.ts'
import { snapshotDatabase, snapshotDifferences } from '../helpers/snapshot.ts'
import {
  createRequest,
  graphqlRequest,
  longListRequest,
  restRequest,
  searchRequest,
  webhookRequest,
  whereRequest,
} from './generators.ts'

/**
 * The fuzz suite: at least FUZZ_RUNS (default 1,000) generated bad requests
 * per database, from a fixed FUZZ_SEED, across every route the running
 * configuration serves (discovered, not listed), GraphQL, the donations
 * webhook and uploads, as anonymous, author, editor and admin. No request
 * may get a 5xx; every 4xx says what was wrong; the database is the same
 * after as before.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201)
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000)
const CONCURRENCY = 4

/** Routes that succeed with any body by design (a person's own preferences, ending a session): sent anonymously only. */
const ANONYMOUS_ONLY = /\/(logout|refresh-token)$|^\/api\/payload-preferences(\/|$)/
/** Restoring a version takes no body: a POST to one by staff is a good request, whatever it carries. */
const RESTORES_VERSION = /\/versions\/[^/]+$/

const discoverRoutes = async (): Promise<Routes> => {
  const result = await runToExit(
    spawnScript('test/fuzz/routes.ts', [], {}),
    'route discovery',
    120_000,
  )
  const line = result.stdout.split('\n').find((text) => text.startsWith('ROUTES '))
  if (!line) throw new Error(`route discovery printed nothing:\n${result.stdout}\n${result.stderr}`)
  return JSON.parse(line.slice('ROUTES '.length)) as Routes
}

type Fuzzed = TestBackend & { routes: Routes; users: Record<Exclude<Role, 'anonymous'>, TestUser> }

const boot = async (adapter: Parameters<typeof bootBackend>[0]): Promise<Fuzzed> => {
  const [backend, routes] = await Promise.all([
    bootBackend(adapter, {
      env: {
        DONATIONS_WEBHOOK_SECRET: WEBHOOK_SECRET,
        // The fuzz suite is one address sending a thousand requests; the limits have their own suite.
        RATE_LIMITS: 'off',
      },
    }),
    discoverRoutes(),
  ])
  const author = await backend.createUser('author')
  const editor = await backend.createUser('editor')
  // Content for bulk updates and deletes to (wrongly) aim at.
  for (const title of ['Fuzz target one', 'Fuzz target two']) {
    const created = await backend.api.request('/api/posts', {
      body: { title, slug: title.toLowerCase().replaceAll(' ', '-'), _status: 'published' },
      token: editor.token,
    })
    if (created.status !== 201)
      throw new Error(`seeding a post failed: ${JSON.stringify(created.body)}`)
  }
  return { ...backend, routes, users: { admin: backend.admin, author, editor } }
}

/** The server's logged errors with their first lines of detail (the stack's top), at most 20. */
const serverErrors = (log: string): string => {
  const lines = log.split('\n')
  // Payload logs refusals (4xx) as errors too; those are the ones the fuzz wants.
  const refusal =
    /"type": "(APIError|QueryError|ValidationError|Forbidden|NotFound|UnauthorizedError)"|^\s*(Forbidden|NotFound|ValidationError): /m
  const found = lines.flatMap((line, i) => {
    const block = lines.slice(i, i + 14).join('\n')
    return /ERROR/.test(line) && !refusal.test(block) ? [block] : []
  })
  return `the server logged ${found.length} errors that were not refusals; the first ${Math.min(found.length, 20)}:\n${found.slice(0, 20).join('\n---\n')}`
}

type Outcome = { request: FuzzRequest; status: number; text: string }

const send = async (backend: Fuzzed, request: FuzzRequest): Promise<Outcome> => {
  const headers: Record<string, string> = { ...request.headers }
  if (request.role !== 'anonymous')
    headers.authorization = `JWT ${backend.users[request.role].token}`
  const attempt = () =>
    fetch(backend.url + request.path, {
      method: request.method,
      headers,
      body: request.body as BodyInit | undefined,
      redirect: 'manual',
    })
  let response: Response
  try {
    // A pooled keep-alive socket the server has just closed (after refusing an earlier request
    // before reading its body) fails the next request sent on it: one retry, as HTTP clients do.
    response = await attempt().catch(attempt)
  } catch (error) {
    // A server refusing an oversized body may answer 413 and close before the client has sent it all;
    // that is only fine if the server is still up, which the next request proves.
    const live = await fetch(`${backend.url}/api/health/live`).then(
      (r) => r.ok,
      () => false,
    )
    const oversized = (request.body?.length ?? 0) > 20 * 1024 * 1024
    if (live && oversized)
      return { request, status: 413, text: '{"errors":[{"message":"closed early"}]}' }
    return {
      request,
      status: live ? 599 : 598,
      text: `connection failed (${String(error)} ${String((error as { cause?: unknown }).cause)}); server ${live ? 'up' : 'DOWN'}`,
    }
  }
  return { request, status: response.status, text: await response.text() }
}

const problemWith = ({ status, text }: Outcome): null | string => {
  if (status >= 500) return `answered ${status}`
  if (status < 400) return null
  // Node's own HTTP server answers 408 with no body when a request's bytes arrive too slowly (seen only
  // on a machine loaded far past its cores): that is before our code, so it cannot carry a message.
  if (status === 408 && text === '') return null
  // Node's own answer, likewise before our code, to a request line past its 16 KB header limit
  // (the long-list property's lists of thousands of values); lists that fit get our 400.
  if (status === 431 && text === '') return null
  try {
    const message = (JSON.parse(text) as { errors?: { message?: unknown }[] }).errors?.[0]?.message
    if (typeof message === 'string' && message.trim().length > 3) return null
  } catch {
    // Falls through: a 4xx that is not JSON names nothing.
  }
  return `answered ${status} without errors[0].message`
}

describeEachBooted(
  'fuzzing every route with bad requests',
  boot,
  (backend) => {
    it(
      `answers ${RUNS} generated bad requests (seed ${SEED}) with no 5xx, a message for every 4xx, and changes nothing`,
      async () => {
        const schema = await backend.api.graphql(
          '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
          undefined,
          backend.admin.token,
        )
        const queryFields = (schema.data?.__schema.queryType.fields ?? []).map(
          (f: { name: string }) => f.name,
        )
        const mutationFields = (schema.data?.__schema.mutationType?.fields ?? []).map(
          (f: { name: string }) => f.name,
        )
        expect(queryFields.length).toBeGreaterThan(10)

        const role = fc.constantFrom<Role>('anonymous', 'author', 'editor', 'admin')
        const request = fc
          .tuple(
            role,
            fc.oneof(
              { weight: 10, arbitrary: restRequest(backend.routes) },
              { weight: 3, arbitrary: graphqlRequest(queryFields, mutationFields) },
              { weight: 1, arbitrary: webhookRequest((body) => sign(body)) },
              { weight: 1, arbitrary: searchRequest() },
              // The wider properties: every collection with operator values of every JSON type,
              // long lists, and creates with a missing or mistyped body.
              { weight: 4, arbitrary: whereRequest(backend.routes) },
              { weight: 1, arbitrary: longListRequest(backend.routes) },
              { weight: 2, arbitrary: createRequest(backend.routes) },
            ),
          )
          .map(([who, r]): FuzzRequest => ({
            ...r,
            role:
              ANONYMOUS_ONLY.test(r.path.split('?')[0]) ||
              (r.method === 'POST' && RESTORES_VERSION.test(r.path.split('?')[0]))
                ? 'anonymous'
                : who,
          }))

        // The job queue's own bookkeeping moves with the clock (cron runs), not with requests.
        const ignore = (table: string) => /^payload_(kv|jobs)/.test(table)
        const before = await snapshotDatabase(backend.database, ignore)
        const problems: string[] = []
        // A 201 means a bad request created something: the generator or the server is wrong.
        const written: string[] = []
        const statuses = new Map<number, number>()
        // Sampled in batches so an oversized upload lives only as long as its request.
        const BATCH = 40
        for (let done = 0; done < RUNS; done += BATCH) {
          const batch = fc.sample(request, {
            seed: SEED + done,
            numRuns: Math.min(BATCH, RUNS - done),
          })
          for (let i = 0; i < batch.length; i += CONCURRENCY) {
            const outcomes = await Promise.all(
              batch.slice(i, i + CONCURRENCY).map((r) => send(backend, r)),
            )
            for (const outcome of outcomes) {
              statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1)
              if (outcome.status === 201)
                written.push(
                  `${outcome.request.role} ${outcome.request.method} ${outcome.request.path.slice(0, 120)} (${outcome.request.kind}): ${outcome.text.slice(0, 300)}`,
                )
              const problem = problemWith(outcome)
              if (problem)
                problems.push(
                  `${outcome.request.role} ${outcome.request.method} ${outcome.request.path.slice(0, 160)} (${outcome.request.kind}) ${problem}: ${outcome.text.slice(0, 200)}`,
                )
            }
          }
        }
        const after = await snapshotDatabase(backend.database, ignore)
        console.info(
          `fuzz [${backend.adapter}]: ${RUNS} requests, seed ${SEED}; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
        )
        // A 5xx's cause is in the server's log, not in the answer: show it beside the failure.
        if (problems.length) console.error(serverErrors(backend.server.output()))
        expect({
          problems: problems.slice(0, 25),
          changed: snapshotDifferences(before, after),
          written,
        }).toEqual({ problems: [], changed: [], written: [] })
        expect(after).toEqual(before)
      },
      15 * 60_000,
    )
  },
  240_000,
)
