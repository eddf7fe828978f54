import { describeForEachAdapter } from './helpers/harness.ts'
import { SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD } from './helpers/seed.ts'
import {
  expectOneOfEachPicture,
  expectSampleOnce,
  expectSuccess,
  inWorkspace,
  SAMPLE_FILES,
  seededTemplate,
  type Workspace,
} from './helpers/seedWorkspace.ts'

/**
 * The seed in the situations a developer meets besides a plain second run
 * (test/seed.test.ts): a deleted database with the media folder kept,
 * `--reset`, and two seeds at once. A seed while the server runs is
 * test/seed-while-serving.test.ts (a file of its own, so the two share the run's workers).
 */

describeForEachAdapter('the seed, safe in every situation a developer meets', (adapter) => {
  const template = seededTemplate(adapter)
  afterAll(() => template.cleanUp(), 60_000)

  it(
    'after the database is deleted and the media folder kept, seeds one document and one file per sample picture, and a second run changes nothing',
    () =>
      inWorkspace(adapter, async (ws) => {
        await ws.seededFrom(await template.get())
        const firstFiles = ws.files()
        expect(firstFiles.length).toBeGreaterThan(SAMPLE_FILES.length)

        await ws.newDatabase()
        const afresh = await ws.seed()
        expectSuccess(afresh)
        expect(afresh.stdout).toMatch(/media\s+6 created\s+0 already there/)
        const again = await ws.seed()
        expectSuccess(again)
        expect(again.stdout).toMatch(/already complete, nothing changed/)

        // The same names as the first database's run: nothing renamed, nothing added.
        expect(ws.files()).toEqual(firstFiles)
        const { api } = await ws.server()
        await expectOneOfEachPicture(api, ws.files())
      }),
    600_000,
  )

  it(
    'with --reset removes the files it owned: none is left without a document, even after the database was deleted',
    () =>
      inWorkspace(adapter, async (ws) => {
        await ws.seededFrom(await template.get())
        const firstFiles = ws.files()
        expectSuccess(await ws.seed(['--reset']), 'seed --reset')
        expect(ws.files()).toEqual(firstFiles)

        // A reset on a new database, with the old database's files still in the folder.
        await ws.newDatabase()
        expectSuccess(await ws.seed(['--reset']), 'seed --reset on a new database')
        expect(ws.files()).toEqual(firstFiles)
        const { api } = await ws.server()
        await expectOneOfEachPicture(api, ws.files())
      }),
    600_000,
  )

  /** Two `npm run seed` at once, and what they made: no duplicates, the appeals equal to the ledger. */
  const expectTwoSeedsAgree = async (ws: Workspace) => {
    const [first, second] = await Promise.all([ws.seed(), ws.seed()])
    expectSuccess(first, 'the first seed')
    expectSuccess(second, 'the second seed')
    // The one that waited found the other's work complete.
    const outputs = [first.stdout, second.stdout]
    expect(
      outputs.filter((out) => /Another seed is running on this database; waiting/.test(out)),
    ).toHaveLength(1)
    expect(outputs.filter((out) => /already complete, nothing changed/.test(out))).toHaveLength(1)

    const { api } = await ws.server()
    const token = await api.login(SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD)
    await expectSampleOnce(api, token)
    await expectOneOfEachPicture(api, ws.files())
    const appeals = (await api.request('/api/donation-appeals?limit=100&depth=0', { token })).body
      .docs as { id: number | string; raisedAmount: number; donationCount: number }[]
    const donations = (await api.request('/api/donations?limit=1000&depth=0', { token })).body
      .docs as { appeal: number | string; amount: number }[]
    for (const appeal of appeals) {
      const own = donations.filter((gift) => String(gift.appeal) === String(appeal.id))
      expect({ raised: appeal.raisedAmount, count: appeal.donationCount }).toEqual({
        raised: own.reduce((sum, gift) => sum + gift.amount, 0),
        count: own.length,
      })
    }
  }

  it(
    'with two `npm run seed` started together on a new database: both exit 0, one waits for the other, nothing is made twice and the appeal totals equal the ledger',
    () => inWorkspace(adapter, expectTwoSeedsAgree),
    600_000,
  )

  it(
    'with two `npm run seed` started together on a database the server has already set up: the same',
    () =>
      inWorkspace(adapter, async (ws) => {
        // The schema exists and no account does: the seeds race only each other.
        const { server } = await ws.server()
        await server.stop()
        await expectTwoSeedsAgree(ws)
      }),
    600_000,
  )
})
