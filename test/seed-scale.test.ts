import { describeEachSeededAdapter } from './helpers/seed.ts'

const SCALE = 500
const SEED = 42

/** The sample itself: 6 posts, 7 events (two of them groups' meetings), 2 appeals (see test/seed.test.ts). */
const SAMPLE = { posts: 6, events: 7, 'donation-appeals': 2 }

describeEachSeededAdapter(
  `npm run seed -- --scale ${SCALE} --seed ${SEED}`,
  (backend) => {
    let token: string
    beforeAll(async () => {
      token = await backend.adminToken()
      // Shown in the test output so the cost of this suite stays visible.
      console.log(
        `[${backend.adapter}] seed --scale ${SCALE}: ${backend.firstRun.seconds.toFixed(1)} s in all; ${/Bulk: .*/.exec(backend.firstRun.stdout)?.[0]}`,
      )
    })

    const totals = async () => {
      const counts: Record<string, number> = {}
      for (const collection of Object.keys(SAMPLE)) {
        const { body } = await backend.api.request(`/api/${collection}?limit=0`, { token })
        counts[collection] = body.totalDocs
      }
      return counts
    }

    it(`adds ${SCALE} posts, ${SCALE} events and ${SCALE} appeals to the sample, and reports the rate`, async () => {
      expect(await totals()).toEqual({
        posts: SAMPLE.posts + SCALE,
        events: SAMPLE.events + SCALE,
        'donation-appeals': SAMPLE['donation-appeals'] + SCALE,
      })
      expect(backend.firstRun.stdout).toMatch(
        new RegExp(
          `Bulk: ${SCALE * 3} documents created, 0 already there, in [\\d.]+ s \\([\\d.]+ documents per second\\)`,
        ),
      )
    })

    it('mixes drafts in with published documents, and the public sees only the published ones', async () => {
      for (const collection of Object.keys(SAMPLE)) {
        const drafts = await backend.api.request(
          `/api/${collection}?limit=0&where[_status][equals]=draft`,
          { token },
        )
        const published = await backend.api.request(
          `/api/${collection}?limit=0&where[_status][equals]=published`,
          { token },
        )
        expect(drafts.body.totalDocs).toBeGreaterThan(SCALE * 0.05)
        expect(published.body.totalDocs).toBeGreaterThan(SCALE * 0.7)
        // Generated posts are all dated in the past, so none is held back as scheduled.
        const anonymous = await backend.api.request(`/api/${collection}?limit=0`)
        expect({ collection, visible: anonymous.body.totalDocs }).toEqual({
          collection,
          visible: published.body.totalDocs,
        })
      }
    })

    it('is deterministic: the same --scale and --seed again find every document already there', async () => {
      const before = await totals()
      const again = await backend.seed(['--scale', String(SCALE), '--seed', String(SEED)])
      expect(again.code).toBe(0)
      expect(again.stdout).toMatch(
        new RegExp(`Bulk: 0 documents created, ${SCALE * 3} already there`),
      )
      expect(await totals()).toEqual(before)
      // A whole seed process that looks up 1,500 documents, on a busy machine.
    }, 180_000)
  },
  { args: ['--scale', String(SCALE), '--seed', String(SEED)] },
)
