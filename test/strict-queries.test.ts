import type { TestBackend } from './helpers/harness.ts'

import { countDocs, createDoc, unique } from './helpers/content.ts'
import { describeEachAdapter } from './helpers/harness.ts'

const get = (backend: TestBackend, path: string, token?: string) =>
  backend.api.request(path, { token })

/** A 400 whose message says what was wrong and, when given, names what is allowed. */
const expectRefused = (
  response: { status: number; body: any },
  ...mentions: (RegExp | string)[]
) => {
  expect({ status: response.status, body: response.body }).toMatchObject({ status: 400 })
  const message: string = response.body.errors[0].message
  for (const mention of mentions) expect(message).toMatch(mention)
}

describeEachAdapter('strict query values', (backend) => {
  let draftCampaign: { id: number | string }
  let publishedCampaign: { id: number | string }

  beforeAll(async () => {
    publishedCampaign = await createDoc(backend, 'campaigns', {
      title: 'Aardvark appeal',
      slug: unique('aardvark'),
      _status: 'published',
    })
    draftCampaign = await createDoc(backend, 'campaigns', {
      title: 'Zebra secret plans',
      slug: unique('zebra'),
    })
    for (const [title, campaign] of [
      ['Post about the aardvark', publishedCampaign.id],
      ['Post about the zebra', draftCampaign.id],
    ] as const) {
      await createDoc(backend, 'posts', {
        title,
        slug: unique('post'),
        campaign,
        publishedAt: new Date(Date.now() - 60_000).toISOString(),
        _status: 'published',
      })
    }
  })

  it('refuses a locale the site does not have, naming the ones it has, on lists, documents, globals and feeds', async () => {
    for (const path of [
      '/api/posts?locale=fr',
      '/api/globals/site-settings?locale=fr',
      '/api/posts/feed.json?locale=fr',
      '/api/events/calendar.ics?locale=fr',
      `/api/campaigns/${publishedCampaign.id}?locale=fr`,
    ]) {
      expectRefused(await get(backend, path), /"fr"/, /en, cy/)
    }
    // A path where a locale belongs, with a filter beside it (a 500 before).
    expectRefused(
      await get(backend, '/api/posts?locale=../../etc&where[title][equals]=x'),
      /locale/,
      /en, cy/,
    )
    expectRefused(await get(backend, '/api/posts?locale=cy&fallback-locale=xx'), /fallback-locale/)
    // What the docs promise keeps working.
    for (const path of [
      '/api/posts?locale=cy',
      '/api/posts?locale=all',
      '/api/posts?locale=cy&fallback-locale=none',
    ]) {
      expect((await get(backend, path)).status).toBe(200)
    }
  })

  it('refuses a sort by a field the collection does not have, naming the ones it has', async () => {
    expectRefused(await get(backend, '/api/posts?sort=nonsense'), /"nonsense"/, /publishedAt/)
    expectRefused(await get(backend, '/api/events?sort=-nonsense,startsAt'), /"nonsense"/)
    expect((await get(backend, '/api/posts?sort=-publishedAt,title')).status).toBe(200)
    expect((await get(backend, '/api/events?sort=-startsAt')).status).toBe(200)
  })

  it('refuses sorting through a relationship, which would order by documents the reader may not read', async () => {
    // Before: the order followed the draft campaign's title ("Zebra…" after "Aardvark…").
    for (const sort of ['campaign.title', '-campaign.title']) {
      expectRefused(await get(backend, `/api/posts?sort=${sort}`), /relationship/, /campaign/)
    }
  })

  it('refuses an object where a filter value belongs, alone or inside and/or, with depth and locale beside it', async () => {
    const before = await countDocs(backend, 'posts')
    for (const collection of ['events', 'groups', 'donation-appeals', 'posts']) {
      for (const where of [
        'where[_status][equals][$ne]=x',
        'where[or][0][title][equals][a]=b',
        'where[and][0][or][0][slug][like][0]=a',
      ]) {
        expectRefused(
          await get(backend, `/api/${collection}?${where}&depth=1000&locale=en`),
          /where\[/,
          /single value/,
        )
      }
    }
    // A bulk update sent with such a filter changes nothing.
    const bulk = await backend.api.request('/api/posts?where[title][equals][$ne]=x', {
      method: 'PATCH',
      body: { title: 'Overwritten' },
      token: backend.admin.token,
    })
    expectRefused(bulk, /single value/)
    expect(await countDocs(backend, 'posts')).toBe(before)
    const overwritten = await get(backend, '/api/posts?where[title][equals]=Overwritten')
    expect(overwritten.body.totalDocs).toBe(0)
  })

  it("refuses filter values the field cannot be compared with, on the plugin's collections and Payload's own", async () => {
    const admin = backend.admin.token
    for (const [path, mention] of [
      ['/api/events?where[heroImage][within]=x&depth=1000', /point \(location\) fields only/],
      [
        '/api/training-requests?where[or][0][town][intersects][0]=x',
        /point \(location\) fields only/,
      ],
      ['/api/groups?where[createdAt][less_than]=NaN&depth=1000', /takes a date/],
      ['/api/users?where[and][0][createdAt][greater_than_equal]=true', /takes a date/],
      ['/api/posts?where[id][all]=1,2', /all applies to fields that hold several values/],
      ['/api/posts?where[campaign][like]=x', /matched by id/],
      ['/api/events?where[group][in]=9007199254740993', /an id \(a whole number\)/],
      ['/api/campaigns?where[events][not_in]=null&draft=true', /an id \(a whole number\)/],
      ['/api/campaigns?where[and][1][hashtags][all]=', /nothing empty/],
      ['/api/donations?where[anonymous][not_like]=false', /matched with equals/],
      ['/api/posts?where[or][0][content][contains]=x', /\/api\/search/],
      ['/api/events?where[_status][like]=-1', /matched with equals/],
      ['/api/campaigns?where[description][contains]=', /some text|rich text/],
      ['/api/payload-locked-documents?where[globalSlug][exists]=1.5&depth=1000', /true or false/],
      // A blocks field or a relationship to several collections as it is: a 500 from the database before.
      ['/api/pages?where[layout][exists]=true', /layout is a list of blocks/],
      ['/api/pages?where[or][0][layout.blockType][equals]=faq', /layout is a list of blocks/],
      ['/api/pages?where[or][1][and][2][and][1][layout][less_than]', /layout is a list of blocks/],
      ['/api/payload-locked-documents?where[user][equals]=1', /user\.relationTo.*user\.value/],
      ['/api/payload-locked-documents?where[user][in]=1,2', /user\.relationTo.*user\.value/],
      ['/api/payload-locked-documents?where[updatedAt][not_equals]=1e400', /takes a date/],
    ] as const) {
      expectRefused(await get(backend, path, admin), /where\[/, mention)
    }
    // Values of the right kind are answered.
    const fine = await get(
      backend,
      '/api/posts?where[createdAt][greater_than]=2020-01-01&where[id][in]=1,2&where[campaign][exists]=true',
      admin,
    )
    expect(fine.status).toBe(200)
    const byParts = await get(
      backend,
      '/api/payload-locked-documents?where[user.value][equals]=1&where[user.relationTo][equals]=users',
      admin,
    )
    expect(byParts.status).toBe(200)
  })

  it('refuses an `in` list longer than the documented limit, and answers one within it', async () => {
    const long = Array.from({ length: 3000 }, (_, i) => i).join(',')
    expectRefused(await get(backend, `/api/posts?where[id][in]=${long}`), /500 values/)
    const indexed = Array.from({ length: 600 }, (_, i) => `where[id][not_in][${i}]=${i}`).join('&')
    expectRefused(await get(backend, `/api/posts?${indexed}`), /500 values/)
    const within = Array.from({ length: 500 }, (_, i) => i).join(',')
    expect((await get(backend, `/api/posts?where[id][in]=${within}`)).status).toBe(200)
  })

  it('refuses unknown parameters and unknown values on feeds, naming the ones a feed takes', async () => {
    expectRefused(await get(backend, '/api/posts/feed.json?nonsense=1'), /nonsense/, /category/)
    expectRefused(await get(backend, '/api/events/calendar.ics?utm_source=x'), /utm_source/)
    expectRefused(
      await get(backend, '/api/events/calendar.ics?category=news'),
      /cannot be filtered by category/,
    )
    expect((await get(backend, '/api/posts/feed.xml?locale=cy')).status).toBe(200)
    expect(
      (await get(backend, `/api/events/calendar.ics?campaign=${publishedCampaign.id}`)).status,
    ).toBe(200)
  })
})
