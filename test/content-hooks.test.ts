/**
 * Content model, hooks: what the system fills in or keeps, seen through the
 * real server over REST and GraphQL.
 */
import {
  createDoc,
  DAY,
  fromNow,
  graphqlCreate,
  graphqlUpdate,
  HOUR,
  idType,
  paragraph,
  richText,
  setAppealTotals,
  unique,
  updateDoc,
  words,
} from './helpers/content.ts'
import { describeEachAdapter } from './helpers/harness.ts'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describeEachAdapter('content hooks', (backend) => {
  const asAdmin = () => ({ token: backend.admin.token })
  const readAsAdmin = async (collection: string, id: number | string, query = '') =>
    (await backend.api.request(`/api/${collection}/${id}?depth=0${query}`, asAdmin())).body
  const readPublic = async (collection: string, id: number | string) =>
    (await backend.api.request(`/api/${collection}/${id}?depth=0`)).body

  describe('slugs', () => {
    it('are made from the title when none is given, over REST and GraphQL', async () => {
      const tag = unique('x')
      const rest = await createDoc(backend, 'posts', {
        title: `Training Day: London & Wales! ${tag}`,
      })
      expect(rest.slug).toBe(`training-day-london-and-wales-${tag}`)

      const gql = await backend.api.graphql(
        `mutation { createEvent(data: { title: "Café Night ${tag}", eventType: meeting, attendanceMode: in_person, eventStatus: scheduled, timezone: "Europe/London", startsAt: "${fromNow(DAY)}", endsAt: "${fromNow(DAY + HOUR)}" }) { slug } }`,
        undefined,
        backend.admin.token,
      )
      expect(gql.errors).toBeUndefined()
      expect(gql.data.createEvent.slug).toBe(`cafe-night-${tag}`)
    })

    it('may be chosen by the editor and stay put when the title changes later', async () => {
      const chosen = unique('my-own-slug')
      const post = await createDoc(backend, 'posts', { title: 'Anything', slug: chosen })
      expect(post.slug).toBe(chosen)

      const renamed = await updateDoc(backend, 'posts', post.id, {
        title: 'A completely different title',
      })
      expect(renamed.slug).toBe(chosen)

      const edited = unique('edited-slug')
      const gql = await graphqlUpdate(backend, 'posts', post.id, { slug: edited }, 'slug title')
      expect(gql.errors).toBeUndefined()
      expect(gql.data.updatePost).toEqual({ slug: edited, title: 'A completely different title' })
    })

    it('are made again from the title when the editor empties them', async () => {
      const tag = unique('t')
      const post = await createDoc(backend, 'posts', { title: `First ${tag}` })
      const cleared = await updateDoc(backend, 'posts', post.id, {
        title: `Second ${tag}`,
        slug: '',
      })
      expect(cleared.slug).toBe(`second-${tag}`)
    })
  })

  describe('posts', () => {
    it('get publishedAt at their first publish and keep it when published again', async () => {
      const draft = await createDoc(backend, 'posts', {
        title: unique('Scheduled later'),
        _status: 'draft',
      })
      expect(draft.publishedAt ?? null).toBeNull()

      const before = Date.now()
      const published = await updateDoc(backend, 'posts', draft.id, { _status: 'published' })
      expect(new Date(published.publishedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
      expect(new Date(published.publishedAt).getTime()).toBeLessThanOrEqual(Date.now() + 1000)

      await pause(50)
      const republished = await updateDoc(backend, 'posts', draft.id, {
        title: 'Edited after publishing',
        _status: 'published',
      })
      expect(republished.publishedAt).toBe(published.publishedAt)

      const gql = await graphqlUpdate(
        backend,
        'posts',
        draft.id,
        { excerpt: 'Edited over GraphQL', _status: 'published' },
        'publishedAt',
      )
      expect(gql.errors).toBeUndefined()
      expect(gql.data.updatePost.publishedAt).toBe(published.publishedAt)
    })

    it('keep a publishedAt the editor chose', async () => {
      const chosen = '2024-05-15T09:00:00.000Z'
      const post = await createDoc(backend, 'posts', {
        title: unique('Back-dated'),
        publishedAt: chosen,
        _status: 'published',
      })
      expect(post.publishedAt).toBe(chosen)
    })

    it.each([
      [0, 0],
      [1, 1],
      [200, 1],
      [201, 2],
      [450, 3],
    ])('with %i words of content take %i minute(s) to read', async (count, minutes) => {
      const post = await createDoc(backend, 'posts', {
        title: unique('Reading time'),
        content: count ? richText(paragraph(words(count))) : undefined,
      })
      expect(post.readingTimeMinutes).toBe(minutes)
    })

    it('recount the reading time when the content changes, over REST and GraphQL, and ignore a value sent by the client', async () => {
      const post = await createDoc(backend, 'posts', {
        title: unique('Growing'),
        content: richText(paragraph(words(150))),
      })
      expect(post.readingTimeMinutes).toBe(1)
      // Words spread over several paragraphs count the same.
      const longer = await updateDoc(backend, 'posts', post.id, {
        content: richText(paragraph(words(300)), paragraph(words(300))),
        readingTimeMinutes: 99,
      })
      expect(longer.readingTimeMinutes).toBe(3)

      const gql = await graphqlUpdate(
        backend,
        'posts',
        post.id,
        { content: richText(paragraph(words(10))) },
        'readingTimeMinutes',
      )
      expect(gql.errors).toBeUndefined()
      expect(gql.data.updatePost.readingTimeMinutes).toBe(1)
    })

    it('show anonymous readers author names through populatedAuthors, never the authors accounts (REST and GraphQL)', async () => {
      const first = await backend.createUser('author', 'Ada Author')
      const second = await backend.createUser('editor', 'Eddie Editor')
      const post = await createDoc(backend, 'posts', {
        title: unique('Two bylines'),
        authors: [first.id, second.id],
        _status: 'published',
      })
      // A second post by the same people (bylines are kept per post).
      const other = await createDoc(backend, 'posts', {
        title: unique('Same people'),
        authors: [second.id, first.id],
        _status: 'published',
      })

      const expected = [
        { id: first.id, name: 'Ada Author' },
        { id: second.id, name: 'Eddie Editor' },
      ]
      const rest = await backend.api.request(`/api/posts/${post.id}`)
      expect(rest.status).toBe(200)
      expect(rest.body.populatedAuthors).toEqual(expected)
      expect(rest.body).not.toHaveProperty('authors')
      expect(JSON.stringify(rest.body)).not.toContain(first.email)

      const otherRest = await backend.api.request(`/api/posts/${other.id}`)
      expect(otherRest.body.populatedAuthors).toEqual([expected[1], expected[0]])

      const gql = await backend.api.graphql(
        `query ($id: ${idType(post.id)}!) { Post(id: $id) { populatedAuthors authors { id email } } }`,
        { id: post.id },
      )
      expect(gql.data.Post.populatedAuthors).toEqual(expected)
      // GraphQL answers an unreadable hasMany relationship with an empty list: no accounts either way.
      expect(gql.data.Post.authors ?? []).toEqual([])
      expect(JSON.stringify(gql.data)).not.toContain(first.email)

      // Staff still see (and set) the accounts.
      const staff = await backend.api.request(`/api/posts/${post.id}?depth=0`, asAdmin())
      expect(staff.body.authors).toEqual([first.id, second.id])
    })

    it('follow the authors list when it changes and ignore populatedAuthors sent by a client', async () => {
      const author = await backend.createUser('author', 'Olu Only')
      const post = await createDoc(backend, 'posts', {
        title: unique('Byline change'),
        populatedAuthors: [{ id: 'forged', name: 'Somebody Famous' }],
      })
      expect(post.populatedAuthors).toEqual([])

      const updated = await updateDoc(backend, 'posts', post.id, { authors: [author.id] })
      expect(updated.populatedAuthors).toEqual([{ id: author.id, name: 'Olu Only' }])

      const gql = await graphqlUpdate(
        backend,
        'posts',
        post.id,
        { authors: [] },
        'populatedAuthors',
      )
      expect(gql.errors).toBeUndefined()
      expect(gql.data.updatePost.populatedAuthors).toEqual([])
    })
  })

  describe('events', () => {
    const eventData = (startsAt: string, extra: Record<string, unknown> = {}) => ({
      title: unique('Workshop'),
      startsAt,
      endsAt: new Date(new Date(startsAt).getTime() + 3 * HOUR).toISOString(),
      ...extra,
    })
    const moveTo = (startsAt: string) => ({
      startsAt,
      endsAt: new Date(new Date(startsAt).getTime() + 3 * HOUR).toISOString(),
    })

    it('start at sequence 0 when first published, keep it through draft saves and go up by one on every published change', async () => {
      const event = await createDoc(
        backend,
        'events',
        eventData(fromNow(5 * DAY), { _status: 'published' }),
      )
      expect(event).toMatchObject({ sequence: 0, eventStatus: 'scheduled' })
      expect(event.previousStartsAt ?? null).toBeNull()

      await updateDoc(backend, 'events', event.id, { summary: 'A draft thought' }, '?draft=true')
      await updateDoc(
        backend,
        'events',
        event.id,
        { summary: 'Another draft thought' },
        '?draft=true',
      )
      expect((await readPublic('events', event.id)).sequence).toBe(0)
      expect((await readAsAdmin('events', event.id, '&draft=true')).sequence).toBe(0)

      expect(
        (
          await updateDoc(backend, 'events', event.id, {
            summary: 'Published',
            _status: 'published',
          })
        ).sequence,
      ).toBe(1)
      // A published change that does not repeat `_status` is still a published change.
      expect(
        (await updateDoc(backend, 'events', event.id, { summary: 'Published again' })).sequence,
      ).toBe(2)

      const gql = await graphqlUpdate(
        backend,
        'events',
        event.id,
        { summary: 'Over GraphQL', _status: 'published' },
        'sequence',
      )
      expect(gql.errors).toBeUndefined()
      expect(gql.data.updateEvent.sequence).toBe(3)
      expect((await readPublic('events', event.id)).sequence).toBe(3)
    })

    it('count the first publish after drafts as sequence 0, without a reschedule for moves made in drafts', async () => {
      const event = await createDoc(
        backend,
        'events',
        eventData(fromNow(6 * DAY), { _status: 'draft' }),
      )
      await updateDoc(backend, 'events', event.id, moveTo(fromNow(7 * DAY)), '?draft=true')
      const published = await updateDoc(backend, 'events', event.id, { _status: 'published' })
      expect(published).toMatchObject({ sequence: 0, eventStatus: 'scheduled' })
      expect(published.previousStartsAt ?? null).toBeNull()
    })

    it('go up by one when an unpublished event is published again', async () => {
      const event = await createDoc(
        backend,
        'events',
        eventData(fromNow(8 * DAY), { _status: 'published' }),
      )
      await updateDoc(backend, 'events', event.id, { _status: 'draft' })
      expect((await backend.api.request(`/api/events/${event.id}`)).status).toBe(404)
      const again = await updateDoc(backend, 'events', event.id, { _status: 'published' })
      expect(again.sequence).toBe(1)
    })

    it('keep the old start in previousStartsAt and become rescheduled when a published start moves', async () => {
      const firstStart = fromNow(10 * DAY)
      const event = await createDoc(
        backend,
        'events',
        eventData(firstStart, { _status: 'published' }),
      )

      const secondStart = fromNow(12 * DAY)
      const moved = await updateDoc(backend, 'events', event.id, {
        ...moveTo(secondStart),
        _status: 'published',
      })
      expect(moved).toMatchObject({
        startsAt: secondStart,
        previousStartsAt: firstStart,
        eventStatus: 'rescheduled',
        sequence: 1,
      })

      // The public sees the same.
      expect(await readPublic('events', event.id)).toMatchObject({
        previousStartsAt: firstStart,
        eventStatus: 'rescheduled',
      })

      // Over GraphQL, and without repeating `_status`.
      const thirdStart = fromNow(14 * DAY)
      const gql = await graphqlUpdate(
        backend,
        'events',
        event.id,
        moveTo(thirdStart),
        'startsAt previousStartsAt eventStatus sequence',
      )
      expect(gql.errors).toBeUndefined()
      expect(gql.data.updateEvent).toEqual({
        startsAt: thirdStart,
        previousStartsAt: secondStart,
        eventStatus: 'rescheduled',
        sequence: 2,
      })
    })

    it('keep the status an editor chose (postponed) when the start moves in the same save', async () => {
      const firstStart = fromNow(20 * DAY)
      const event = await createDoc(
        backend,
        'events',
        eventData(firstStart, { _status: 'published' }),
      )
      const secondStart = fromNow(40 * DAY)
      const moved = await updateDoc(backend, 'events', event.id, {
        ...moveTo(secondStart),
        eventStatus: 'postponed',
        _status: 'published',
      })
      expect(moved).toMatchObject({
        startsAt: secondStart,
        previousStartsAt: firstStart,
        eventStatus: 'postponed',
        sequence: 1,
      })

      const thirdStart = fromNow(41 * DAY)
      const gql = await graphqlUpdate(
        backend,
        'events',
        event.id,
        {
          ...moveTo(thirdStart),
          eventStatus: 'moved-online',
          attendanceMode: 'online',
          onlineUrl: 'https://meet.example.org/w',
        },
        'previousStartsAt eventStatus sequence',
      )
      expect(gql.errors).toBeUndefined()
      expect(gql.data.updateEvent).toEqual({
        previousStartsAt: secondStart,
        eventStatus: 'moved_online',
        sequence: 2,
      })
    })

    it('publish a start moved in a draft as a reschedule', async () => {
      const firstStart = fromNow(30 * DAY)
      const event = await createDoc(
        backend,
        'events',
        eventData(firstStart, { _status: 'published' }),
      )
      const secondStart = fromNow(31 * DAY)
      await updateDoc(backend, 'events', event.id, moveTo(secondStart), '?draft=true')
      expect(await readPublic('events', event.id)).toMatchObject({
        startsAt: firstStart,
        sequence: 0,
        eventStatus: 'scheduled',
      })

      const published = await updateDoc(backend, 'events', event.id, { _status: 'published' })
      expect(published).toMatchObject({
        startsAt: secondStart,
        previousStartsAt: firstStart,
        eventStatus: 'rescheduled',
        sequence: 1,
      })
    })

    it('ignore sequence and previousStartsAt sent by a client (REST and GraphQL)', async () => {
      const event = await createDoc(
        backend,
        'events',
        eventData(fromNow(50 * DAY), {
          _status: 'published',
          sequence: 41,
          previousStartsAt: fromNow(DAY),
        }),
      )
      expect(event.sequence).toBe(0)
      expect(event.previousStartsAt ?? null).toBeNull()

      const gql = await graphqlUpdate(
        backend,
        'events',
        event.id,
        { sequence: 99, _status: 'published' },
        'sequence',
      )
      expect(gql.errors).toBeUndefined()
      expect(gql.data.updateEvent.sequence).toBe(1)
    })
  })

  describe('donation appeals', () => {
    const appealData = (extra: Record<string, unknown> = {}) => ({
      title: unique('Appeal'),
      currency: 'GBP',
      targetAmount: 1_000_000,
      _status: 'published',
      ...extra,
    })
    const APPEAL_FIELDS = 'raisedAmount donationCount targetAmount progressPercent isOpen'
    const readBoth = async (id: number | string, token?: string) => {
      const rest = await backend.api.request(`/api/donation-appeals/${id}?depth=0`, { token })
      const gql = await backend.api.graphql(
        `query ($id: ${idType(id)}!) { DonationAppeal(id: $id) { ${APPEAL_FIELDS} } }`,
        { id },
        token,
      )
      expect(gql.errors).toBeUndefined()
      return { rest: rest.body, gql: gql.data.DonationAppeal }
    }

    it.each([
      [0, 0],
      [250_000, 25],
      [333_333, 33],
      [1_000_000, 100],
      [1_500_000, 150],
    ])(
      'with %i pence raised of £10,000 show progressPercent %i to every reader (REST and GraphQL)',
      async (raised, percent) => {
        const appeal = await createDoc(backend, 'donation-appeals', appealData())
        await setAppealTotals(backend, appeal.id, { raisedAmount: raised, donationCount: 3 })
        const { rest, gql } = await readBoth(appeal.id)
        expect(rest).toMatchObject({ raisedAmount: raised, progressPercent: percent })
        expect(gql).toMatchObject({ raisedAmount: raised, progressPercent: percent })
      },
    )

    it.each([
      ['published, with no window', true, {}],
      ['published, inside its window', true, { opensAt: fromNow(-DAY), closesAt: fromNow(DAY) }],
      ['published, before opensAt', false, { opensAt: fromNow(DAY), closesAt: fromNow(2 * DAY) }],
      ['published, after closesAt', false, { opensAt: fromNow(-2 * DAY), closesAt: fromNow(-DAY) }],
      [
        'a draft, inside its window',
        false,
        { _status: 'draft', opensAt: fromNow(-DAY), closesAt: fromNow(DAY) },
      ],
    ])('%s: isOpen is %s over REST and GraphQL', async (_case, open, extra) => {
      const appeal = await createDoc(backend, 'donation-appeals', appealData(extra))
      const token =
        (extra as { _status?: string })._status === 'draft' ? backend.admin.token : undefined
      const { rest, gql } = await readBoth(appeal.id, token)
      expect(rest.isOpen).toBe(open)
      expect(gql.isOpen).toBe(open)
    })

    it('work progressPercent and isOpen out right when a reader selects only them (REST select)', async () => {
      const appeal = await createDoc(
        backend,
        'donation-appeals',
        appealData({ opensAt: fromNow(-DAY), closesAt: fromNow(DAY) }),
      )
      await setAppealTotals(backend, appeal.id, { raisedAmount: 250_000, donationCount: 9 })

      const only = await backend.api.request(
        `/api/donation-appeals/${appeal.id}?select[progressPercent]=true&select[isOpen]=true`,
      )
      expect(only.body).toMatchObject({ progressPercent: 25, isOpen: true })
      const list = await backend.api.request(
        `/api/donation-appeals?where[id][equals]=${appeal.id}&select[title]=true&select[progressPercent]=true&select[isOpen]=true`,
      )
      expect(list.body.docs[0]).toMatchObject({
        title: appeal.title,
        progressPercent: 25,
        isOpen: true,
      })
      // Leaving an input out of the reply still leaves the computed value right.
      const excluding = await backend.api.request(
        `/api/donation-appeals/${appeal.id}?select[raisedAmount]=false&select[closesAt]=false`,
      )
      expect(excluding.body).toMatchObject({ progressPercent: 25, isOpen: true })
    })

    it('lists open appeals the same way: isOpen is worked out for each document of a list', async () => {
      const open = await createDoc(
        backend,
        'donation-appeals',
        appealData({ closesAt: fromNow(DAY) }),
      )
      const closed = await createDoc(
        backend,
        'donation-appeals',
        appealData({ opensAt: fromNow(-2 * DAY), closesAt: fromNow(-DAY) }),
      )
      const list = await backend.api.request(
        `/api/donation-appeals?depth=0&limit=100&where[id][in]=${open.id},${closed.id}`,
      )
      const byId = Object.fromEntries(
        list.body.docs.map((doc: { id: string; isOpen: boolean }) => [doc.id, doc.isOpen]),
      )
      expect(byId).toEqual({ [open.id]: true, [closed.id]: false })
    })

    describe.each(['admin', 'editor'] as const)(
      'raisedAmount and donationCount, written by an %s',
      (role) => {
        let token: string
        beforeAll(async () => {
          token =
            role === 'admin' ? backend.admin.token : (await backend.createUser('editor')).token
        })

        it('are ignored on create over REST and GraphQL (they start at 0)', async () => {
          const rest = await backend.api.request('/api/donation-appeals', {
            body: appealData({ raisedAmount: 5000, donationCount: 7 }),
            token,
          })
          expect(rest.status).toBe(201)
          expect(rest.body.doc).toMatchObject({
            raisedAmount: 0,
            donationCount: 0,
            progressPercent: 0,
          })

          const gql = await backend.api.graphql(
            `mutation ($data: mutationDonationAppealInput!) { createDonationAppeal(data: $data) { id ${APPEAL_FIELDS} } }`,
            {
              data: {
                ...appealData({ raisedAmount: 5000, donationCount: 7 }),
                _status: 'published',
              },
            },
            token,
          )
          expect(gql.errors).toBeUndefined()
          expect(gql.data.createDonationAppeal).toMatchObject({ raisedAmount: 0, donationCount: 0 })
          expect(
            (await readPublic('donation-appeals', gql.data.createDonationAppeal.id)).raisedAmount,
          ).toBe(0)
        })

        it('are ignored on update over REST and GraphQL (they keep the ledger totals)', async () => {
          const appeal = await createDoc(backend, 'donation-appeals', appealData())
          await setAppealTotals(backend, appeal.id, { raisedAmount: 12_345, donationCount: 4 })

          const rest = await backend.api.request(`/api/donation-appeals/${appeal.id}`, {
            method: 'PATCH',
            body: { raisedAmount: 999_999, donationCount: 1000, summary: 'Updated' },
            token,
          })
          expect(rest.status).toBe(200)
          expect(rest.body.doc).toMatchObject({
            raisedAmount: 12_345,
            donationCount: 4,
            summary: 'Updated',
          })

          const gql = await graphqlUpdate(
            backend,
            'donation-appeals',
            appeal.id,
            { raisedAmount: 1, donationCount: 1, _status: 'published' },
            'raisedAmount donationCount',
            token,
          )
          expect(gql.errors).toBeUndefined()
          expect(gql.data.updateDonationAppeal).toEqual({ raisedAmount: 12_345, donationCount: 4 })

          // And as a draft save: the draft keeps the totals too.
          await backend.api.request(`/api/donation-appeals/${appeal.id}?draft=true`, {
            method: 'PATCH',
            body: { raisedAmount: 0, donationCount: 0 },
            token,
          })
          expect(await readPublic('donation-appeals', appeal.id)).toMatchObject({
            raisedAmount: 12_345,
            donationCount: 4,
          })
        })
      },
    )

    it('count a GraphQL-created appeal like a REST one', async () => {
      const response = await graphqlCreate(backend, 'donation-appeals', appealData())
      expect(response.errors).toBeUndefined()
      expect(
        (await readPublic('donation-appeals', response.data.createDonationAppeal.id)).isOpen,
      ).toBe(true)
    })
  })
})
