import { shortcutQuery, shortcutsFor } from '../src/components/ListShortcuts/shortcuts.ts'
/**
 * What the editors' admin relies on, through the real server: appeals'
 * `progressPercent` is stored (so lists sort by it through an index) and
 * kept by donations and by a new target, including on the admin's draft
 * list; the list shortcuts' filters return what they say; and public
 * content cannot be published with an image that has no alt text.
 */
import { createDoc, fromNow, DAY, unique, updateDoc, uploadImage } from './helpers/content.ts'
import { deliver, externalId, WEBHOOK_SECRET } from './helpers/donations.ts'
import { describeEachAdapter } from './helpers/harness.ts'

describeEachAdapter(
  "editors' admin",
  (backend) => {
    const asAdmin = (path: string) => backend.api.request(path, { token: backend.admin.token })
    const tag = unique('lists')
    const newAppeal = (extra: Record<string, unknown> = {}) =>
      createDoc(backend, 'donation-appeals', {
        title: `${tag} ${unique('appeal')}`,
        currency: 'GBP',
        targetAmount: 10_000,
        _status: 'published',
        ...extra,
      })
    const give = async (appeal: number | string, amount: number) => {
      const response = await deliver(backend, {
        externalId: externalId(),
        appeal,
        amount,
        currency: 'GBP',
      })
      expect(response.status).toBe(201)
    }
    const titlesOf = (body: { docs: { title: string }[] }) => body.docs.map((doc) => doc.title)

    describe('stored appeal progress', () => {
      it('moves with every donation and with a new target, on the published appeal and on the admin list', async () => {
        const appeal = await newAppeal()
        expect(appeal.progressPercent).toBe(0)
        await give(appeal.id, 2_500)
        await give(appeal.id, 499)
        const read = async (query = '') =>
          (await asAdmin(`/api/donation-appeals/${appeal.id}?depth=0${query}`)).body
        expect((await read()).progressPercent).toBe(29)
        expect((await read('&draft=true')).progressPercent).toBe(29)

        await updateDoc(backend, 'donation-appeals', appeal.id, { targetAmount: 5_000 })
        expect((await read()).progressPercent).toBe(59)
        expect((await read('&draft=true')).progressPercent).toBe(59)
      })

      it('cannot be written by an API client', async () => {
        const appeal = await newAppeal()
        const response = await backend.api.request(`/api/donation-appeals/${appeal.id}`, {
          method: 'PATCH',
          token: backend.admin.token,
          body: { progressPercent: 99 },
        })
        expect(response.status).toBe(200)
        expect(response.body.doc.progressPercent).toBe(0)
      })

      it('sorts the public list and the admin (draft) list by progress', async () => {
        const sorted = unique('sorted')
        const low = await newAppeal({ title: `${sorted} low` })
        const high = await newAppeal({ title: `${sorted} high` })
        const middle = await newAppeal({ title: `${sorted} middle` })
        await give(low.id, 1_000)
        await give(high.id, 9_000)
        await give(middle.id, 5_000)
        const where = `where[title][like]=${encodeURIComponent(sorted)}`
        const expected = [`${sorted} high`, `${sorted} middle`, `${sorted} low`]
        const published = await backend.api.request(
          `/api/donation-appeals?${where}&sort=-progressPercent&depth=0`,
        )
        expect(titlesOf(published.body)).toEqual(expected)
        const adminList = await asAdmin(
          `/api/donation-appeals?${where}&sort=-progressPercent&depth=0&draft=true`,
        )
        expect(titlesOf(adminList.body)).toEqual(expected)
      })
    })

    describe('list shortcuts', () => {
      const listed = async (collection: string, set: 'appeals' | 'events', label: string) => {
        const shortcut = shortcutsFor(set, new Date().toISOString()).find(
          (each) => each.label === label,
        )
        if (!shortcut) throw new Error(`no shortcut ${label}`)
        const query = shortcutQuery(shortcut).slice(1)
        const response = await asAdmin(`/api/${collection}?${query}&draft=true&depth=0&limit=100`)
        expect(response.status).toBe(200)
        return titlesOf(response.body)
      }

      it('"Open now", "Not open yet" and "Closed" split appeals by their window, as isOpen does', async () => {
        const open = await newAppeal({ closesAt: fromNow(DAY) })
        const noDates = await newAppeal()
        const future = await newAppeal({ opensAt: fromNow(DAY) })
        const closed = await newAppeal({ opensAt: fromNow(-2 * DAY), closesAt: fromNow(-DAY) })
        const draft = await newAppeal({ _status: 'draft' })

        const openNow = await listed('donation-appeals', 'appeals', 'Open now')
        expect(openNow).toEqual(expect.arrayContaining([open.title, noDates.title]))
        for (const shut of [future, closed, draft]) expect(openNow).not.toContain(shut.title)
        for (const appeal of [open, noDates, future, closed]) {
          const { body } = await asAdmin(`/api/donation-appeals/${appeal.id}?depth=0`)
          expect(openNow.includes(appeal.title)).toBe(body.isOpen)
        }
        expect(await listed('donation-appeals', 'appeals', 'Not open yet')).toContain(future.title)
        const closedList = await listed('donation-appeals', 'appeals', 'Closed')
        expect(closedList).toContain(closed.title)
        expect(closedList).not.toContain(open.title)
      })

      it('"Upcoming" lists events soonest first and "Past" the latest first', async () => {
        const event = (title: string, startsIn: number) =>
          createDoc(backend, 'events', {
            title: `${tag} ${title}`,
            startsAt: fromNow(startsIn),
            endsAt: fromNow(startsIn + DAY / 12),
            _status: 'published',
          })
        const soon = await event('soon', DAY)
        const later = await event('later', 3 * DAY)
        const lastWeek = await event('last week', -7 * DAY)
        const yesterday = await event('yesterday', -DAY)
        const mine = (titles: string[]) => titles.filter((title) => title.startsWith(tag))
        expect(mine(await listed('events', 'events', 'Upcoming'))).toEqual([
          soon.title,
          later.title,
        ])
        expect(mine(await listed('events', 'events', 'Past'))).toEqual([
          yesterday.title,
          lastWeek.title,
        ])
      })
    })

    describe('images on public content', () => {
      it('refuses to publish a post whose hero image has no alt text in English, naming the image; a draft may keep it', async () => {
        const image = await uploadImage(backend, 'Placeholder')
        // Alt text written in Welsh only, and the English emptied: what an editor might leave behind.
        await backend.api.request(`/api/media/${image.id}?locale=cy`, {
          method: 'PATCH',
          token: backend.admin.token,
          body: { alt: 'Llun' },
        })
        await backend.api.request(`/api/media/${image.id}?locale=en`, {
          method: 'PATCH',
          token: backend.admin.token,
          body: { alt: ' ' },
        })
        const draft = await createDoc(backend, 'posts', {
          title: unique('Alt text'),
          heroImage: image.id,
          _status: 'draft',
        })
        expect(draft._status).toBe('draft')

        const refused = await backend.api.request(`/api/posts/${draft.id}`, {
          method: 'PATCH',
          token: backend.admin.token,
          body: { _status: 'published' },
        })
        expect(refused.status).toBe(400)
        const error = refused.body.errors[0]
        expect(error.data.errors[0].path).toBe('heroImage')
        expect(error.data.errors[0].message).toContain(`"${image.filename}" has no alt text`)
        expect(error.data.errors[0].message).toContain('(en)')
        const publicRead = await backend.api.request(`/api/posts/${draft.id}`)
        expect(publicRead.status).toBe(404)

        await backend.api.request(`/api/media/${image.id}?locale=en`, {
          method: 'PATCH',
          token: backend.admin.token,
          body: { alt: 'Volunteers at a stall' },
        })
        const published = await updateDoc(backend, 'posts', draft.id, { _status: 'published' })
        expect(published._status).toBe('published')
      })

      it('checks images inside groups and arrays too (an event speaker photo)', async () => {
        const image = await uploadImage(backend, ' ')
        const response = await backend.api.request('/api/events', {
          token: backend.admin.token,
          body: {
            title: unique('Speaker'),
            startsAt: fromNow(DAY),
            endsAt: fromNow(DAY + DAY / 12),
            speakers: [{ name: 'A speaker', photo: image.id }],
            _status: 'published',
          },
        })
        expect(response.status).toBe(400)
        expect(response.body.errors[0].data.errors[0].path).toBe('speakers.0.photo')
      })
    })
  },
  { env: { DONATIONS_WEBHOOK_SECRET: WEBHOOK_SECRET } },
)
